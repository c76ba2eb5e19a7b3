/**
 * Labels that never collide: every chart × state is drawn (as the server and the exports draw it) at a
 * phone column, the chart page's column and a wide desktop column, and compact as the story's pinned
 * chart on a phone draws it (at a small phone's box and the prerendered width), in both languages, then laid out by
 * Chromium in Source Sans 3 and again in its metric-matched fallback face (what a first visit shows
 * until the font arrives). Two text labels whose boxes overlap, or a label that runs outside the
 * drawing, fail the test with both words named.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { charts } from '$lib/charts';
import { langs } from '$lib/i18n';
import { launch } from './browser';
import { PINNED_CHART_WIDTH } from '$lib/story/story-widths';
import { draw } from '../unit/render-helpers';

const base = inject('baseUrl');
const WIDTHS = [360, 640, 1000];
/** The pinned chart's box on a 375 px phone, and the width it is prerendered at. */
const COMPACT_WIDTHS = [339, PINNED_CHART_WIDTH];
/** Boxes may touch: an overlap must exceed this many CSS px both ways to count. */
const SLACK = 1.5;
const FACES = ["'Source Sans 3'", "'Source Sans 3 Fallback'"];

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launch();
	page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
	// Same origin as the fonts, so the @font-face rules below may load them.
	await page.goto(`${base}/fonts/SOURCE-SANS-LICENSE.md`);
});
afterAll(async () => {
	await browser?.close();
});

const fontCss = () =>
	readFileSync('src/lib/styles/font-fallback.css', 'utf8') +
	`@font-face { font-family: 'Source Sans 3'; src: url(/fonts/source-sans-3-regular.woff2) format('woff2'); font-weight: 400; }
	 @font-face { font-family: 'Source Sans 3'; src: url(/fonts/source-sans-3-bold.woff2) format('woff2'); font-weight: 700; }`;

interface Problem {
	drawing: string;
	problem: string;
}

/** Lays the drawings out in one page and returns every overlap and overflow, named by their words. */
async function collisions(drawings: { name: string; svg: string }[], face: string): Promise<Problem[]> {
	const html = `<!doctype html><html><head><style>${fontCss()}
		body { margin: 0; } svg, svg * { font-family: ${face} !important; } figure { margin: 0 0 8px; }</style></head><body>${drawings
		.map((d) => `<figure data-name="${d.name}">${d.svg}</figure>`)
		.join('')}</body></html>`;
	await page.setContent(html, { waitUntil: 'load' });
	return page.evaluate(
		async ({ slack, face }) => {
			await document.fonts.load(`400 13px ${face}`);
			await document.fonts.load(`700 13px ${face}`);
			await document.fonts.ready;
			const problems: { drawing: string; problem: string }[] = [];
			for (const fig of document.querySelectorAll('figure')) {
				const svg = fig.querySelector('svg')!;
				const frame = svg.getBoundingClientRect();
				// One box per line of words: a text's own lines (tspans placed with x/y/dy) or the text itself.
				// Chromium's box is the line box (ascent 1.0 em + descent 0.326 em in Source Sans 3, which the
				// fallback face is matched to); the letters fill about 0.72 em above the baseline and 0.21 em
				// below it, so each box is trimmed to that ink before comparing.
				const labels = [...svg.querySelectorAll('text')]
					.filter((t) => (t.textContent ?? '').trim() && getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).display !== 'none')
					.flatMap((t, owner) => {
						const lines = [...t.querySelectorAll('tspan')].filter((s) => s.hasAttribute('x') || s.hasAttribute('y') || s.hasAttribute('dy'));
						return (lines.length ? lines : [t])
							.filter((l) => (l.textContent ?? '').trim())
							.map((l) => {
								const r = l.getBoundingClientRect();
								const em = r.height / 1.326;
								const top = r.top + 0.28 * em;
								const bottom = r.bottom - 0.116 * em;
								return { owner, words: l.textContent!.trim().slice(0, 40), box: { left: r.left, right: r.right, top, bottom } };
							});
					});
				for (const l of labels) {
					const b = l.box;
					if (b.left < frame.left - slack || b.right > frame.right + slack || b.top < frame.top - slack || b.bottom > frame.bottom + slack)
						problems.push({ drawing: fig.dataset.name!, problem: `"${l.words}" runs outside the drawing` });
				}
				for (let i = 0; i < labels.length; i++) {
					for (let j = i + 1; j < labels.length; j++) {
						if (labels[i].owner === labels[j].owner) continue;
						const a = labels[i].box;
						const b = labels[j].box;
						const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
						const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
						if (w > slack && h > slack) problems.push({ drawing: fig.dataset.name!, problem: `"${labels[i].words}" overlaps "${labels[j].words}"` });
					}
				}
			}
			return problems;
		},
		{ slack: SLACK, face }
	);
}

describe('the collision check itself', () => {
	it('reports two labels drawn over each other and one cut by the edge', async () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60" font-size="14">
			<text x="10" y="30">Maduro captured</text><text x="40" y="34">First strike</text>
			<text x="10" y="50">Apart</text><text x="170" y="50">Cut off here</text></svg>`;
		const found = (await collisions([{ name: 'test', svg }], FACES[0])).map((p) => p.problem);
		expect(found).toEqual(['"Cut off here" runs outside the drawing', '"Maduro captured" overlaps "First strike"']);
	});
});

describe('no two chart labels overlap and none runs outside its drawing', () => {
	for (const chart of charts) {
		for (const lang of langs) {
			it(`${chart.id} · ${lang} · every state at ${WIDTHS.join(', ')} px and compact at ${COMPACT_WIDTHS.join(', ')} px, in both faces`, async () => {
				const drawings = chart.states.flatMap((state) => [
					...WIDTHS.map((width) => ({ name: `${state} ${width}px`, svg: draw(chart.id, { state, lang, width }).outerHTML })),
					...COMPACT_WIDTHS.map((width) => ({ name: `${state} compact ${width}px`, svg: draw(chart.id, { state, lang, width, compact: true }).outerHTML }))
				]);
				const found: string[] = [];
				for (const face of FACES) {
					for (const p of await collisions(drawings, face)) found.push(`${face} ${p.drawing}: ${p.problem}`);
				}
				expect(found, found.join("\n")).toEqual([]);
			});
		}
	}
});
