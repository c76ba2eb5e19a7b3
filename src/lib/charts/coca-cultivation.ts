import * as Plot from '@observablehq/plot';
import type { CocaCultivationRow } from '$lib/data/rows';
import { isoToDate, type Formatters } from '$lib/i18n/format';
import type { CocaCultivationStrings } from '$lib/i18n/en/charts/coca-cultivation';
import { defineChart } from './chart-definition';
import { articleClaim, halo as haloOf, leakedLabel, legendMarks, yearRuns } from './chart-helpers';
import { fonts, type } from './theme';

/** The article's figures this chart checks, by claim id (data/article-claims.csv). */
const CLAIMS = { area: 'coca-area-2024', police: 'police-coca-area' } as const;
/** The timeline event that dates the leak (data/timeline.csv). */
const LEAK_EVENT = 'unodc-leak';
/** Height is this share of width at every width, so a redraw never changes the aspect ratio. */
const RATIO = 0.75;

type Row = CocaCultivationRow;

const series = (rows: Row[], s: Row['series']) => rows.filter((r) => r.series === s).sort((a, b) => a.year - b.year);

/** A different figure another source published for the same year (a typed column, e.g. 148,000 ha for 2016). */
const otherFigures = (r: Row): number[] => (r.other_hectares === null ? [] : [r.other_hectares]);

/** The key rows every view and text uses, found from the data. */
function keyRows(rows: Row[]) {
	const unodc = series(rows, 'unodc_simci');
	const us = series(rows, 'us_government');
	const police = series(rows, 'police_siima');
	const low = unodc.reduce((a, b) => (b.hectares < a.hectares ? b : a));
	const first = unodc[0];
	const last = unodc[unodc.length - 1];
	return { unodc, us, police, low, first, last };
}

/** How many times the low the latest area is. */
const multiple = (last: Row, low: Row) => last.hectares / low.hectares;

const yearText = (fmt: Formatters, year: number) => fmt.date(String(year));
/** Police figures are dated to the month where the source gives one ("August 2025"). */
const policeWhen = (fmt: Formatters, r: Row) => fmt.date(r.as_of ?? String(r.year));

export const cocaCultivation = defineChart({
	id: 'coca-cultivation',
	states: ['all', 'low-and-rise', 'estimates'],

	select: (data) => ({
		'coca-cultivation': data['coca-cultivation'],
		'article-claims': data['article-claims'].filter((c) => Object.values(CLAIMS).includes(c.id as never)),
		timeline: data.timeline.filter((e) => e.id === LEAK_EVENT)
	}),

	model: (rows) => ({ rows, ...keyRows(rows['coca-cultivation']) }),

	text(k, state, { fmt, t }) {
		const { rows } = k;
		const leaked = k.unodc.filter((r) => r.release === 'leaked');
		const leak = rows.timeline.find((e) => e.id === LEAK_EVENT);
		const areaClaim = articleClaim(rows['article-claims'], CLAIMS.area);
		const policeClaim = articleClaim(rows['article-claims'], CLAIMS.police);
		const policeLatest = k.police.find((r) => r.hectares === policeClaim.value) ?? k.police[k.police.length - 1];
		const policeEarly = k.police.find((r) => r !== policeLatest);
		const firstPress = k.unodc.find((r) => r.release !== 'official');
		const contested = k.unodc.filter((r) => otherFigures(r).length > 0);
		const y = (n: number) => yearText(fmt, n);

		let alt = t.alt(y(k.first.year), fmt.int(k.first.hectares), y(k.low.year), fmt.int(k.low.hectares), y(k.last.year), fmt.int(k.last.hectares));
		for (const r of leaked) alt += ' ' + t.altLeaked(y(r.year));
		if (state === 'low-and-rise') alt += ' ' + t.altState['low-and-rise'](y(k.low.year), fmt.int(k.low.hectares), y(k.last.year), fmt.num(multiple(k.last, k.low), 1));
		if (state === 'estimates' && k.us.length && policeEarly) {
			const usFirst = k.us[0];
			const usLast = k.us[k.us.length - 1];
			alt +=
				' ' +
				t.altState.estimates(
					y(usFirst.year),
					fmt.int(usFirst.hectares),
					y(usLast.year),
					fmt.int(usLast.hectares),
					policeWhen(fmt, policeLatest),
					fmt.int(policeLatest.hectares),
					policeWhen(fmt, policeEarly),
					fmt.int(policeEarly.hectares)
				);
		}

		const notes: string[] = [];
		for (const r of leaked) {
			notes.push(t.notes.leaked(y(r.year), fmt.int(r.hectares), leak ? fmt.date(leak.date) : y(r.year)));
			if (areaClaim.value === r.hectares) notes.push(t.notes.article(fmt.int(r.hectares)));
		}
		if (firstPress) notes.push(t.notes.rounded(y(firstPress.year)));
		if (contested.length)
			notes.push(
				t.notes.contested(
					contested.map((r) => t.notes.pair(y(r.year), fmt.int(r.hectares), otherFigures(r).map(fmt.int).join(' / '))).join('; ')
				)
			);
		if (state === 'estimates') {
			if (policeEarly) notes.push(t.notes.police(fmt.int(policeLatest.hectares), policeWhen(fmt, policeLatest), fmt.int(policeEarly.hectares), policeWhen(fmt, policeEarly)));
			notes.push(t.notes.us);
		} else notes.push(t.notes.othersLeftOut(t.states.estimates));

		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table({ rows }, { fmt, t }) {
		const order: Row['series'][] = ['unodc_simci', 'us_government', 'police_siima'];
		const all = order.flatMap((s) => series(rows['coca-cultivation'], s));
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
			rows: all.map((r) => {
				const note: string[] = [];
				if (r.as_of) note.push(t.table.asOf(fmt.date(r.as_of)));
				if (r.series === 'police_siima') note.push(t.table.differentMethod);
				for (const n of otherFigures(r)) note.push(t.table.otherFigure(fmt.int(n)));
				return {
					series: t.table.seriesValues[r.series],
					year: yearText(fmt, r.year),
					hectares: (r.bound === 'approximately' ? `${t.table.about} ` : '') + fmt.int(r.hectares),
					release: t.table.releaseValues[r.release],
					status: t.table.statusValues[r.status],
					note: note.join('; '),
					source: r.source
				};
			})
		};
	},

	render(k, { width, state, document, colors, fmt, t }) {
		const { rows } = k;
		const narrow = width < 520;
		const halo = haloOf(colors.background);
		const others = state === 'estimates';
		const lowRise = state === 'low-and-rise';

		const official = k.unodc.filter((r) => r.release !== 'leaked');
		const leaked = k.unodc.filter((r) => r.release === 'leaked');
		const line = yearRuns(official).flatMap((run, i) => run.map((r) => ({ ...r, run: i })));
		// A leaked year hangs off the year before it by a dashed segment; it never joins the official line.
		const leakLinks = leaked.flatMap((r, i) => {
			const prev = official.find((p) => p.year === r.year - 1);
			return prev ? [{ ...prev, run: i }, { ...r, run: i }] : [];
		});
		const usLine = yearRuns(k.us).flatMap((run, i) => run.map((r) => ({ ...r, run: i })));
		// The low and any year within 5% of it, as one band per run of years.
		const lowSpans = yearRuns(k.unodc.filter((r) => r.hectares <= k.low.hectares * 1.05)).map((run) => ({ x1: run[0].year - 0.5, x2: run[run.length - 1].year + 0.5 }));

		// One scale for every view, so stepping between states never rescales the UN line.
		const max = Math.max(...rows['coca-cultivation'].map((r) => r.hectares));
		const top = max * 1.32;
		const x0 = k.unodc[0].year - 0.6;
		const x1 = Math.max(...rows['coca-cultivation'].map((r) => r.year)) + 0.6;
		// Year ticks: every fifth year on a phone, every second one on a desktop (d3 picks round steps).
		const ticks = narrow ? 5 : 12;
		const kilo = (v: number) => fmt.int(v / 1000);
		const y = (n: number) => yearText(fmt, n);

		const survey = k.unodc.filter((r) => r.release === 'official' && r.bound === 'exact');
		const rounded = k.unodc.filter((r) => r.release !== 'leaked' && !(r.release === 'official' && r.bound === 'exact'));
		const contested = k.unodc.filter((r) => r.status === 'contested');

		const legend = others
			? [
					{ key: 'unodc', label: t.legend.unodc, color: colors.accent, symbol: 'circle', fill: colors.accent },
					{ key: 'us', label: t.legend.us, color: colors.compare, symbol: 'circle', fill: colors.compare },
					{ key: 'police', label: t.legend.police, color: colors.other, symbol: 'diamond', fill: 'none' }
				]
			: [
					{ key: 'rounded', label: t.legend.rounded, color: colors.accent, symbol: 'circle', fill: colors.background },
					{ key: 'contested', label: t.legend.contested, color: colors.caution, symbol: 'circle', fill: colors.background }
				];
		const legendStep = 16;
		const last = k.last;
		const policeBlock = [t.labels.policeHeader, ...k.police.map((r) => t.labels.police(fmt.int(r.hectares), r.as_of ? fmt.monthYear(isoToDate(r.as_of)) : y(r.year)))].join('\n');

		return Plot.plot({
			document,
			width,
			height: Math.round(width * RATIO),
			marginLeft: 36,
			marginRight: narrow ? 10 : 20,
			marginTop: 24,
			marginBottom: 28,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			x: { domain: [x0, x1], label: null, ticks, tickFormat: (d: number) => y(d), tickSize: 4 },
			y: { domain: [0, top], grid: true, label: t.yLabel, labelAnchor: 'top', labelArrow: false, tickFormat: kilo, ticks: narrow ? 4 : 6 },
			marks: [
				lowRise ? Plot.rectX(lowSpans, { className: 'low-band', x1: 'x1', x2: 'x2', y1: 0, y2: top, fill: colors.highlight }) : null,
				Plot.ruleY([0], { stroke: colors.muted }),

				// The UN survey: solid where official or press-reported, dashed to a leaked year.
				Plot.line(line, { className: 'unodc-line', x: 'year', y: 'hectares', z: 'run', stroke: colors.accent, strokeWidth: 2.5 }),
				leakLinks.length
					? Plot.line(leakLinks, { className: 'leaked-link', x: 'year', y: 'hectares', z: 'run', stroke: colors.accent, strokeWidth: 2, strokeDasharray: '4,3' })
					: null,

				// Other methods, only in the comparison view: never joined to the UN line.
				others && usLine.length
					? Plot.line(usLine, { className: 'us-line', x: 'year', y: 'hectares', z: 'run', stroke: colors.compare, strokeWidth: 1.8 })
					: null,
				others && k.us.length
					? Plot.dot(k.us, { className: 'us-estimate', x: 'year', y: 'hectares', r: 3.5, fill: colors.compare, stroke: colors.background, strokeWidth: 1 })
					: null,

				Plot.dot(survey, { className: 'unodc-survey', x: 'year', y: 'hectares', r: 3, fill: colors.accent }),
				Plot.dot(rounded, { className: 'unodc-rounded', x: 'year', y: 'hectares', r: 3.5, fill: colors.background, stroke: colors.accent, strokeWidth: 1.6 }),
				contested.length
					? Plot.dot(contested, { className: 'contested-figure', x: 'year', y: 'hectares', r: 3.5, fill: colors.background, stroke: colors.caution, strokeWidth: 2 })
					: null,
				Plot.dot(leaked, { className: 'unodc-leaked', x: 'year', y: 'hectares', r: 5.5, fill: colors.background, stroke: colors.caution, strokeWidth: 2, strokeDasharray: '2,1.5' }),
				Plot.dot(leaked, { x: 'year', y: 'hectares', r: 2, fill: colors.caution }),

				others && k.police.length
					? Plot.dot(k.police, { className: 'police-siima', x: 'year', y: 'hectares', r: 6, symbol: 'diamond', fill: 'none', stroke: colors.other, strokeWidth: 2 })
					: null,

				// Labels.
				Plot.text(leaked, {
					x: 'year',
					y: 'hectares',
					text: (r: Row) => t.labels.leaked(fmt.int(r.hectares)),
					...leakedLabel(colors)
				}),
				...(lowRise
					? [
							Plot.ruleY([k.low], { x1: 'year', x2: last.year, y: 'hectares', stroke: colors.muted, strokeDasharray: '3,3' }),
							Plot.arrow([{ x: last.year, y1: k.low.hectares, y2: last.hectares }], {
								className: 'rise-arrow',
								x: 'x',
								y1: 'y1',
								y2: 'y2',
								insetEnd: 9,
								headLength: 7,
								stroke: colors.ink,
								strokeWidth: 1.5
							}),
							Plot.text([{ x: last.year, y: k.low.hectares + (last.hectares - k.low.hectares) * 0.22 }], {
								className: 'multiple-label',
								x: 'x',
								y: 'y',
								text: () => t.labels.multiple(fmt.num(multiple(last, k.low), 1), y(k.low.year)),
								dx: -7,
								textAnchor: 'end',
								lineWidth: narrow ? 7 : 16,
								fontWeight: 700,
								fill: colors.ink,
								...halo
							}),
							Plot.text([k.low], {
								className: 'low-label',
								x: 'year',
								y: 'hectares',
								text: (r: Row) => t.labels.low(fmt.int(r.hectares), y(r.year)),
								dy: 9,
								lineAnchor: 'top',
								fontWeight: 700,
								fill: colors.ink,
								...halo
							}),
							Plot.text([k.first], {
								className: 'start-label',
								x: 'year',
								y: 'hectares',
								text: (r: Row) => t.labels.start(fmt.int(r.hectares), y(r.year)),
								dy: -10,
								dx: -4,
								textAnchor: 'start',
								lineAnchor: 'bottom',
								fill: colors.ink,
								...halo
							})
						]
					: []),
				others && k.police.length
					? Plot.text([policeBlock], {
							className: 'police-label',
							frameAnchor: 'bottom-right',
							text: (d: string) => d,
							dx: -2,
							dy: -8,
							textAnchor: 'end',
							lineAnchor: 'bottom',
							fill: colors.other,
							fontWeight: 600,
							...halo
						})
					: null,

				// Legend, top left, where every series runs low.
				...legendMarks(legend, { top: 8, step: legendStep, fontSize: narrow ? type.note : type.annotation, ink: colors.ink })
			]
		});
	}
});
