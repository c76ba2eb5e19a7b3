import * as Plot from '@observablehq/plot';
import type { SourceRow } from '$lib/data/rows';
import type { Vocabulary } from '$lib/i18n/en/vocabulary';
import { citedSourceIds } from '$lib/data/cited-sources';
import { type } from './theme';

/** The claim row of the article with this id; a chart that cites the article fails loudly if it is gone. */
export function articleClaim<T extends { id: string }>(claims: T[], id: string): T {
	const row = claims.find((c) => c.id === id);
	if (!row) throw new Error(`data/article-claims.csv has no row with id "${id}", which a chart cites`);
	return row;
}

/** The rows of sources.csv some rows cite (in `source` or an `*_source` column), for their publisher and reliability. */
export function citedSources(sources: SourceRow[], ...tables: object[][]): SourceRow[] {
	const ids = citedSourceIds(tables as Record<string, unknown>[][]);
	return sources.filter((s) => ids.includes(s.id));
}

/** Who published a source, by its id, as a reader would name it. */
export const publisherOf = (sources: SourceRow[], id: string | null) => sources.find((s) => s.id === id)?.publisher ?? id ?? '';

/** A row that rests on a source data/sources.csv rates weak (see data/README.md: reliability). */
export const onWeakSource = (r: { source: string }, sources: SourceRow[]) => sources.some((s) => s.id === r.source && s.reliability === 'weak');

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
 * it (Plot draws one per datum, in the index's order), so a test or a script finds one datum's marks;
 * with `marks` (the page), also as data-mark, the key of the mark's details.
 */
export function tagged(data: { id: string }[], marks = false): { render: Plot.RenderFunction } {
	return {
		render(index, scales, values, dimensions, context, next) {
			const g = next!(index, scales, values, dimensions, context)!;
			[...g.children].forEach((el, k) => {
				el.setAttribute('data-id', data[index[k]].id);
				if (marks) el.setAttribute('data-mark', data[index[k]].id);
			});
			return g;
		}
	};
}

/**
 * A render transform that writes each datum's detail key as data-mark on the element Plot draws for
 * it, when the page asks for it (`marks`); an export gets nothing, and its drawing stays as it was.
 */
export function markKeys<T>(marks: boolean, data: readonly T[], key: (d: T) => string): { render?: Plot.RenderFunction } {
	if (!marks) return {};
	return {
		render(index, scales, values, dimensions, context, next) {
			const g = next!(index, scales, values, dimensions, context)!;
			[...g.children].forEach((el, k) => el.setAttribute('data-mark', key(data[index[k]])));
			return g;
		}
	};
}

/** A value as its source bounds it, in the reader's words: "at least 199 killed", "about 2,000 t". */
export const bounded = (vocab: Pick<Vocabulary, 'bound'>, bound: keyof Vocabulary['bound'] | null, value: string) => [bound ? vocab.bound[bound] : '', value].filter(Boolean).join(' ');

/** A ring of the background colour round a label, so it stays legible over lines and dots. */
export function halo(background: string) {
	return { stroke: background, strokeWidth: 3, paintOrder: 'stroke' };
}

/**
 * How a leaked, not yet published figure is labelled on the coca and cocaine charts: bold, just above
 * its marker at the end of the line, reading leftwards from it, wrapped by Plot to `lineWidth` ems.
 */
export function leakedLabel(colors: { ink: string; background: string }, lineWidth: number) {
	return {
		className: 'leaked-label',
		dy: -12,
		dx: 6,
		textAnchor: 'end',
		lineAnchor: 'bottom',
		lineWidth,
		fontWeight: 700,
		fontSize: type.annotation,
		fill: colors.ink,
		...halo(colors.background)
	} as const;
}

/**
 * A z channel for Plot's line mark over rows sorted by year: rows of consecutive years share a value,
 * so Plot draws one path per run and leaves a missing year as a gap instead of bridging it. `cut`
 * starts a new path between two consecutive years as well (a change of report edition, say).
 */
export function yearRun<T extends { year: number }>(rows: T[], cut: (a: T, b: T) => boolean = () => false): (r: T) => number {
	const run = new Map<T, number>();
	rows.forEach((r, i) => {
		const p = rows[i - 1];
		run.set(r, !p ? 0 : run.get(p)! + (r.year !== p.year + 1 || cut(p, r) ? 1 : 0));
	});
	return (r) => run.get(r) ?? -1;
}

/** The steps of a series between consecutive years, as [earlier, later] pairs, for Plot's link mark. */
export function yearSteps<T extends { year: number }>(rows: T[]): [T, T][] {
	return rows.slice(1).flatMap((b, i) => (b.year === rows[i].year + 1 ? [[rows[i], b] as [T, T]] : []));
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
