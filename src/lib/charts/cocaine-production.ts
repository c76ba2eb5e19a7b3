import * as Plot from '@observablehq/plot';
import type { CocaineProductionRow, Datasets } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import type { CocaineProductionStrings } from '$lib/i18n/en/charts/cocaine-production';
import { defineChart } from './chart-definition';
import { bounded, citedSources, halo as haloOf, leakedLabel, markKeys, onWeakSource, publisherOf, yearRun, yearSteps } from './chart-helpers';
import { legendMarks, symbolLine, type LegendItem } from './legend';
import { fonts, type } from './theme';

/** The timeline event that dates the leak of the UNODC figures (data/timeline.csv). */
const LEAK_EVENT = 'unodc-leak';
/** Height is this share of width at every width, so a redraw never changes the aspect ratio. */
const RATIO = 0.75;
/** Pixels kept above the highest figure for its label: the change, the value and "leaked…". */
const LABEL_ROOM = 56;
/** Which edition of a year the line goes through: the latest one published. */
const EDITION_RANK: Record<Row['edition'], number> = { revised: 0, first: 1, preliminary: 2 };

type Row = CocaineProductionRow;
type Rows = Pick<Datasets, 'cocaine-production' | 'timeline' | 'sources'>;
type Revision = { earlier: Row; latest: Row };

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

/** Everything the text, the table, the drawing and the story share, found once from the rows. */
function derive(rows: Rows) {
	const unodc = series(rows['cocaine-production'], 'unodc');
	const us = series(rows['cocaine-production'], 'us_government');
	const line = latestEditions(unodc);
	const earlier = unodc.filter((r) => !line.includes(r));
	const leak = rows.timeline.find((e) => e.id === LEAK_EVENT);
	// A figure is leaked when it comes from the report of the leak (same source as the timeline event).
	const leaked = line.filter((r) => leak && r.source === leak.source);
	const [first, last] = [line[0], line[line.length - 1]];
	const low = line.reduce((a, b) => (b.tonnes < a.tonnes ? b : a));
	const gaps: number[] = [];
	for (let y = first.year; y <= last.year; y++) if (!line.some((r) => r.year === y)) gaps.push(y);
	const revised = line.filter((r) => r.edition === 'revised');
	const revisions: Revision[] = earlier.map((e) => ({ earlier: e, latest: line.find((r) => r.year === e.year)! }));
	const steps = yearSteps(line);
	const breaks = steps.filter(([a, b]) => isEditionBreak(a, b));
	const solid = line.filter((r) => !leaked.includes(r));
	return {
		rows, unodc, us, line, earlier, leak, leaked, first, last, low,
		prev: line.find((r) => r.year === last.year - 1),
		gaps,
		revised,
		revisions,
		revisedOnly: revised.filter((r) => !revisions.some((v) => v.latest === r)),
		breaks,
		/** A break between the low and the latest year: comparing the two spans a restatement. */
		breakAfterLow: breaks.find(([a]) => a.year >= low.year && a.year < last.year),
		leakSteps: steps.filter(([, b]) => leaked.includes(b)),
		solid,
		/** One path per run of consecutive years of one edition family (the line's z channel). */
		run: yearRun(solid, isEditionBreak),
		preliminary: line.filter((r) => r.edition === 'preliminary'),
		/** Years another source gave a different figure for (typed columns, not notes). */
		contested: line.filter((r) => r.other_tonnes !== null),
		weak: line.filter((r) => onWeakSource(r, rows.sources)),
		usRange: us.filter((r) => r.tonnes_high !== null)
	};
}

/** A figure's key: its series, year and edition (a year can have a first and a revised one). */
const keyOf = (r: Row) => `${r.series}-${r.year}-${r.edition}`;
const otherKeyOf = (r: Row) => `other-${keyOf(r)}`;

const yearText = (fmt: Formatters, year: number) => fmt.date(String(year));
/** Joins words into a list the way the language does ("2003 and 2006"). */
const list = (items: string[], lang: string) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

export const cocaineProduction = defineChart({
	id: 'cocaine-production',
	states: ['all', 'revisions', 'record'],

	select: (data): Rows => ({
		'cocaine-production': data['cocaine-production'],
		timeline: data.timeline.filter((e) => e.id === LEAK_EVENT),
		// Only who published each cited source and how reliable it is: names the sources that differ, flags weak ones.
		sources: citedSources(data.sources, data['cocaine-production'])
	}),

	model: derive,

	text(m, state, { fmt, t, lang }) {
		const y = (n: number) => yearText(fmt, n);
		const tn = (r: Row) => fmt.int(r.tonnes);
		const by = (id: string | null) => publisherOf(m.rows.sources, id);

		let alt = t.alt({ first: y(m.first.year), firstT: tn(m.first), low: y(m.low.year), lowT: tn(m.low), last: y(m.last.year), lastT: tn(m.last), gaps: list(m.gaps.map(y), lang) });
		if (m.breakAfterLow) alt += ' ' + t.altBreak({ low: y(m.low.year), from: y(m.breakAfterLow[0].year), to: y(m.breakAfterLow[1].year) });
		for (const r of m.leaked) alt += ' ' + t.altLeaked(y(r.year));
		const [usFirst, usLast] = [m.us[0], m.us[m.us.length - 1]];
		if (usFirst) alt += ' ' + t.altUs({ first: y(usFirst.year), firstT: tn(usFirst), last: y(usLast.year), lastT: tn(usLast) });
		if (state === 'revisions') alt += ' ' + t.altState.revisions(m.revisions.map((v) => t.altState.revision(y(v.earlier.year), tn(v.earlier), tn(v.latest))).join('; '));
		if (state === 'record' && m.prev) {
			const c = changeTo(m.prev, m.last);
			alt += ' ' + t.altState.record({ year: y(m.last.year), t: tn(m.last), prev: y(m.prev.year), prevT: tn(m.prev), pct: fmt.num(c.pct, c.digits) });
		}

		const notes: string[] = [];
		for (const r of m.leaked) notes.push(t.notes.leaked(y(r.year), tn(r), m.leak ? fmt.date(m.leak.date) : y(r.year)));
		if (state === 'record' && m.prev) notes.push(changeTo(m.prev, m.last).reported ? t.notes.changeReported : t.notes.change);
		if (m.weak.length) notes.push(t.notes.weak(list(m.weak.map((r) => y(r.year)), lang), m.weak.length));
		if (m.revisions.length) notes.push(t.notes.revisions(m.revisions.map((v) => t.notes.revision(y(v.earlier.year), tn(v.earlier), tn(v.latest))).join('; ')));
		if (m.revisedOnly.length) notes.push(t.notes.revisedOnly(list(m.revisedOnly.map((r) => y(r.year)), lang)));
		for (const [a, b] of m.breaks) notes.push(t.notes.seriesBreak(y(a.year), y(b.year)));
		if (m.gaps.length) notes.push(t.notes.gaps(list(m.gaps.map(y), lang)));
		if (m.preliminary.length) notes.push(t.notes.preliminary(list(m.preliminary.map((r) => y(r.year)), lang), m.preliminary.length));
		if (m.contested.length)
			notes.push(t.notes.disputed(m.contested.map((r) => t.notes.pair({ year: y(r.year), t: tn(r), by: by(r.source), other: fmt.int(r.other_tonnes!), otherBy: by(r.other_tonnes_source) })).join('; ')));
		for (const r of m.usRange) notes.push(t.notes.us(y(r.year), tn(r), fmt.int(r.tonnes_high!)));

		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table(m, { fmt, t, vocab }) {
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
				if (r.other_tonnes !== null) note.push(t.table.otherFigure(fmt.int(r.other_tonnes), publisherOf(m.rows.sources, r.other_tonnes_source)));
				if (onWeakSource(r, m.rows.sources)) note.push(t.table.weakSource);
				return {
					series: t.table.seriesValues[r.series],
					year: yearText(fmt, r.year),
					edition: t.table.editionValues[r.edition],
					tonnes: fmt.int(r.tonnes) + (r.tonnes_high !== null ? `–${fmt.int(r.tonnes_high)}` : ''),
					drawn: m.earlier.includes(r) ? t.table.drawnValues.earlier : t.table.drawnValues.line,
					status: vocab.status[r.status],
					note: note.join('; '),
					source: r.source
				};
			})
		};
	},

	details(m, _state, { fmt, t, vocab }) {
		const figure = (r: Row) => ({
			key: keyOf(r),
			label: `${t.table.seriesValues[r.series]}, ${t.table.editionValues[r.edition].toLowerCase()}`,
			value: bounded(vocab, r.bound, t.details.tonnes(fmt.int(r.tonnes) + (r.tonnes_high !== null ? `–${fmt.int(r.tonnes_high)}` : ''))),
			date: yearText(fmt, r.year),
			status: [m.leaked.includes(r) ? vocab.release.leaked : '', vocab.status[r.status]].filter(Boolean).join(', '),
			sources: [r.source]
		});
		const other = (r: Row) =>
			m.contested.includes(r) && r.other_tonnes !== null && r.other_tonnes_source
				? [{ key: otherKeyOf(r), label: t.legend.other, value: t.details.tonnes(fmt.int(r.other_tonnes)), date: yearText(fmt, r.year), status: null, sources: [r.other_tonnes_source] }]
				: [];
		// In reading order: the UN figures year by year (an earlier edition beside the one that replaced it), then the US ones.
		return [...m.unodc.flatMap((r) => [figure(r), ...other(r)]), ...m.us.map(figure)];
	},

	render(m, { width, state, document, colors, fmt, t, marks }) {
		const narrow = width < 520;
		const halo = haloOf(colors.background);
		const [revisions, record] = [state === 'revisions', state === 'record'];
		const y = (n: number) => yearText(fmt, n);
		const fontSize = narrow ? type.note : type.annotation;
		const margin = { left: 44, right: narrow ? 10 : 20 };
		const max = Math.max(...m.rows['cocaine-production'].map((r) => r.tonnes_high ?? r.tonnes));
		const dimUs = revisions || record ? 0.35 : 1;
		const change = m.prev ? changeTo(m.prev, m.last) : null;
		// A year's column on the linear x scale: from half a year before it to half a year after.
		const yearBand = { x1: (d: { year: number }) => d.year - 0.5, x2: (d: { year: number }) => d.year + 0.5 };
		const step = (o: object) => ({ x1: ([a]: Row[]) => a.year, y1: ([a]: Row[]) => a.tonnes, x2: ([, b]: Row[]) => b.year, y2: ([, b]: Row[]) => b.tonnes, ...o });

		const usPoints = m.us.filter((r) => r.tonnes_high === null);
		const firm = m.line.filter((r) => !m.leaked.includes(r) && !m.preliminary.includes(r));
		const keys = narrow ? t.legendShort : t.legend;
		const legend: LegendItem[] = [
			{ key: 'unodc', label: keys.unodc, swatch: 'line', color: colors.accent },
			{ key: 'earlier', label: keys.earlier, swatch: 'dot', color: colors.accent, fill: colors.background },
			...(m.preliminary.length ? [{ key: 'preliminary', label: keys.preliminary, swatch: 'square', color: colors.caution, fill: colors.background } as const] : []),
			...(m.contested.length ? [{ key: 'other', label: keys.other, swatch: 'times', color: colors.caution } as const] : []),
			{ key: 'us', label: keys.us, swatch: 'line', color: colors.compare }
		];

		return Plot.plot({
			document,
			width,
			height: Math.round(width * RATIO),
			marginLeft: margin.left,
			marginRight: margin.right,
			marginTop: 24,
			marginBottom: 28,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			// Year ticks: every fifth year on a phone, every second one on a desktop (d3 picks round steps).
			x: { domain: [m.first.year - 0.6, m.last.year + 0.6], label: null, ticks: narrow ? 5 : 12, tickFormat: y, tickSize: 4 },
			// The inset keeps room above the data, in pixels, for the latest figure's label.
			y: { domain: [0, max], insetTop: LABEL_ROOM, grid: true, label: t.yLabel, labelAnchor: 'top', labelArrow: false, tickFormat: fmt.int, ticks: narrow ? 4 : 6 },
			marks: [
				// Years with no figure: a pale column and a note, so the break in the line reads as missing data.
				Plot.rect(m.gaps.map((year) => ({ year })), { className: 'no-figure', ...yearBand, y1: 0, y2: max * 0.45, fill: colors.grid, fillOpacity: 0.45 }),
				Plot.text(narrow && revisions && m.revisedOnly.length ? [] : m.gaps, { x: (d: number) => d, frameAnchor: 'bottom', text: () => t.labels.noFigure, rotate: -90, textAnchor: 'start', dy: -6, fill: colors.muted, fontSize: type.note - 1 }),
				revisions ? Plot.rect(m.revised, { className: 'revised-band', ...yearBand, fill: colors.highlight }) : null,
				record && m.prev ? Plot.rect([[m.prev, m.last]], { className: 'record-band', x1: ([a]: Row[]) => a.year - 0.5, x2: ([, b]: Row[]) => b.year + 0.5, fill: colors.highlight }) : null,
				Plot.ruleY([0], { stroke: colors.muted }),

				// US government: its own colour, joined only across consecutive years; a published range is a capped bar.
				Plot.line(m.us, { className: 'us-line', x: 'year', y: (r: Row) => (r.tonnes + (r.tonnes_high ?? r.tonnes)) / 2, z: yearRun(m.us), stroke: colors.compare, strokeWidth: 1.8, strokeOpacity: dimUs }),
				Plot.dot(
					usPoints,
					{ className: 'us-estimate', x: 'year', y: 'tonnes', r: 3.5, fill: colors.compare, fillOpacity: dimUs, stroke: colors.background, strokeWidth: 1, ...markKeys(marks, usPoints, keyOf) }
				),
				Plot.ruleX(m.usRange, { className: 'us-range', x: 'year', y1: 'tonnes', y2: 'tonnes_high', stroke: colors.compare, strokeWidth: 3, strokeOpacity: dimUs, ...markKeys(marks, m.usRange, keyOf) }),
				Plot.dot(m.usRange.flatMap((r) => [r.tonnes, r.tonnes_high!].map((v) => ({ year: r.year, v }))), { x: 'year', y: 'v', symbol: symbolLine, r: 3.5, stroke: colors.compare, strokeWidth: 1.5, strokeOpacity: dimUs }),

				// Earlier editions: hollow, joined by a thin rule to the figure that replaced them.
				Plot.ruleX(m.revisions, { className: 'revision-connector', x: (v: Revision) => v.earlier.year, y1: (v: Revision) => v.earlier.tonnes, y2: (v: Revision) => v.latest.tonnes, stroke: colors.accent, strokeWidth: 1, strokeDasharray: '2,2' }),

				// UNODC: the latest edition of each year; steps between editions and to the leaked year dashed, gaps left open.
				Plot.line(m.solid, { className: 'unodc-line', x: 'year', y: 'tonnes', z: m.run, stroke: colors.accent, strokeWidth: 2.5 }),
				Plot.link(m.breaks, step({ className: 'edition-break', stroke: colors.accent, strokeWidth: 2, strokeDasharray: '5,3' })),
				Plot.link(m.leakSteps, step({ className: 'leaked-link', stroke: colors.accent, strokeWidth: 2, strokeDasharray: '4,3' })),
				Plot.dot(m.earlier, { className: 'earlier-edition', x: 'year', y: 'tonnes', r: 4, fill: colors.background, stroke: colors.accent, strokeWidth: 1.8, ...markKeys(marks, m.earlier, keyOf) }),
				Plot.dot(
					firm,
					{ className: 'unodc-estimate', x: 'year', y: 'tonnes', r: 3, fill: colors.accent, ...markKeys(marks, firm, keyOf) }
				),
				// Uncertain figures differ by shape, not only by colour, from the hollow rings of earlier editions.
				Plot.dot(m.preliminary, { className: 'preliminary-figure', x: 'year', y: 'tonnes', symbol: 'square', r: 4, fill: colors.background, stroke: colors.caution, strokeWidth: 2, ...markKeys(marks, m.preliminary, keyOf) }),
				Plot.dot(m.contested, { className: 'other-figure', x: 'year', y: 'other_tonnes', symbol: 'times', r: 3.5, stroke: colors.caution, strokeWidth: 1.8, ...markKeys(marks, m.contested, otherKeyOf) }),
				Plot.dot(m.leaked, { className: 'unodc-leaked', x: 'year', y: 'tonnes', r: 5.5, fill: colors.background, stroke: colors.caution, strokeWidth: 2, strokeDasharray: '2,1.5', ...markKeys(marks, m.leaked, keyOf) }),
				Plot.dot(m.leaked, { x: 'year', y: 'tonnes', r: 2, fill: colors.caution }),

				// Labels.
				Plot.text(m.leaked, {
					x: 'year',
					y: 'tonnes',
					text: (r: Row) => (record && change && m.prev ? t.labels.change(fmt.num(change.pct, change.digits), y(m.prev.year)) + '\n' : '') + t.labels.leaked(fmt.int(r.tonnes)),
					...leakedLabel(colors, narrow ? 12 : 17)
				}),
				record && m.prev
					? Plot.text([m.prev], {
							className: 'previous-label',
							x: 'year',
							y: 'tonnes',
							// A figure on a weak source says so where it is drawn; on a phone, on two lines, clear of the legend.
							text: (r: Row) => t.labels.value(fmt.int(r.tonnes)) + (m.weak.includes(r) ? (narrow ? '\n' : ' ') + t.labels.weak : ''),
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
							x: (v: Revision) => v.earlier.year,
							y: (v: Revision) => v.earlier.tonnes,
							text: (v: Revision) => t.labels.revision(fmt.int(v.earlier.tonnes), fmt.int(v.latest.tonnes)),
							dx: -9,
							textAnchor: 'end',
							fontWeight: 700,
							fill: colors.ink,
							...halo
						})
					: null,
				revisions ? Plot.text(m.revisedOnly, { className: 'revised-only-label', x: 'year', y: 'tonnes', text: () => t.labels.revisedOnly, dy: -12, lineAnchor: 'bottom', fill: colors.ink, ...halo }) : null,

				// Legend on the left, where every series runs low: below the room kept for the latest label on a
				// desktop; on a phone, a narrow column from the top, beside that label and above the revision labels.
				...(narrow
					? legendMarks(legend, { width: 112, fontSize, ink: colors.ink, top: 8, align: 'middle' })
					: legendMarks(legend, { width: (width - margin.left - margin.right) * 0.55, fontSize, ink: colors.ink, top: LABEL_ROOM, align: 'middle' }))
			]
		});
	}
});
