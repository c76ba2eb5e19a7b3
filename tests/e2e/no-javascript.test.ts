/** The prerendered story, as a reader without JavaScript (or a crawler) gets it. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { launch, viewports } from './browser';

const base = inject('baseUrl');

/** The text alternative a chart's own export carries for one state: written apart from the story page. */
const exportedDesc = (lang: string, chart: string, state: string) => {
	const svg = readFileSync(`build${lang === 'es' ? '/es' : ''}/charts/${chart}/${state}.svg`, 'utf8');
	const desc = /<desc>([^]*?)<\/desc>/.exec(svg)![1];
	return parseHTML(`<p>${desc}</p>`).document.querySelector('p')!.textContent;
};

describe('the story without JavaScript', () => {
	for (const [path, lang] of [['/', 'en'], ['/es/', 'es']]) {
		it(`${path}: every step's text is followed by its chart in that step's state, once per change, in reading order`, async () => {
			const html = await (await fetch(`${base}${path}`)).text();
			// linkedom, like a browser without scripts, parses <noscript> content as elements.
			const { document } = parseHTML(html);
			const sections = [...document.querySelectorAll('section.story-section')];
			expect(sections.length).toBeGreaterThan(5);
			let steps = 0;
			let figures = 0;
			for (const section of sections) {
				// The flat rendering: step texts and figures, one after another, in reading order.
				const sequence = [...section.querySelector('.flat-steps')!.children];
				expect(sequence[0].className, section.id).toMatch(/\bflat-step\b/);
				let shown: { chart: string | null; state: string | null } = { chart: null, state: null };
				sequence.forEach((el, i) => {
					if (/\bflat-step\b/.test(el.className)) {
						steps++;
						const text = el.querySelector('p')!.textContent!;
						expect(text.length).toBeGreaterThan(20);
						const step = { chart: el.getAttribute('data-chart'), state: el.getAttribute('data-state') };
						const next = sequence[i + 1];
						const followedByFigure = !!next && /\bstep-figure\b/.test(next.className);
						if (step.chart === shown.chart && step.state === shown.state) {
							// The chart above already shows what this step discusses: no repeat.
							expect(followedByFigure, `step "${text.slice(0, 40)}…" repeats the figure above it`).toBe(false);
							return;
						}
						expect(followedByFigure, `step "${text.slice(0, 40)}…" has no figure after it`).toBe(true);
						const plot = next.querySelector('figure .plot')!;
						expect(plot.getAttribute('data-drawn-state')).toBe(step.state);
						// The drawing is the state's exported file, and on a narrow screen its phone-width twin:
						// both in the build, each with its own size so the page keeps their room.
						const prefix = lang === 'es' ? '/es' : '';
						const img = plot.querySelector('picture > img')!;
						const narrow = plot.querySelector('picture > source[media]')!;
						expect(img, `step "${text.slice(0, 40)}…" has no drawing`).not.toBeNull();
						expect(img.getAttribute('src')).toBe(`${prefix}/charts/${step.chart}/${step.state}.svg`);
						expect(narrow.getAttribute('srcset')).toBe(`${prefix}/narrow/${step.chart}/${step.state}.svg`);
						for (const [el, file] of [[img, img.getAttribute('src')!], [narrow, narrow.getAttribute('srcset')!]] as const) {
							expect(existsSync(`build${file}`), file).toBe(true);
							const head = /<svg [^>]*>/.exec(readFileSync(`build${file}`, 'utf8'))![0];
							expect(head, file).toContain(`width="${el.getAttribute('width')}" height="${el.getAttribute('height')}"`);
						}
						// Its text alternative is the one the chart's exported file gives that state.
						expect(img.getAttribute('alt')).toBe(exportedDesc(lang, step.chart!, step.state!));
						shown = step;
						figures++;
					} else {
						// A figure only ever comes right after a step's text.
						expect(el.className).toMatch(/\bstep-figure\b/);
						expect(sequence[i - 1].className).toMatch(/\bflat-step\b/);
					}
				});
			}
			expect(steps).toBeGreaterThan(10);
			// The story never shows one chart state in two consecutive steps (tests/unit/story.test.ts), so
			// every step brings its own figure; a repeat, were there one, would be checked above.
			expect(figures).toBeGreaterThan(10);
			expect(html).not.toMatch(/\bloading\b/i);
		});
	}
});

describe('the story in a browser without JavaScript', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows each step’s text once, with its figures drawn, and no pinned chart', async () => {
		const page = await browser.newPage({ viewport: viewports.desktop, javaScriptEnabled: false });
		await page.goto(`${base}/`);
		const seen = await page.evaluate(() => {
			const visible = (el: Element) => el.getBoundingClientRect().height > 0;
			const text = document.querySelector('main')!.innerText;
			const firstParagraphs = [...document.querySelectorAll('.flat-step')].map((s) => s.querySelector('p')!.textContent!.trim());
			return {
				steps: firstParagraphs.length,
				eachOnce: firstParagraphs.every((p) => text.split(p).length === 2),
				figures: [...document.querySelectorAll('.step-figure')].map((f) => f.querySelector('.plot img')!.getBoundingClientRect().height),
				pinned: [...document.querySelectorAll('.graphic, .step')].filter(visible).length
			};
		});
		expect(seen.steps).toBeGreaterThan(10);
		expect(seen.eachOnce).toBe(true);
		expect(seen.figures.length).toBeGreaterThan(10);
		for (const h of seen.figures) expect(h).toBeGreaterThan(100);
		expect(seen.pinned).toBe(0);
		await page.close();
	});

	it('on a phone, draws each figure from its phone-width file, its smallest text at 11 px or more', async () => {
		const page = await browser.newPage({ viewport: viewports.phone, javaScriptEnabled: false });
		await page.goto(`${base}/`, { waitUntil: 'load' });
		const shown = await page.$$eval('.step-figure .plot img', (imgs) =>
			imgs.map((img) => ({ src: new URL((img as HTMLImageElement).currentSrc).pathname, width: img.getBoundingClientRect().width }))
		);
		expect(shown.length).toBeGreaterThan(10);
		// The smallest text each file draws, at the file's own size: read in the browser, so Plot's
		// style rules count as well as the presentation attributes.
		const smallest = new Map<string, number>();
		const file = await browser.newPage();
		for (const { src } of shown) {
			if (smallest.has(src)) continue;
			await file.goto(`${base}${src}`);
			smallest.set(
				src,
				await file.evaluate(() => {
					const sizes = [...document.querySelectorAll('text')].filter((t) => t.textContent!.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize));
					return { size: Math.min(...sizes), width: Number(document.documentElement.getAttribute('width')) };
				}).then(({ size, width }) => size / width)
			);
		}
		await file.close();
		for (const { src, width } of shown) {
			expect(src).toMatch(/^\/narrow\//);
			// Text, subtitle and notes included: the file draws them all.
			expect(smallest.get(src)! * width, src).toBeGreaterThanOrEqual(11);
		}
		await page.close();
	});
});

describe('chart pages without JavaScript', () => {
	for (const lang of ['', '/es']) {
		it(`${lang || '/'}charts/*: each prerendered page holds the drawing, its text alternative and its table`, async () => {
			const { charts } = await import('$lib/charts');
			for (const c of charts) {
				const html = await (await fetch(`${base}${lang}/charts/${c.id}/`)).text();
				const { document } = parseHTML(html);
				const plot = document.querySelector('figure .plot[role="img"]');
				expect(plot, c.id).not.toBeNull();
				expect(plot!.getAttribute('aria-label')!.length, c.id).toBeGreaterThan(40);
				expect(plot!.querySelector('svg'), c.id).not.toBeNull();
				const rows = document.querySelectorAll('details.data-table table tbody tr');
				expect(rows.length, c.id).toBeGreaterThan(0);
			}
		});
	}
});
