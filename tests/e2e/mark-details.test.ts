/**
 * Details on every mark, as a reader gets them: the chart is one Tab stop, the arrow keys go from
 * mark to mark and a live region says each one's value and source (a link), Escape lets go; on a
 * phone a tap shows a mark's details inside the screen and a tap elsewhere hides them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, viewports } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations in the page (or a part of it) as it is now, details open, by the rules quality.test.ts runs. */
async function axe(page: Page, within = 'html'): Promise<string[]> {
	await page.evaluate(`${axeSource};0`);
	const result = (await page.evaluate((within) =>
		// @ts-expect-error axe is injected above
		window.axe.run(within, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }), within
	)) as { violations: { id: string; nodes: { target: string[] }[] }[] };
	return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const details = (page: Page) => page.locator('.figure.full .mark-details');
const focusIsChart = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('plot') ?? false);

describe('mark details', () => {
	it('keyboard: one Tab stop, arrows move mark to mark, the live region gives value and source, Escape lets go', async () => {
		const page = await browser.newPage({ viewport: viewports.desktop });
		await page.goto(`${base}/charts/boat-strikes/`);
		// The details come with the page's scripts: the drawing is a Tab stop once they run.
		await page.waitForSelector('.figure.full .plot[tabindex="0"]');

		// Tab through the page: the chart takes focus once, then Tab moves on.
		let stops = 0;
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			if (await focusIsChart(page)) stops++;
			else if (stops) break;
		}
		expect(stops).toBe(1);
		await page.keyboard.press('Shift+Tab');
		expect(await focusIsChart(page)).toBe(true);

		await expect.poll(() => details(page).getAttribute('role')).toBe('status');
		expect((await details(page).textContent())?.trim()).toBe('');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => details(page).textContent()).toMatch(/killed/);
		const first = await details(page).textContent();
		expect(first).toMatch(/Source/);
		expect(await details(page).locator('a[href^="http"]').count()).toBeGreaterThan(0);
		// The focused mark is outlined.
		expect(await page.locator('.figure.full .mark-ring.open').isVisible()).toBe(true);

		await page.keyboard.press('ArrowRight');
		await expect.poll(() => details(page).textContent()).not.toBe(first);
		expect(await details(page).textContent()).not.toMatch(/NaN|undefined/);
		expect(await axe(page)).toEqual([]);

		await page.keyboard.press('Escape');
		await expect.poll(async () => (await details(page).textContent())?.trim()).toBe('');
		expect(await page.locator('.figure.full .mark-ring.open').count()).toBe(0);
		expect(await focusIsChart(page)).toBe(true);
		await page.close();
	});

	it('the story: the pinned chart takes the arrow keys too, and axe finds nothing with its details open', async () => {
		const page = await browser.newPage({ viewport: viewports.phone });
		await page.goto(`${base}/`);
		const plot = page.locator('.layer.shown .plot[tabindex="0"]').first();
		await plot.scrollIntoViewIfNeeded();
		await plot.focus();
		await page.keyboard.press('ArrowRight');
		const shown = page.locator('.layer.shown .mark-details').first();
		await expect.poll(() => shown.textContent()).toMatch(/Source/);
		// The pinned figure only: the whole story is quality.test.ts's.
		expect(await axe(page, '.layer.shown')).toEqual([]);
		await page.close();
	});

	it('the story, after a change of state: the drawing made ahead is shown, its marks moving, and the arrow keys go through its marks', async () => {
		const page = await browser.newPage({ viewport: viewports.phone });
		await page.goto(`${base}/`);
		// The first step that moves a pinned chart to another state, read from the page.
		const { from, to } = await page.evaluate(() => {
			const steps = [...document.querySelectorAll<HTMLElement>('.step')];
			const i = steps.findIndex((s, i) => i > 0 && steps[i - 1].parentElement === s.parentElement && steps[i - 1].dataset.chart === s.dataset.chart && steps[i - 1].dataset.state !== s.dataset.state);
			return { from: i - 1, to: i };
		});
		expect(from).toBeGreaterThanOrEqual(0);
		const read = (i: number) =>
			page.evaluate((i) => {
				const step = document.querySelectorAll<HTMLElement>('.step')[i];
				window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45);
			}, i);
		const plotOf = (i: number) =>
			page.evaluate((i) => {
				const step = document.querySelectorAll<HTMLElement>('.step')[i];
				return `#${step.closest('section')!.id} .layer[data-layer="${step.dataset.chart}"] .plot`;
			}, i);
		const plot = await plotOf(to);
		const layer = plot.replace(/ \.plot$/, '');
		const next = await page.evaluate((i) => document.querySelectorAll<HTMLElement>('.step')[i].dataset.state!, to);

		// While the step before is read, the next state's drawing waits in the box, laid out but unseen.
		await read(from);
		const waiting = await page.waitForFunction((sel) => {
			const ahead = document.querySelector(`${sel} > svg.staged`);
			return ahead && getComputedStyle(ahead).opacity === '0' && ahead;
			// Polled by a timer: polling every frame would leave the browser no idle moment to draw in.
		}, plot, { timeout: 15_000, polling: 250 });
		await page.evaluate((svg) => ((window as unknown as { ahead: Element }).ahead = svg as Element), waiting);

		// The change shows that very drawing, its marks gliding from their old places, and nothing else.
		await read(to);
		const after = await (
			await page.waitForFunction(
				({ sel, next }) => {
					const el = document.querySelector<HTMLElement>(sel)!;
					const svg = el.querySelector(':scope > svg');
					return el.dataset.drawnState === next && svg && { same: svg === (window as unknown as { ahead: Element }).ahead, moving: svg.getAnimations({ subtree: true }).length };
				},
				{ sel: plot, next },
				{ timeout: 15_000 }
			)
		).jsonValue();
		expect(after).toMatchObject({ same: true });
		expect((after as { moving: number }).moving).toBeGreaterThan(0);
		const seen = await page.$$eval(`${plot} > svg`, (svgs) => svgs.filter((s) => getComputedStyle(s).opacity !== '0').length);
		expect(seen).toBe(1);

		// Once they have arrived, its marks have their details: the arrow keys go through them.
		await page.waitForFunction((sel) => document.querySelector(`${sel} > svg:not(.staged)`)!.getAnimations({ subtree: true }).length === 0, plot, { polling: 100 });
		await page.focus(plot);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator(`${layer} .mark-details`).textContent()).toMatch(/Source/);
		// The ring is round a mark of the drawing on screen, not of one waiting hidden beside it.
		const ringOnShownMark = await page.evaluate(
			({ plot, layer }) => {
				const ring = document.querySelector(`${layer} .mark-ring`)!.getBoundingClientRect();
				const marks = [...document.querySelector(`${plot} > svg:not(.staged)`)!.querySelectorAll('[data-mark]')].map((m) => m.getBoundingClientRect());
				return marks.some((m) => Math.abs(m.left - 3 - ring.left) < 2 && Math.abs(m.top - 3 - ring.top) < 2 && Math.abs(m.width + 6 - ring.width) < 2);
			},
			{ plot, layer }
		);
		expect(ringOnShownMark).toBe(true);
		expect(await axe(page, layer)).toEqual([]);
		await page.close();
	});

	it('touch, in Spanish at 390 px: a tap shows a mark details inside the screen, a tap elsewhere hides them', async () => {
		const context = await browser.newContext({ viewport: viewports.phone, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto(`${base}/es/charts/coca-cultivation/`);
		// The drawing is redrawn at the phone's width: tap the marks of that drawing.
		await page.waitForSelector('.figure.full .plot.redrawn');
		// The page may narrow the drawing once more to fit the screen: wait for one that stays.
		await page.waitForFunction(
			() => {
				const svg = document.querySelector('.figure.full .plot svg');
				const w = window as unknown as { lastSvg?: Element | null };
				const same = !!svg && w.lastSvg === svg;
				w.lastSvg = svg;
				return same;
			},
			undefined,
			{ polling: 400 }
		);
		// The rightmost mark: its details would run off the screen if nothing kept them in.
		const mark = page.locator('.figure.full [data-mark]').last();
		await mark.scrollIntoViewIfNeeded();
		const box = (await mark.boundingBox())!;
		await page.tap('.figure.full .plot', { position: await relativeTo(page, box) });
		await expect.poll(() => details(page).textContent()).toMatch(/hectáreas/);
		expect(await details(page).textContent()).toMatch(/Fuente/);
		const shown = (await details(page).boundingBox())!;
		expect(shown.x).toBeGreaterThanOrEqual(0);
		expect(shown.x + shown.width).toBeLessThanOrEqual(viewports.phone.width);

		await page.tap('h1');
		await expect.poll(async () => (await details(page).textContent())?.trim()).toBe('');
		await context.close();
	});
});

/** A point of the page as a position inside the chart's box, for page.tap. */
async function relativeTo(page: Page, b: { x: number; y: number; width: number; height: number }) {
	const plot = (await page.locator('.figure.full .plot').boundingBox())!;
	return { x: b.x + b.width / 2 - plot.x, y: b.y + b.height / 2 - plot.y };
}
