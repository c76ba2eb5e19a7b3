import * as Plot from '@observablehq/plot';
import type { CocaineProductionRow, TimelineRow } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import type { CocaineProductionStrings } from '$lib/i18n/en/charts/cocaine-production';
import { defineChart } from './chart-definition';
import { fonts, type } from './theme';
import { halo as haloOf, leakedLabel, legendMarks, yearRuns } from './chart-helpers';

/** The timeline event that dates the leak of the UNODC figures (data/timeline.csv). */
const LEAK_EVENT = 'unodc-leak';
/** Height is this share of width at every width, so a redraw never changes the aspect ratio. */
const RATIO = 0.75;
/** Which edition of a year the line goes through: the latest one published. */
const EDITION_RANK: Record<Row['edition'], number> = { revised: 0, first: 1, preliminary: 2 };

type Row = CocaineProductionRow;

const series = (rows: Row[], s: Row['series']) => rows.filter((r) => r.series === s).sort((a, b) => a.year - b.year || EDITION_RANK[a.edition] - EDITION_RANK[b.edition]);

/** One row per year: the latest edition (revised, else first, else preliminary). */
function latestEditions(rows: Row[]): Row[] {
	const byYear = new Map<number, Row>();
	for (const r of rows) {
		const seen = byYear.get(r.year);
		if (!seen || EDITION_RANK[r.edition] < EDITION_RANK[seen.edition]) byYear.set(r.year, r);
	}
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** A different figure another source published for the same row (a typed column, e.g. 333 t for 2012). */
const otherFigures = (r: Row): number[] => (r.other_tonnes === null ? [] : [r.other_tonnes]);

/** A row whose source data/sources.csv rates weak (see data/README.md: reliability). */
const isWeak = (r: Row, sources: { id: string; reliability: string }[]) => sources.some((s) => s.id === r.source && s.reliability === 'weak');

/**
 * A step of the line joins editions when its later year was restated in a later report and its
 * earlier year was not: the two values come from different vintages (and methods) of the survey.
 */
const isEditionBreak = (a: Row, b: Row) => b.edition === 'revised' && a.edition !== 'revised';

/**
 * The change between two rounded values, in percent, with one decimal only where every pair of
 * values that rounds to the inputs gives the same first decimal; otherwise to the whole percent.
 */
export function roundedChange(from: number, to: number): { pct: number; digits: number } {
	const pct = (to / from - 1) * 100;
	const lo = ((to - 0.5) / (from + 0.5) - 1) * 100;
	const hi = ((to + 0.5) / (from - 0.5) - 1) * 100;
	return { pct, digits: Math.round(lo * 10) === Math.round(hi * 10) ? 1 : 0 };
}

/**
 * The rise to the latest year: as the source published it where the data holds that figure (the
 * leak's +12.6%), otherwise worked out from the rounded tonnes as precisely as they allow.
 */
export function changeTo(prev: Row, last: Row): { pct: number; digits: number; reported: boolean } {
	if (last.reported_change_pct !== null) return { pct: last.reported_change_pct, digits: 1, reported: true };
	return { ...roundedChange(prev.tonnes, last.tonnes), reported: false };
}

/** Everything the text, the table and the drawing share, found from the rows. */
function derive(rows: Row[], timeline: TimelineRow[]) {
	const unodc = series(rows, 'unodc');
	const us = series(rows, 'us_government');
	const line = latestEditions(unodc);
	const earlier = unodc.filter((r) => !line.includes(r));
	const leak = timeline.find((e) => e.id === LEAK_EVENT);
	// A figure is leaked when it comes from the report of the leak (same source as the timeline event).
	const leaked = line.filter((r) => leak && r.source === leak.source);
	const first = line[0];
	const last = line[line.length - 1];
	const low = line.reduce((a, b) => (b.tonnes < a.tonnes ? b : a));
	const max = line.reduce((a, b) => (b.tonnes > a.tonnes ? b : a));
	const prev = line.find((r) => r.year === last.year - 1);
	const gaps: number[] = [];
	for (let y = first.year; y <= last.year; y++) if (!line.some((r) => r.year === y)) gaps.push(y);
	const revised = line.filter((r) => r.edition === 'revised');
	const revisions = earlier.map((e) => ({ earlier: e, latest: line.find((r) => r.year === e.year)! }));
	const breaks: [Row, Row][] = [];
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1], line[i]];
		if (b.year === a.year + 1 && isEditionBreak(a, b)) breaks.push([a, b]);
	}
	const revisedOnly = revised.filter((r) => !revisions.some((v) => v.latest === r));
	const uncertain = line.filter((r) => r.edition === 'preliminary' || r.status === 'contested');
	const usRange = us.filter((r) => r.tonnes_high !== null);
	return { unodc, us, line, earlier, leak, leaked, first, last, low, max, prev, gaps, revised, revisions, revisedOnly, breaks, uncertain, usRange };
}

const yearText = (fmt: Formatters, year: number) => fmt.date(String(year));

/** Joins words into a list the way the language does ("2003 and 2006"). */
function list(items: string[], lang: string): string {
	return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

export const cocaineProduction = defineChart({
	id: 'cocaine-production',
	states: ['all', 'revisions', 'record'],

	select: (data) => ({
		'cocaine-production': data['cocaine-production'],
		timeline: data.timeline.filter((e) => e.id === LEAK_EVENT),
		// Only how reliable each cited source is: a figure on a weak source is flagged in the notes.
		sources: data.sources.filter((s) => data['cocaine-production'].some((r) => r.source === s.id))
	}),

	model: (rows) => ({ rows, ...derive(rows['cocaine-production'], rows.timeline) }),

	text(m, state, { fmt, t, lang }) {
		const { rows } = m;
		const y = (n: number) => yearText(fmt, n);
		const tn = (r: Row) => fmt.int(r.tonnes);

		let alt = t.alt(y(m.first.year), tn(m.first), y(m.low.year), tn(m.low), y(m.last.year), tn(m.last), list(m.gaps.map(y), lang));
		for (const r of m.leaked) alt += ' ' + t.altLeaked(y(r.year));
		if (m.us.length) alt += ' ' + t.altUs(y(m.us[0].year), tn(m.us[0]), y(m.us[m.us.length - 1].year), tn(m.us[m.us.length - 1]));
		if (state === 'revisions') alt += ' ' + t.altState.revisions(m.revisions.map((v) => t.altState.revision(y(v.earlier.year), tn(v.earlier), tn(v.latest))).join('; '));
		if (state === 'record' && m.prev) {
			const c = changeTo(m.prev, m.last);
			alt += ' ' + t.altState.record(y(m.last.year), tn(m.last), y(m.prev.year), tn(m.prev), fmt.num(c.pct, c.digits));
		}

		const notes: string[] = [];
		for (const r of m.leaked) notes.push(t.notes.leaked(y(r.year), tn(r), m.leak ? fmt.date(m.leak.date) : y(r.year)));
		if (state === 'record' && m.prev) {
			notes.push(changeTo(m.prev, m.last).reported ? t.notes.changeReported : t.notes.change);
			if (isWeak(m.prev, rows.sources)) notes.push(t.notes.weakSource(y(m.prev.year)));
		}
		if (m.revisions.length) notes.push(t.notes.revisions(m.revisions.map((v) => t.notes.revision(y(v.earlier.year), tn(v.earlier), tn(v.latest))).join('; ')));
		if (m.revisedOnly.length) notes.push(t.notes.revisedOnly(list(m.revisedOnly.map((r) => y(r.year)), lang)));
		for (const [a, b] of m.breaks) notes.push(t.notes.seriesBreak(y(a.year), y(b.year)));
		if (m.gaps.length) notes.push(t.notes.gaps(list(m.gaps.map(y), lang)));
		if (m.uncertain.length)
			notes.push(
				t.notes.uncertain(
					m.uncertain
						.map((r) =>
							r.edition === 'preliminary' ? t.notes.preliminary(y(r.year)) : t.notes.disputed(y(r.year), tn(r), otherFigures(r).map(fmt.int).join(', '))
						)
						.join('; ')
				)
			);
		for (const r of m.usRange) notes.push(t.notes.us(y(r.year), tn(r), fmt.int(r.tonnes_high!)));

		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table(m, { fmt, t }) {
		const { rows } = m;
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'series', label: t.table.series },
				{ key: 'year', label: t.table.year },
				{ key: 'edition', label: t.table.edition },
				{ key: 'tonnes', label: t.table.tonnes, numeric: true },
				{ key: 'drawn', label: t.table.drawn },
				{ key: 'status', label: t.table.status },
				{ key: 'note', label: t.table.note },
				{ key: 'source', label: t.table.source }
			],
			rows: [...m.unodc, ...m.us].map((r) => {
				const note: string[] = [];
				if (m.leaked.includes(r)) note.push(t.table.leaked);
				if (r.series === 'us_government') note.push(t.table.differentMethod);
				for (const n of otherFigures(r)) note.push(t.table.otherFigure(fmt.int(n)));
				return {
					series: t.table.seriesValues[r.series],
					year: yearText(fmt, r.year),
					edition: t.table.editionValues[r.edition],
					tonnes: fmt.int(r.tonnes) + (r.tonnes_high !== null ? `–${fmt.int(r.tonnes_high)}` : ''),
					drawn: m.earlier.includes(r) ? t.table.drawnValues.earlier : t.table.drawnValues.line,
					status: t.table.statusValues[r.status],
					note: note.join('; '),
					source: r.source
				};
			})
		};
	},

	render(m, { width, state, document, colors, fmt, t }) {
		const { rows } = m;
		const narrow = width < 520;
		const halo = haloOf(colors.background);
		const revisions = state === 'revisions';
		const record = state === 'record';
		const y = (n: number) => yearText(fmt, n);

		// The line: runs of consecutive years, cut again at each change of report edition (drawn dashed).
		const isBreakStep = (a: Row, b: Row) => m.breaks.some(([p, q]) => p === a && q === b);
		const solid: (Row & { run: number })[] = [];
		let run = 0;
		for (const r of yearRuns(m.line.filter((r) => !m.leaked.includes(r)))) {
			run++;
			r.forEach((row, i) => {
				if (i > 0 && isBreakStep(r[i - 1], row)) run++;
				solid.push({ ...row, run });
			});
		}
		const pairs = (steps: [Row, Row][]) => steps.flatMap(([a, b], i) => [{ ...a, run: i }, { ...b, run: i }]);
		const breakSteps = pairs(m.breaks);
		const leakSteps = pairs(m.leaked.flatMap((r) => (m.prev && m.prev.year === r.year - 1 ? [[m.prev, r] as [Row, Row]] : [])));
		const usLine = yearRuns(m.us).flatMap((r, i) => r.map((row) => ({ ...row, run: i, mid: row.tonnes_high === null ? row.tonnes : (row.tonnes + row.tonnes_high) / 2 })));

		const plain = m.line.filter((r) => !m.leaked.includes(r) && !m.uncertain.includes(r));
		const top = Math.max(...rows['cocaine-production'].map((r) => r.tonnes_high ?? r.tonnes)) * 1.25;
		const x0 = m.first.year - 0.6;
		const x1 = m.last.year + 0.6;
		// Year ticks: every fifth year on a phone, every second one on a desktop (d3 picks round steps).
		const ticks = narrow ? 5 : 12;
		const revisedSpans = yearRuns(m.revised).map((run) => ({ x1: run[0].year - 0.5, x2: run[run.length - 1].year + 0.5 }));
		const dimUs = revisions || record ? 0.35 : 1;
		const change = m.prev ? changeTo(m.prev, m.last) : null;

		const legend = [
			{ key: 'unodc', label: t.legend.unodc, color: colors.accent, fill: colors.accent, line: true },
			{ key: 'earlier', label: t.legend.earlier, color: colors.accent, fill: colors.background, line: false },
			{ key: 'uncertain', label: t.legend.uncertain, color: colors.caution, fill: colors.background, line: false },
			{ key: 'us', label: t.legend.us, color: colors.compare, fill: colors.compare, line: true }
		];
		const legendStep = 16;
		const height = Math.round(width * RATIO);
		const margin = { top: 24, bottom: 28 };
		// The legend sits on the left, below the height of the latest labels and above every early value.
		const legendTop = Math.round((height - margin.top - margin.bottom) * 0.24);

		return Plot.plot({
			document,
			width,
			height,
			marginLeft: 44,
			marginRight: narrow ? 10 : 20,
			marginTop: margin.top,
			marginBottom: margin.bottom,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			x: { domain: [x0, x1], label: null, ticks, tickFormat: (d: number) => y(d), tickSize: 4 },
			y: { domain: [0, top], grid: true, label: t.yLabel, labelAnchor: 'top', labelArrow: false, tickFormat: fmt.int, ticks: narrow ? 4 : 6 },
			marks: [
				// Years with no figure: a pale column and a note, so the break in the line reads as missing data.
				Plot.rectX(m.gaps, { className: 'no-figure', x1: (d: number) => d - 0.5, x2: (d: number) => d + 0.5, y1: 0, y2: top * 0.36, fill: colors.grid, fillOpacity: 0.45 }),
				Plot.text(narrow && revisions && m.revisedOnly.length ? [] : m.gaps, {
					x: (d: number) => d,
					y: 0,
					text: () => t.labels.noFigure,
					rotate: -90,
					textAnchor: 'start',
					dx: 0,
					dy: -6,
					fill: colors.muted,
					fontSize: type.note - 1
				}),
				revisions
					? Plot.rectX(revisedSpans, { className: 'revised-band', x1: 'x1', x2: 'x2', y1: 0, y2: top, fill: colors.highlight })
					: null,
				record && m.prev
					? Plot.rectX([m.prev.year], { className: 'record-band', x1: (d: number) => d - 0.5, x2: () => m.last.year + 0.5, y1: 0, y2: top, fill: colors.highlight })
					: null,
				Plot.ruleY([0], { stroke: colors.muted }),

				// US government: its own colour, joined only across consecutive years; a published range is a bar.
				Plot.line(usLine, { className: 'us-line', x: 'year', y: 'mid', z: 'run', stroke: colors.compare, strokeWidth: 1.8, strokeOpacity: dimUs }),
				Plot.dot(
					m.us.filter((r) => r.tonnes_high === null),
					{ className: 'us-estimate', x: 'year', y: 'tonnes', r: 3.5, fill: colors.compare, fillOpacity: dimUs, stroke: colors.background, strokeWidth: 1 }
				),
				...(m.usRange.length
					? [
							Plot.ruleX(m.usRange, { className: 'us-range', x: 'year', y1: 'tonnes', y2: 'tonnes_high', stroke: colors.compare, strokeWidth: 3, strokeOpacity: dimUs }),
							Plot.ruleY(m.usRange, { x1: (r: Row) => r.year - 0.3, x2: (r: Row) => r.year + 0.3, y: 'tonnes', stroke: colors.compare, strokeWidth: 1.5, strokeOpacity: dimUs }),
							Plot.ruleY(m.usRange, { x1: (r: Row) => r.year - 0.3, x2: (r: Row) => r.year + 0.3, y: 'tonnes_high', stroke: colors.compare, strokeWidth: 1.5, strokeOpacity: dimUs })
						]
					: []),

				// Earlier editions: hollow, joined by a thin rule to the figure that replaced them.
				Plot.ruleX(m.revisions, {
					className: 'revision-connector',
					x: (v: (typeof m.revisions)[number]) => v.earlier.year,
					y1: (v: (typeof m.revisions)[number]) => v.earlier.tonnes,
					y2: (v: (typeof m.revisions)[number]) => v.latest.tonnes,
					stroke: colors.accent,
					strokeWidth: 1,
					strokeDasharray: '2,2'
				}),

				// UNODC: the latest edition of each year; steps between editions dashed, gaps left open.
				Plot.line(solid, { className: 'unodc-line', x: 'year', y: 'tonnes', z: 'run', stroke: colors.accent, strokeWidth: 2.5 }),
				breakSteps.length
					? Plot.line(breakSteps, { className: 'edition-break', x: 'year', y: 'tonnes', z: 'run', stroke: colors.accent, strokeWidth: 2, strokeDasharray: '5,3' })
					: null,
				leakSteps.length
					? Plot.line(leakSteps, { className: 'leaked-link', x: 'year', y: 'tonnes', z: 'run', stroke: colors.accent, strokeWidth: 2, strokeDasharray: '4,3' })
					: null,
				Plot.dot(m.earlier, { className: 'earlier-edition', x: 'year', y: 'tonnes', r: 4, fill: colors.background, stroke: colors.accent, strokeWidth: 1.8 }),
				Plot.dot(plain, { className: 'unodc-estimate', x: 'year', y: 'tonnes', r: 3, fill: colors.accent }),
				m.uncertain.length
					? Plot.dot(m.uncertain, { className: 'uncertain-figure', x: 'year', y: 'tonnes', r: 4, fill: colors.background, stroke: colors.caution, strokeWidth: 2 })
					: null,
				Plot.dot(m.leaked, { className: 'unodc-leaked', x: 'year', y: 'tonnes', r: 5.5, fill: colors.background, stroke: colors.caution, strokeWidth: 2, strokeDasharray: '2,1.5' }),
				Plot.dot(m.leaked, { x: 'year', y: 'tonnes', r: 2, fill: colors.caution }),

				// Labels.
				Plot.text(m.leaked, {
					x: 'year',
					y: 'tonnes',
					text: (r: Row) =>
						(record && change && m.prev ? t.labels.change(fmt.num(change.pct, change.digits), y(m.prev.year)) + '\n' : '') + t.labels.leaked(fmt.int(r.tonnes)),
					...leakedLabel(colors)
				}),
				record && m.prev
					? Plot.text([m.prev], {
							className: 'previous-label',
							x: 'year',
							y: 'tonnes',
							text: (r: Row) => t.labels.value(fmt.int(r.tonnes)),
							dx: -9,
							textAnchor: 'end',
							fontWeight: 700,
							fill: colors.ink,
							...halo
						})
					: null,
				revisions
					? Plot.text(m.revisions, {
							className: 'revision-label',
							x: (v: (typeof m.revisions)[number]) => v.earlier.year,
							y: (v: (typeof m.revisions)[number]) => v.earlier.tonnes,
							text: (v: (typeof m.revisions)[number]) => t.labels.revision(fmt.int(v.earlier.tonnes), fmt.int(v.latest.tonnes)),
							dx: -9,
							textAnchor: 'end',
							fontWeight: 700,
							fill: colors.ink,
							...halo
						})
					: null,

				revisions && m.revisedOnly.length
					? Plot.text(m.revisedOnly, {
							className: 'revised-only-label',
							x: 'year',
							y: 'tonnes',
							text: () => t.labels.revisedOnly,
							dy: -12,
							lineAnchor: 'bottom',
							fill: colors.ink,
							...halo
						})
					: null,

				// Legend, on the left, where every series runs low.
				...legendMarks(legend.map((d) => ({ ...d, r: d.line ? 3 : 4 })), { top: legendTop, step: legendStep, fontSize: narrow ? type.note : type.annotation, ink: colors.ink })
			]
		});
	}
});
