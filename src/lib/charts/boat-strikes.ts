import * as Plot from '@observablehq/plot';
import { isoToDate } from '$lib/i18n/format';
import type { BoatStrikesStrings } from '$lib/i18n/en/charts/boat-strikes';
import { defineChart } from './chart-definition';
import { fonts, type } from './theme';
import { articleClaim } from './chart-helpers';

/** The timeline events the chart marks; ids are keys of data/timeline.csv. */
const EVENTS = { maduro: 'maduro-captured', meeting: 'white-house-meeting' } as const;

/** The strike total the article quotes, found through its claim row rather than typed here. */
function articleRow(strikes: { deaths: number; date: string }[], claims: { id: string; value: number | null }[]) {
	const deaths = articleClaim(claims, 'strike-deaths').value;
	const row = strikes.find((r) => r.deaths === deaths);
	if (!row) throw new Error(`boat-strikes chart: no running total equals the article's ${deaths} killed`);
	return row;
}

export const boatStrikes = defineChart({
	id: 'boat-strikes',
	states: ['all', 'article-figure', 'after-meeting'],

	select: (data) => ({
		'boat-strikes': data['boat-strikes'],
		timeline: data.timeline.filter((e) => Object.values(EVENTS).includes(e.id as never)),
		'article-claims': data['article-claims'].filter((c) => c.id === 'strike-deaths' || c.id === 'strike-operations')
	}),

	model: (rows) => ({ rows }),

	text({ rows }, state, { fmt, t }) {
		const strikes = rows['boat-strikes'];
		const first = strikes[0];
		const last = strikes[strikes.length - 1];
		const art = articleRow(strikes, rows['article-claims']);
		const ops = articleClaim(rows['article-claims'], 'strike-operations').value ?? 0;
		const meeting = rows.timeline.find((e) => e.id === EVENTS.meeting)!;
		let alt = t.alt(fmt.date(first.date), fmt.int(first.deaths), fmt.date(last.date), fmt.int(last.deaths), fmt.int(art.deaths), fmt.date(art.date));
		if (state === 'article-figure') alt += ' ' + t.altState['article-figure'](fmt.int(art.deaths), fmt.int(ops));
		if (state === 'after-meeting') alt += ' ' + t.altState['after-meeting'](fmt.date(meeting.date), fmt.int(last.deaths));
		return {
			title: t.title,
			subtitle: t.subtitle,
			notes: [t.notes.articleFigure(fmt.int(art.deaths), fmt.int(ops), fmt.date(art.date)), t.notes.outlets],
			alt
		};
	},

	table({ rows }, { fmt, t }) {
		const bound = (b: string) => (b === 'at_least' ? `${t.table.atLeast} ` : b === 'approximately' ? `${t.table.approx} ` : '');
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'date', label: t.table.date },
				{ key: 'deaths', label: t.table.deaths, numeric: true },
				{ key: 'strikes', label: t.table.strikes, numeric: true },
				{ key: 'seas', label: t.table.seas },
				{ key: 'source', label: t.table.source }
			],
			rows: rows['boat-strikes'].map((r) => ({
				date: fmt.date(r.date),
				deaths: bound(r.deaths_bound) + fmt.int(r.deaths),
				strikes: r.strikes === null ? '' : bound(r.strikes_bound ?? 'exact') + fmt.int(r.strikes),
				seas: t.table.seasValues[r.seas],
				source: r.source
			}))
		};
	},

	render({ rows }, { width, state, document, colors, fmt, t }) {
		const data = rows['boat-strikes'].map((r) => ({ ...r, d: isoToDate(r.date) }));
		const art = articleRow(rows['boat-strikes'], rows['article-claims']);
		const meeting = rows.timeline.find((e) => e.id === EVENTS.meeting)!;
		const maduro = rows.timeline.find((e) => e.id === EVENTS.maduro)!;
		const pacific = data.find((r) => r.seas === 'caribbean_and_pacific')!;
		const max = Math.max(...data.map((r) => r.deaths));
		const narrow = width < 520;
		// On a phone the three marks are a few pixels apart: short labels, one row each.
		const words = narrow ? t.annotationsShort : t.annotations;
		const events = [
			{ d: pacific.d, label: words.pacific, row: narrow ? 0 : 1 },
			{ d: isoToDate(maduro.date), label: words.maduro, row: 1 },
			{ d: isoToDate(meeting.date), label: words.meeting, row: 2 }
		];
		const top = max * 1.35;
		const lineHeight = max * (narrow ? 0.1 : 0.085);
		const after = (r: (typeof data)[number]) => r.d > isoToDate(meeting.date);
		const emphasis = (r: (typeof data)[number]) =>
			state === 'article-figure' ? r.date === art.date : state === 'after-meeting' ? after(r) : true;
		const dim = (r: (typeof data)[number]) => (emphasis(r) ? 1 : 0.35);

		return Plot.plot({
			document,
			width,
			// One ratio at every width: a redraw at the reader's width never changes the chart's shape.
			height: Math.round(width * 0.66),
			marginLeft: 44,
			marginRight: narrow ? 16 : 28,
			marginTop: 16,
			marginBottom: 32,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			x: { type: 'utc', label: null, ticks: narrow ? 4 : 7, tickFormat: fmt.monthYear },
			y: { domain: [0, top], grid: true, label: t.yLabel, labelAnchor: 'top', labelArrow: false, tickFormat: fmt.int, ticks: 5 },
			marks: [
				Plot.ruleY([0], { stroke: colors.muted }),
				Plot.ruleX(events, { x: 'd', stroke: colors.muted, strokeDasharray: '3,3' }),
				Plot.text(events, {
					x: 'd',
					y: (e) => top - e.row * lineHeight,
					text: 'label',
					textAnchor: 'start',
					dx: 5,
					lineWidth: narrow ? 9 : 16,
					fill: colors.muted,
					fontSize: type.annotation
				}),
				state === 'after-meeting'
					? Plot.rectX([{ x1: isoToDate(meeting.date), x2: data[data.length - 1].d }], { x1: 'x1', x2: 'x2', y1: 0, y2: top, fill: colors.highlight })
					: null,
				Plot.line(data, { className: 'running-total', x: 'd', y: 'deaths', curve: 'step-after', stroke: colors.accent, strokeWidth: 2.5 }),
				Plot.dot(data.filter((r) => r.deaths_bound === 'exact'), { className: 'reported-total', x: 'd', y: 'deaths', r: 4, fill: colors.accent, fillOpacity: dim, strokeOpacity: dim, stroke: colors.accent }),
				Plot.dot(data.filter((r) => r.deaths_bound !== 'exact'), {
					className: 'lower-bound-total',
					x: 'd',
					y: 'deaths',
					r: 4,
					symbol: (r) => (r.deaths_bound === 'approximately' ? 'diamond' : 'circle'),
					fill: colors.background,
					stroke: colors.accent,
					strokeWidth: 1.8,
					strokeOpacity: dim
				}),
				state === 'article-figure'
					? Plot.text([art], {
							x: (r) => isoToDate(r.date),
							y: 'deaths',
							text: (r) => fmt.int(r.deaths),
							dy: -14,
							fontWeight: 700,
							fontSize: type.label,
							fill: colors.ink
						})
					: null,
				Plot.text([data[data.length - 1]], {
					x: 'd',
					y: 'deaths',
					text: (r) => (r.deaths_bound === 'at_least' ? '≥' : '') + fmt.int(r.deaths),
					dy: -12,
					textAnchor: 'end',
					fontWeight: 700,
					fill: colors.ink
				})
			]
		});
	}
});
