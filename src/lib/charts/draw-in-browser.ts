import { base } from '$app/paths';
import type { Datasets } from '$lib/data/rows';
import { chartById } from './index';
import { drawChart, type ChartFrame } from './assemble-chart';

// One request per chart, whatever the number of figures and states that draw it; the same rows object
// each time, so the chart's model is computed once (assemble-chart.ts keeps it by rows).
const fetched = new Map<string, Promise<Partial<Datasets>>>();

/**
 * The rows a chart draws: those the view carries (a chart's own page), or else the chart's rows file
 * (/charts/ID.json, prerendered beside its CSV), fetched the first time the chart is redrawn.
 */
export function rowsFor(view: ChartFrame): Promise<Partial<Datasets>> {
	if (view.rows) return Promise.resolve(view.rows);
	if (!fetched.has(view.id)) {
		fetched.set(
			view.id,
			fetch(`${base}/charts/${view.id}.json`).then((r) => {
				if (!r.ok) throw new Error(`The rows of chart "${view.id}" did not load: ${r.status}`);
				return r.json();
			})
		);
	}
	return fetched.get(view.id)!;
}

/** Redraws a prerendered chart in the browser at a new width or state, compact or not (RenderOptions). Loaded on demand, never up front. */
export function drawInBrowser(view: ChartFrame, rows: Partial<Datasets>, state: string, width: number, compact = false): Element {
	const svg = drawChart(chartById(view.id), rows, { lang: view.lang, state, width, compact, document, mode: 'page' });
	svg.setAttribute('aria-hidden', 'true');
	return svg;
}
