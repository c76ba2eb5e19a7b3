import * as Plot from '@observablehq/plot';
import type { CocaCultivationRow, Datasets } from '$lib/data/rows';
import { isoToDate, type Formatters } from '$lib/i18n/format';
import type { CocaCultivationStrings } from '$lib/i18n/en/charts/coca-cultivation';
import { defineChart } from './chart-definition';
import { articleClaim, bounded, citedSources, halo as haloOf, leakedLabel, markKeys, onWeakSource, publisherOf, yearRun, yearSteps } from './chart-helpers';
import { legendMarks, type LegendItem } from './legend';
import { fonts, type } from './theme';

/** The article's figures this chart checks, by claim id (data/article-claims.csv). */
const CLAIMS = { area: 'coca-area-2024', police: 'police-coca-area' } as const;
/** The timeline event that dates the leak (data/timeline.csv). */
const LEAK_EVENT = 'unodc-leak';
/** Height is this share of width at every width, so a redraw never changes the aspect ratio. */
const RATIO = 0.75;
/** A year within this share of the low counts as part of it: the band of the low-and-rise view. */
const NEAR_LOW = 1.05;
/** Pixels kept above the highest figure for the labels stacked over it: two police lines and the leaked label. */
const LABEL_ROOM = 60;
/** One line of a label, in pixels (Plot's default line height is 1em). */
const LINE = type.annotation;

type Row = CocaCultivationRow;
type Rows = Pick<Datasets, 'coca-cultivation' | 'article-claims' | 'timeline' | 'sources'>;

const series = (rows: Row[], s: Row['series']) => rows.filter((r) => r.series === s).sort((a, b) => a.year - b.year);

/** Every figure the text, the table, the drawing and the story read, found once from the rows. */
function derive(rows: Rows) {
	const all = rows['coca-cultivation'];
	const unodc = series(all, 'unodc_simci');
	const us = series(all, 'us_government');
	const police = series(all, 'police_siima');
	const low = unodc.reduce((a, b) => (b.hectares < a.hectares ? b : a));
	const first = unodc[0];
	const last = unodc[unodc.length - 1];
	const leaked = unodc.filter((r) => r.release === 'leaked');
	const official = unodc.filter((r) => r.release !== 'leaked');
	const survey = official.filter((r) => r.release === 'official' && r.bound === 'exact');
	// The figure Petro cited is the police one the article's claim names; the other is the earlier one.
	const policeClaim = articleClaim(rows['article-claims'], CLAIMS.police);
	const policeLatest = police.find((r) => r.hectares === policeClaim.value) ?? police[police.length - 1];
	return {
		rows,
		unodc,
		us,
		police,
		low,
		first,
		last,
		leaked,
		official,
		survey,
		/** Rounded figures from press coverage: every UN figure that is neither the survey's own nor leaked. */
		rounded: official.filter((r) => !survey.includes(r)),
		/** Years another outlet gave a different figure for (typed columns, not notes). */
		contested: unodc.filter((r) => r.other_hectares !== null),
		weak: unodc.filter((r) => onWeakSource(r, rows.sources)),
		nearLow: unodc.filter((r) => r.hectares <= low.hectares * NEAR_LOW),
		/** Each leaked year hangs off the year before it by a dashed step; it never joins the official line. */
		leakSteps: yearSteps(unodc).filter(([, b]) => leaked.includes(b)),
		multiple: last.hectares / low.hectares,
		policeLatest,
		policeEarly: police.find((r) => r !== policeLatest),
		firstPress: unodc.find((r) => r.release !== 'official'),
		leak: rows.timeline.find((e) => e.id === LEAK_EVENT)
	};
}

/** A figure's key: its series and the year, or the month, it counts (the police give two for one year). */
const keyOf = (r: Row) => `${r.series}-${r.as_of ?? r.year}`;
const otherKeyOf = (r: Row) => `other-${keyOf(r)}`;

const yearText = (fmt: Formatters, year: number) => fmt.date(String(year));
/** Police figures are dated to the month where the source gives one ("August 2025"). */
const policeWhen = (fmt: Formatters, r: Row) => fmt.date(r.as_of ?? String(r.year));

export const cocaCultivation = defineChart({
	id: 'coca-cultivation',
	states: ['all', 'low-and-rise', 'estimates'],

	select: (data): Rows => ({
		'coca-cultivation': data['coca-cultivation'],
		'article-claims': data['article-claims'].filter((c) => Object.values(CLAIMS).includes(c.id as never)),
		timeline: data.timeline.filter((e) => e.id === LEAK_EVENT),
		// Only who published each cited source and how reliable it is: names the outlets that differ, flags weak ones.
		sources: citedSources(data.sources, data['coca-cultivation'])
	}),

	model: derive,

	text(k, state, { fmt, t, lang }) {
		const y = (n: number) => yearText(fmt, n);
		const areaClaim = articleClaim(k.rows['article-claims'], CLAIMS.area);
		const by = (id: string | null) => publisherOf(k.rows.sources, id);

		let alt = t.alt({ first: y(k.first.year), firstHa: fmt.int(k.first.hectares), low: y(k.low.year), lowHa: fmt.int(k.low.hectares), last: y(k.last.year), lastHa: fmt.int(k.last.hectares) });
		for (const r of k.leaked) alt += ' ' + t.altLeaked(y(r.year));
		if (state === 'low-and-rise') alt += ' ' + t.altState['low-and-rise']({ low: y(k.low.year), lowHa: fmt.int(k.low.hectares), last: y(k.last.year), times: fmt.num(k.multiple, 1) });
		if (state === 'estimates' && k.us.length && k.policeEarly) {
			const [usFirst, usLast, police, early] = [k.us[0], k.us[k.us.length - 1], k.policeLatest, k.policeEarly];
			alt +=
				' ' +
				t.altState.estimates({
					usFirst: y(usFirst.year), usFirstHa: fmt.int(usFirst.hectares), usLast: y(usLast.year), usLastHa: fmt.int(usLast.hectares),
					police: policeWhen(fmt, police), policeHa: fmt.int(police.hectares), policeEarly: policeWhen(fmt, early), policeEarlyHa: fmt.int(early.hectares)
				});
		}

		const notes: string[] = [];
		for (const r of k.leaked) {
			notes.push(t.notes.leaked(y(r.year), fmt.int(r.hectares), k.leak ? fmt.date(k.leak.date) : y(r.year)));
			if (areaClaim.value === r.hectares) notes.push(t.notes.article(fmt.int(r.hectares)));
		}
		if (k.firstPress) notes.push(t.notes.rounded(y(k.firstPress.year)));
		if (k.contested.length)
			notes.push(
				t.notes.contested(
					k.contested
						.map((r) => t.notes.pair({ year: y(r.year), ha: fmt.int(r.hectares), by: by(r.source), other: fmt.int(r.other_hectares!), otherBy: by(r.other_hectares_source) }))
						.join('; ')
				)
			);
		if (k.weak.length) notes.push(t.notes.weak(new Intl.ListFormat(lang, { type: 'conjunction' }).format(k.weak.map((r) => y(r.year))), k.weak.length));
		if (state === 'estimates') {
			if (k.policeEarly)
				notes.push(t.notes.police({ ha: fmt.int(k.policeLatest.hectares), when: policeWhen(fmt, k.policeLatest), earlyHa: fmt.int(k.policeEarly.hectares), early: policeWhen(fmt, k.policeEarly) }));
			notes.push(t.notes.us);
		} else notes.push(t.notes.othersLeftOut(t.states.estimates));

		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table(k, { fmt, t, vocab }) {
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'series', label: t.table.series },
				{ key: 'year', label: t.table.year },
				{ key: 'hectares', label: t.table.hectares, numeric: true },
				{ key: 'release', label: t.table.release },
				{ key: 'status', label: t.table.status },
				{ key: 'note', label: t.table.note },
				{ key: 'source', label: t.table.source }
			],
			rows: [...k.unodc, ...k.us, ...k.police].map((r) => {
				const note: string[] = [];
				if (r.as_of) note.push(t.table.asOf(fmt.date(r.as_of)));
				if (r.series === 'police_siima') note.push(t.table.differentMethod);
				if (r.other_hectares !== null) note.push(t.table.otherFigure(fmt.int(r.other_hectares), publisherOf(k.rows.sources, r.other_hectares_source)));
				if (k.weak.includes(r)) note.push(t.table.weakSource);
				return {
					series: t.table.seriesValues[r.series],
					year: yearText(fmt, r.year),
					hectares: [vocab.bound[r.bound], fmt.int(r.hectares)].filter(Boolean).join(' '),
					release: t.table.releaseValues[r.release],
					status: vocab.status[r.status],
					note: note.join('; '),
					source: r.source
				};
			})
		};
	},

	details(k, state, { fmt, t, vocab }) {
		const figure = (r: Row) => ({
			key: keyOf(r),
			label: t.table.seriesValues[r.series],
			value: bounded(vocab, r.bound, t.details.hectares(fmt.int(r.hectares))),
			date: r.series === 'police_siima' ? policeWhen(fmt, r) : yearText(fmt, r.year),
			status: [r.release === 'official' ? '' : vocab.release[r.release], vocab.status[r.status]].filter(Boolean).join(', '),
			sources: [r.source]
		});
		const other = (r: Row) =>
			r.other_hectares === null || !r.other_hectares_source
				? []
				: [{ key: otherKeyOf(r), label: t.legend.other, value: t.details.hectares(fmt.int(r.other_hectares)), date: yearText(fmt, r.year), status: null, sources: [r.other_hectares_source] }];
		// In reading order: along the UN line, each year with the other outlet's figure for it; the
		// other methods only where they are drawn.
		return [...k.unodc.flatMap((r) => [figure(r), ...other(r)]), ...(state === 'estimates' ? [...k.us, ...k.police].map(figure) : [])];
	},

	render(k, { width, state, document, colors, fmt, t, marks }) {
		const narrow = width < 520;
		const halo = haloOf(colors.background);
		const others = state === 'estimates';
		const lowRise = state === 'low-and-rise';
		const y = (n: number) => yearText(fmt, n);
		const all = k.rows['coca-cultivation'];
		const fontSize = narrow ? type.note : type.annotation;
		const margin = { left: 36, right: narrow ? 10 : 20 };

		const legend: LegendItem[] = others
			? [
					{ key: 'unodc', label: t.legend.unodc, swatch: 'dot', color: colors.accent },
					{ key: 'us', label: t.legend.us, swatch: 'dot', color: colors.compare },
					{ key: 'police', label: narrow ? t.legend.policeShort : t.legend.police, swatch: 'diamond', color: colors.other, fill: colors.background }
				]
			: [
					{ key: 'rounded', label: t.legend.rounded, swatch: 'dot', color: colors.accent, fill: colors.background },
					...(k.contested.length ? [{ key: 'other', label: t.legend.other, swatch: 'times', color: colors.caution } as const] : [])
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
			x: { domain: [k.first.year - 0.6, Math.max(...all.map((r) => r.year)) + 0.6], label: null, ticks: narrow ? 5 : 12, tickFormat: y, tickSize: 4 },
			// One scale for every view, so stepping between states never rescales the UN line; the inset
			// keeps room above the data, in pixels, for the stacked labels of the latest figures.
			y: {
				domain: [0, Math.max(...all.map((r) => r.hectares))],
				insetTop: LABEL_ROOM,
				grid: true,
				label: t.yLabel,
				labelAnchor: 'top',
				labelArrow: false,
				tickFormat: (v: number) => fmt.int(v / 1000),
				ticks: narrow ? 4 : 6
			},
			marks: [
				lowRise ? Plot.rect(k.nearLow, { className: 'low-band', x1: (r: Row) => r.year - 0.5, x2: (r: Row) => r.year + 0.5, fill: colors.highlight }) : null,
				Plot.ruleY([0], { stroke: colors.muted }),

				// The UN survey: one path per run of years, a dashed step to a leaked year.
				Plot.line(k.official, { className: 'unodc-line', x: 'year', y: 'hectares', z: yearRun(k.official), stroke: colors.accent, strokeWidth: 2.5 }),
				Plot.link(k.leakSteps, {
					className: 'leaked-link',
					x1: ([a]: Row[]) => a.year,
					y1: ([a]: Row[]) => a.hectares,
					x2: ([, b]: Row[]) => b.year,
					y2: ([, b]: Row[]) => b.hectares,
					stroke: colors.accent,
					strokeWidth: 2,
					strokeDasharray: '4,3'
				}),

				// Other methods, only in the comparison view: never joined to the UN line.
				others ? Plot.line(k.us, { className: 'us-line', x: 'year', y: 'hectares', z: yearRun(k.us), stroke: colors.compare, strokeWidth: 1.8 }) : null,
				others ? Plot.dot(k.us, { className: 'us-estimate', x: 'year', y: 'hectares', r: 3.5, fill: colors.compare, stroke: colors.background, strokeWidth: 1, ...markKeys(marks, k.us, keyOf) }) : null,

				Plot.dot(k.survey, { className: 'unodc-survey', x: 'year', y: 'hectares', r: 3, fill: colors.accent, ...markKeys(marks, k.survey, keyOf) }),
				Plot.dot(k.rounded, { className: 'unodc-rounded', x: 'year', y: 'hectares', r: 3.5, fill: colors.background, stroke: colors.accent, strokeWidth: 1.6, ...markKeys(marks, k.rounded, keyOf) }),
				// Where another outlet gave another figure, an × at that figure: a shape, not only a colour, apart from the rings.
				Plot.dot(k.contested, { className: 'other-figure', x: 'year', y: 'other_hectares', symbol: 'times', r: 3.5, stroke: colors.caution, strokeWidth: 1.8, ...markKeys(marks, k.contested, otherKeyOf) }),
				Plot.dot(k.leaked, { className: 'unodc-leaked', x: 'year', y: 'hectares', r: 5.5, fill: colors.background, stroke: colors.caution, strokeWidth: 2, strokeDasharray: '2,1.5', ...markKeys(marks, k.leaked, keyOf) }),
				Plot.dot(k.leaked, { x: 'year', y: 'hectares', r: 2, fill: colors.caution }),
				others ? Plot.dot(k.police, { className: 'police-siima', x: 'year', y: 'hectares', r: 6, symbol: 'diamond', fill: 'none', stroke: colors.other, strokeWidth: 2, ...markKeys(marks, k.police, keyOf) }) : null,

				// In the comparison view the police figures sit right over their diamonds and the leaked label over them.
				Plot.text(k.leaked, {
					x: 'year',
					y: 'hectares',
					text: (r: Row) => t.labels.leaked(fmt.int(r.hectares)),
					...leakedLabel(colors, narrow ? 12 : 17),
					...(others ? { dy: -(12 + k.police.length * LINE + 8) } : {})
				}),
				...(lowRise
					? [
							Plot.ruleY([k.low], { x1: 'year', x2: k.last.year, y: 'hectares', stroke: colors.muted, strokeDasharray: '3,3' }),
							Plot.arrow([k.last], { className: 'rise-arrow', x: 'year', y1: k.low.hectares, y2: 'hectares', insetEnd: 9, headLength: 7, stroke: colors.ink, strokeWidth: 1.5 }),
							// Just above the low's dashed rule, left of the arrow that climbs from it.
							Plot.text([k.last], {
								className: 'multiple-label',
								x: 'year',
								y: k.low.hectares,
								text: () => t.labels.multiple(fmt.num(k.multiple, 1), y(k.low.year)),
								dx: -7,
								dy: -6,
								textAnchor: 'end',
								lineAnchor: 'bottom',
								lineWidth: narrow ? 8 : 16,
								fontWeight: 700,
								fill: colors.ink,
								...halo
							}),
							Plot.text([k.low], { className: 'low-label', x: 'year', y: 'hectares', text: (r: Row) => t.labels.low(fmt.int(r.hectares), y(r.year)), dy: 9, lineAnchor: 'top', fontWeight: 700, fill: colors.ink, ...halo }),
							Plot.text([k.first], { className: 'start-label', x: 'year', y: 'hectares', text: (r: Row) => t.labels.start(fmt.int(r.hectares), y(r.year)), dx: -4, dy: -10, textAnchor: 'start', lineAnchor: 'bottom', fill: colors.ink, ...halo })
						]
					: []),
				// The police figures, right above the latest of their diamonds, in their colour.
				others
					? Plot.text([k.policeLatest], {
							className: 'police-label',
							x: 'year',
							y: 'hectares',
							text: () => k.police.map((r) => t.labels.police(fmt.int(r.hectares), r.as_of ? fmt.monthYear(isoToDate(r.as_of)) : y(r.year))).join('\n'),
							dx: 8,
							dy: -12,
							textAnchor: 'end',
							lineAnchor: 'bottom',
							fill: colors.other,
							fontWeight: 600,
							fontSize: LINE,
							...halo
						})
					: null,

				// Legend on the left, where every series runs low, just below the room kept for the latest labels.
				...legendMarks(legend, { width: (width - margin.left - margin.right) * 0.55, fontSize, ink: colors.ink, top: LABEL_ROOM, align: 'middle' })
			]
		});
	}
});
