/** Shared by chart tests: the real datasets, and a chart drawn the way the server draws it. */
import { expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { chartById } from '$lib/charts';
import { assembleChart, drawChart } from '$lib/charts/assemble-chart';
import type { Lang } from '$lib/i18n';
import { datasets } from '$lib/server/datasets';

export const data = () => datasets().data;

/**
 * Drawn as an export draws it unless `mode: 'page'` (marks tagged for their details, the page's
 * colours); `compact` as the story's pinned chart on a phone is.
 */
export function draw(id: string, opts: { state?: string; lang?: Lang; width?: number; mode?: 'page' | 'export'; compact?: boolean } = {}): Element {
	const def = chartById(id);
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return drawChart(def, def.select(data()) as never, {
		lang: opts.lang ?? 'en',
		state: opts.state ?? def.states[0],
		width: opts.width ?? 640,
		document: document as unknown as Document,
		mode: opts.mode ?? 'export',
		compact: opts.compact
	});
}

export function view(id: string, opts: { state?: string; lang?: Lang; width?: number } = {}) {
	return assembleChart(chartById(id), data(), { lang: opts.lang ?? 'en', state: opts.state, width: opts.width ?? 640 });
}

/** All text the SVG shows, in document order. */
export const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

/** The drawn elements of the mark a chart named with Plot's `className` option. */
export function marks(svg: Element, className: string): Element[] {
	const g = svg.querySelector(`g.${className}`);
	if (!g) throw new Error(`No mark with class "${className}" in the chart`);
	return [...g.children];
}

/**
 * A phone held upright, as the story is tested at (tests/e2e/browser.ts: 390 × 844 CSS px), drawing at
 * 360 px, and the height it leaves a pinned chart: the screen less 10rem for the chart's title,
 * subtitle and margins (ScrollingSteps caps the drawing at 100svh − 10rem; a taller drawing would be
 * shrunk, its words with it).
 */
export const PHONE = { width: 360, chartHeight: 844 - 160 };

/**
 * What a reader notices of a chart's size: on a phone it fits the screen whole; a change of step
 * swaps drawings of one size (no jump); and drawing it again at a width gives the same size.
 */
export function expectSteadySize(id: string) {
	const height = (state: string, width: number) => Number(draw(id, { state, width }).getAttribute('height'));
	const states = chartById(id).states;
	expect(height(states[0], PHONE.width)).toBeLessThanOrEqual(PHONE.chartHeight);
	for (const width of [PHONE.width, 640]) {
		const heights = states.map((state) => height(state, width));
		expect(new Set(heights).size, `${id} at ${width} px: heights by state ${heights.join(', ')}`).toBe(1);
		expect(height(states[states.length - 1], width)).toBe(heights[heights.length - 1]);
	}
}
