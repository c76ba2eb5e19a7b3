/**
 * The pinned chart follows the text: every step, at a phone and a desktop size, with and without
 * reduced motion, and after the moves that lose lesser scrollers (reload halfway, anchor jump, back).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, viewports } from './browser';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface StepInfo {
	index: number;
	section: string;
	chart: string;
	state: string;
}

const stepsOf = (page: Page) =>
	page.$$eval('.step', (els) =>
		els.map((el, index) => ({
			index,
			section: el.closest('section')!.id,
			chart: (el as HTMLElement).dataset.chart!,
			state: (el as HTMLElement).dataset.state!
		}))
	);

/** Brings a step to the middle of the viewport, where it is unambiguously the one being read. */
const scrollToStep = (page: Page, index: number) =>
	page.evaluate((i) => {
		const el = document.querySelectorAll('.step')[i];
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45);
	}, index);

/**
 * Waits until the section's pinned chart shows the step's chart and has drawn the step's state, and
 * returns how many animations its marks were running at that moment (move-marks.ts: the marks glide
 * from their places in the previous state for half a second).
 */
async function expectShows(page: Page, step: StepInfo): Promise<number> {
	const handle = await page.waitForFunction(
		({ section, chart, state }) => {
			const g = document.querySelector(`#${section} .graphic`) as HTMLElement | null;
			const plot = g?.querySelector(`.layer.shown[data-layer="${chart}"] .plot`) as HTMLElement | null;
			const svg = plot?.querySelector('svg');
			const shows = g?.dataset.chart === chart && g?.dataset.state === state && plot?.dataset.drawnState === state && !!svg;
			return shows && { moving: svg!.getAnimations({ subtree: true }).length };
		},
		step,
		{ timeout: 10_000 }
	);
	return ((await handle.jsonValue()) as { moving: number }).moving;
}

const runs = [
	...Object.entries(viewports).flatMap(([name, viewport]) =>
		(['no-preference', 'reduce'] as const).map((reducedMotion) => ({ path: '/', name, viewport, reducedMotion }))
	),
	{ path: '/es/', name: 'phone', viewport: viewports.phone, reducedMotion: 'no-preference' as const }
];

for (const { path, name, viewport, reducedMotion } of runs) {
	{
		describe(`story ${path} scroll at ${name} size, motion ${reducedMotion}`, () => {
			it('shows each step’s chart and state as the reader reaches it, down and back up', async () => {
				const page = await browser.newPage({ viewport, reducedMotion });
				await page.goto(`${base}${path}`);
				const steps = await stepsOf(page);
				expect(steps.length).toBeGreaterThan(10);
				// Steps that move the same chart to another state: its marks move there, unless motion is reduced.
				const moving: number[] = [];
				for (const [i, step] of steps.entries()) {
					await scrollToStep(page, step.index);
					const animations = await expectShows(page, step);
					const before = steps[i - 1];
					if (before?.section === step.section && before.chart === step.chart && before.state !== step.state) moving.push(animations);
				}
				expect(moving.length).toBeGreaterThan(0);
				if (reducedMotion === 'reduce') expect(moving.every((n) => n === 0)).toBe(true);
				else expect(moving.some((n) => n > 0)).toBe(true);
				for (const step of [...steps].reverse().slice(0, 5)) {
					await scrollToStep(page, step.index);
					await expectShows(page, step);
				}
				if (reducedMotion === 'reduce') {
					const duration = await page.$eval('.graphic .layer.shown .plot.redrawn svg', (svg) => getComputedStyle(svg).animationDuration);
					expect(duration).toBe('0s');
				}
				await page.close();
			});
		});
	}
}

for (const [name, viewport] of Object.entries(viewports)) {
	describe(`story before its first step at ${name} size`, () => {
		it('shows the first step’s chart before that step reaches the trigger line, also coming back up', async () => {
			const page = await browser.newPage({ viewport });
			await page.goto(`${base}/`);
			const steps = await stepsOf(page);
			// A section whose last step shows another chart or state than its first (coming back up from it
			// must bring the first step's chart back), and that starts below the first screen (so its first
			// step can be put below the trigger line). Read from the page, so a rewritten story keeps the
			// test meaningful.
			const candidates = [...new Set(steps.map((s) => s.section))].filter((id) => {
				const own = steps.filter((s) => s.section === id);
				return own.length > 1 && (own[0].chart !== own[own.length - 1].chart || own[0].state !== own[own.length - 1].state);
			});
			const section = await page.evaluate(
				(ids) => ids.find((id) => document.querySelector(`#${id} .step`)!.getBoundingClientRect().top + window.scrollY > window.innerHeight),
				candidates
			);
			expect(section, 'no section below the first screen changes chart or state between its first and last step').toBeDefined();
			const inSection = steps.filter((s) => s.section === section);
			// Down to the section's last step, then back up until its first step is low on the screen,
			// below the reading line (at most 0.7 of the viewport, on a phone): no step of the section has reached it.
			await scrollToStep(page, inSection[inSection.length - 1].index);
			await expectShows(page, inSection[inSection.length - 1]);
			await page.evaluate((id) => {
				const first = document.querySelector(`#${id} .step`)!;
				window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.85);
			}, section);
			await expectShows(page, inSection[0]);
			const { firstTop, graphicTop } = await page.evaluate((id) => ({
				firstTop: document.querySelector(`#${id} .step`)!.getBoundingClientRect().top / window.innerHeight,
				graphicTop: document.querySelector(`#${id} .graphic`)!.getBoundingClientRect().top / window.innerHeight
			}), section);
			expect(firstTop).toBeGreaterThan(0.7);
			// And the pinned chart is coming into view already: a reader sees it before any step is read.
			expect(graphicTop).toBeLessThan(1);
			await page.close();
		});
	});

	describe(`story state survives navigation at ${name} size`, () => {
		it('reloads halfway down on the step that is on screen', async () => {
			const page = await browser.newPage({ viewport });
			await page.goto(`${base}/`);
			const steps = await stepsOf(page);
			const middle = steps[Math.floor(steps.length / 2)];
			await scrollToStep(page, middle.index);
			await expectShows(page, middle);
			await page.reload();
			await expectShows(page, middle);
			await page.close();
		});

		it('lands on the right state after a jump to an anchor and after the back button', async () => {
			const page = await browser.newPage({ viewport });
			await page.goto(`${base}/#boat-strikes`);
			const steps = await stepsOf(page);
			const first = steps.find((s) => s.section === 'boat-strikes')!;
			await expectShows(page, first);
			const coca = steps.find((s) => s.section === 'coca')!;
			// The contents are folded under the lead: open them, then follow a link.
			await page.click('details.toc summary');
			await page.click('details.toc a[href="#coca"]');
			await expectShows(page, coca);
			await page.goBack();
			await expectShows(page, first);
			await page.close();
		});
	});
}

describe('chart pages and embeds', () => {
	it('show the state named by ?state=, with that state’s text alternative', async () => {
		const page = await browser.newPage({ viewport: viewports.desktop });
		for (const path of ['/charts/boat-strikes/', '/es/charts/boat-strikes/embed/']) {
			await page.goto(`${base}${path}?state=article-figure`);
			await page.waitForFunction(() => document.querySelector('figure .plot')?.getAttribute('data-drawn-state') === 'article-figure', null, { timeout: 10_000 });
			expect(await page.$eval('figure .plot', (el) => el.getAttribute('aria-label'))).toMatch(/126/);
		}
		await page.close();
	});

	it('an embed tells its host page its height, and /embed.js sizes the frame', async () => {
		const page = await browser.newPage({ viewport: viewports.desktop });
		await page.goto(`${base}/data/`);
		await page.evaluate((src) => {
			document.body.innerHTML = `<iframe data-colombia-us-embed src="${src}" style="width:600px;border:0" height="50"></iframe>`;
		}, `${base}/charts/extraditions/embed/`);
		await page.addScriptTag({ url: `${base}/embed.js` });
		await page.waitForFunction(() => parseInt((document.querySelector('iframe') as HTMLIFrameElement).style.height || '0') > 300, null, { timeout: 15_000 });
		await page.close();
	});
});

describe('the story on paper', () => {
	it('prints the flat rendering, every change of chart in reading order, with scripts running', async () => {
		const page = await browser.newPage({ viewport: viewports.desktop });
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		// With scripts on, the flat rendering waits inside <noscript> and takes no room on screen.
		expect(await page.locator('.flat-step, .step-figure').count()).toBe(0);
		// A print once the page has hydrated (on a busy machine that can come after "networkidle").
		await page.waitForFunction(() => (dispatchEvent(new Event('beforeprint')), document.querySelector('.step-figure') !== null), null, { timeout: 15_000, polling: 200 });
		await page.emulateMedia({ media: 'print' });
		const printed = await page.$$eval('.step-figure', (els) =>
			els.map((el) => {
				// Text, then graphic: each figure comes right after the step that first shows it.
				const step = el.previousElementSibling as HTMLElement;
				return {
					after: step.classList.contains('flat-step') ? step.dataset.state : null,
					drawn: el.querySelector<HTMLElement>('.plot')!.dataset.drawnState,
					hasSvg: !!el.querySelector('.plot svg, .plot img'),
					shown: el.getBoundingClientRect().height > 100
				};
			})
		);
		expect(printed.length).toBeGreaterThan(10);
		for (const p of printed) {
			expect(p.drawn).toBe(p.after);
			expect(p).toMatchObject({ hasSvg: true, shown: true });
		}
		// Each step's text is on paper once: the scrolling rendering (cards, pinned chart) is not printed.
		const onPaper = await page.evaluate(() => ({
			steps: [...document.querySelectorAll('.step')].length,
			printed: [...document.querySelectorAll('.flat-step')].filter((el) => el.getBoundingClientRect().height > 0).length,
			scrolling: [...document.querySelectorAll('.step, .graphic')].filter((el) => el.getBoundingClientRect().height > 0).length
		}));
		expect(onPaper.printed).toBe(onPaper.steps);
		expect(onPaper.printed).toBeGreaterThanOrEqual(printed.length);
		expect(onPaper.scrolling).toBe(0);
		// A second print does not add the figures twice.
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await page.locator('.step-figure').count()).toBe(printed.length);
		// Back on screen, the scrolling rendering returns and the printed copy is out of sight.
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('.step-figure').first().isVisible()).toBe(false);
		expect(await page.locator('.graphic').first().isVisible()).toBe(true);
		await page.close();
	});
});
