import * as Plot from '@observablehq/plot';
import { type } from './theme';

/** The claim row of the article with this id; a chart that cites the article fails loudly if it is gone. */
export function articleClaim<T extends { id: string }>(claims: T[], id: string): T {
	const row = claims.find((c) => c.id === id);
	if (!row) throw new Error(`data/article-claims.csv has no row with id "${id}", which a chart cites`);
	return row;
}

/** The distinct source ids of some rows, in first-seen order. */
export function sourceList(rows: { source: string }[]): string[] {
	return [...new Set(rows.map((r) => r.source))];
}

export interface LegendItem {
	key: string;
	label: string;
	color: string;
	fill: string;
	symbol?: string;
	r?: number;
}

/**
 * A legend drawn as marks in the plot's top-left corner, one row per item: it lives in the SVG, so an
 * exported file keeps it. Each label carries the class legend-KEY for tests.
 */
export function legendMarks(items: LegendItem[], o: { top: number; step: number; fontSize: number; ink: string }) {
	return items.flatMap((d, i) => [
		Plot.dot([d], { frameAnchor: 'top-left', dx: 8, dy: o.top + i * o.step, symbol: d.symbol ?? 'circle', r: d.r ?? 4, fill: d.fill, stroke: d.color, strokeWidth: 1.8 }),
		Plot.text([d], { className: `legend-${d.key}`, frameAnchor: 'top-left', dx: 18, dy: o.top + i * o.step, text: 'label', textAnchor: 'start', fill: o.ink, fontSize: o.fontSize })
	]);
}

/**
 * Tops for blocks of given heights (labels stacked down a column), as near their wished tops as
 * possible without overlapping: pushed down in order, then back up from the end if the last would
 * pass `max`, never above `min`.
 */
export function placeApart(wished: number[], heights: number[], gap: number, min: number, max: number): number[] {
	const tops = wished.slice();
	const down = () => tops.forEach((_, i) => (tops[i] = Math.max(tops[i], i === 0 ? min : tops[i - 1] + heights[i - 1] + gap)));
	down();
	for (let i = tops.length - 1; i >= 0; i--) tops[i] = Math.min(tops[i], i === tops.length - 1 ? max - heights[i] : tops[i + 1] - gap - heights[i]);
	down();
	return tops;
}

/**
 * A render transform for a Plot mark that writes each datum's id as data-id on the element drawn for
 * it (Plot draws one per datum, in the index's order), so a test or a script finds one datum's marks.
 */
export function tagged(data: { id: string }[]): { render: Plot.RenderFunction } {
	return {
		render(index, scales, values, dimensions, context, next) {
			const g = next!(index, scales, values, dimensions, context)!;
			[...g.children].forEach((el, k) => el.setAttribute('data-id', data[index[k]].id));
			return g;
		}
	};
}

/** A ring of the background colour round a label, so it stays legible over lines and dots. */
export function halo(background: string) {
	return { stroke: background, strokeWidth: 3, paintOrder: 'stroke' };
}

/**
 * How a leaked, not yet published figure is labelled on the coca and cocaine charts: bold, just above
 * its marker at the end of the line, reading leftwards from it.
 */
export function leakedLabel(colors: { ink: string; background: string }) {
	return {
		className: 'leaked-label',
		dy: -14,
		dx: 6,
		textAnchor: 'end',
		lineAnchor: 'bottom',
		fontWeight: 700,
		fontSize: type.label,
		fill: colors.ink,
		...halo(colors.background)
	} as const;
}

/** Splits rows into runs of consecutive years; a line is drawn inside a run, never across a missing year. */
export function yearRuns<T extends { year: number }>(rows: T[]): T[][] {
	const out: T[][] = [];
	for (const r of [...rows].sort((a, b) => a.year - b.year)) {
		const run = out[out.length - 1];
		if (run && r.year === run[run.length - 1].year + 1) run.push(r);
		else out.push([r]);
	}
	return out;
}
