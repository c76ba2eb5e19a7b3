import { chartById } from './index';
import { drawChart, type ChartView } from './assemble-chart';

/** Redraws a prerendered chart in the browser at a new width or state. Loaded on demand, never up front. */
export function drawInBrowser(view: ChartView, state: string, width: number): Element {
	const svg = drawChart(chartById(view.id), view.rows, { lang: view.lang, state, width, document, mode: 'page' });
	svg.setAttribute('aria-hidden', 'true');
	return svg;
}
