/**
 * Not a test: the render half of `npm run bench`. Times the server drawing of every chart (median of
 * repeated runs) and of every chart × state × width, and writes bench/results/render.json.
 */
import { it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { charts } from '$lib/charts';
import { drawChart } from '$lib/charts/assemble-chart';
import { datasets } from '$lib/server/datasets';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = 15;

it('times chart rendering', () => {
	const data = datasets().data;
	const perChart: Record<string, number> = {};
	const perState: { chart: string; state: string; width: number; ms: number }[] = [];
	for (const def of charts) {
		const rows = def.select(data);
		const time = (state: string, width: number) => {
			const times: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const { document } = parseHTML('<!doctype html><html><body></body></html>');
				const t0 = performance.now();
				drawChart(def, rows as never, { lang: 'en', state, width, document: document as unknown as Document, mode: 'page' }).outerHTML;
				times.push(performance.now() - t0);
			}
			return median(times);
		};
		time(def.states[0], 640); // warm up
		perChart[def.id] = time(def.states[0], 640);
		for (const state of def.states) for (const width of [360, 640]) perState.push({ chart: def.id, state, width, ms: time(state, width) });
	}
	const total = perState.reduce((s, r) => s + r.ms, 0);
	mkdirSync('bench/results', { recursive: true });
	writeFileSync('bench/results/render.json', JSON.stringify({ runs: RUNS, perChart, perState, allStatesBothWidthsMs: total }, null, 1));
});
