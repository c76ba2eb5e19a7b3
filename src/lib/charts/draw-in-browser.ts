import { chartById } from './index';
import { drawChart, type ChartView } from './chart-view';

/** Redraws a prerendered chart in the browser at a new width or state. Loaded on demand, never up front. */
export function drawInBrowser(view: ChartView, state: string, width: number): Element {
	const svg = drawChart(chartById(view.id), view.rows, { lang: view.lang, state, width, document, mode: 'page' });
	svg.setAttribute('aria-hidden', 'true');
	return svg;
}

const queue: (() => void)[] = [];
let pumping = false;
const idle = (job: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(() => job()) : setTimeout(job, 50));

function pump() {
	pumping = queue.length > 0;
	if (pumping) idle(() => (queue.shift()!(), pump()));
}

/**
 * Work that can wait (a chart off screen, states not yet shown): one drawing per idle period, so
 * that neither the start-up nor the reader's scrolling loses frames to it.
 */
export function whenIdle(job: () => void) {
	queue.push(job);
	if (!pumping) pump();
}
