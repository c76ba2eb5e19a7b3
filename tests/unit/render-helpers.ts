/** Shared by chart tests: the real datasets, and a chart drawn the way the server draws it. */
import { parseHTML } from 'linkedom';
import { chartById } from '$lib/charts';
import { assembleChart, drawChart } from '$lib/charts/assemble-chart';
import type { Lang } from '$lib/i18n';
import { datasets } from '$lib/server/datasets';

export const data = () => datasets().data;

export function draw(id: string, opts: { state?: string; lang?: Lang; width?: number } = {}): Element {
	const def = chartById(id);
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return drawChart(def, def.select(data()) as never, {
		lang: opts.lang ?? 'en',
		state: opts.state ?? def.states[0],
		width: opts.width ?? 640,
		document: document as unknown as Document,
		mode: 'export'
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
