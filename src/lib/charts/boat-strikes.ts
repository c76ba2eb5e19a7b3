import * as Plot from '@observablehq/plot';
import type { BoatStrikeRow, Datasets, TimelineRow } from '$lib/data/rows';
import { isoToDate } from '$lib/i18n/format';
import type { BoatStrikesStrings } from '$lib/i18n/en/charts/boat-strikes';
import { defineChart } from './chart-definition';
import { articleClaim, bounded, citedSources, halo, markKeys, publisherOf } from './chart-helpers';
import { legendLayout, legendMarks, type LegendItem } from './legend';
import { fonts, type } from './theme';

/** The timeline events the chart marks; ids are keys of data/timeline.csv. */
const EVENTS = { maduro: 'maduro-captured', meeting: 'white-house-meeting' } as const;
/** One ratio at every width: a redraw at the reader's width never changes the chart's shape. */
const RATIO = 0.66;

type Row = BoatStrikeRow & { d: Date };
/** Each running total and each other outlet's count, by its date: the keys of the marks' details. */
const totalKey = (r: Row) => r.date;
const otherKey = (r: Row) => `other-${r.date}`;
type Rows = Pick<Datasets, 'boat-strikes' | 'timeline' | 'article-claims' | 'sources'>;

function event(rows: TimelineRow[], id: string): TimelineRow {
	const row = rows.find((e) => e.id === id);
	if (!row) throw new Error(`boat-strikes chart: data/timeline.csv has no event "${id}"`);
	return row;
}

/** The running totals, the article's row (found through its claim, not typed here) and the events. */
function derive(rows: Rows) {
	const strikes: Row[] = [...rows['boat-strikes']].sort((a, b) => a.date.localeCompare(b.date)).map((r) => ({ ...r, d: isoToDate(r.date) }));
	const deaths = articleClaim(rows['article-claims'], 'strike-deaths').value;
	const art = strikes.find((r) => r.deaths === deaths);
	if (!art) throw new Error(`boat-strikes chart: no running total equals the article's ${deaths} killed`);
	return {
		rows,
		strikes,
		first: strikes[0],
		last: strikes[strikes.length - 1],
		art,
		ops: articleClaim(rows['article-claims'], 'strike-operations').value ?? 0,
		deathsBound: articleClaim(rows['article-claims'], 'strike-deaths').bound,
		opsBound: articleClaim(rows['article-claims'], 'strike-operations').bound,
		meeting: event(rows.timeline, EVENTS.meeting),
		maduro: event(rows.timeline, EVENTS.maduro),
		pacific: strikes.find((r) => r.seas === 'caribbean_and_pacific')!,
		/** Days another outlet gave another total (typed columns, not notes). */
		disputed: strikes.filter((r) => r.other_deaths !== null)
	};
}

export const boatStrikes = defineChart({
	id: 'boat-strikes',
	states: ['all', 'article-figure', 'after-meeting'],

	select: (data): Rows => ({
		'boat-strikes': data['boat-strikes'],
		timeline: data.timeline.filter((e) => Object.values(EVENTS).includes(e.id as never)),
		'article-claims': data['article-claims'].filter((c) => c.id === 'strike-deaths' || c.id === 'strike-operations'),
		// Only who published each cited source: names the outlets whose counts differ.
		sources: citedSources(data.sources, data['boat-strikes'])
	}),

	model: derive,

	text(m, state, { fmt, t, vocab }) {
		const { art } = m;
		const by = (id: string | null) => publisherOf(m.rows.sources, id);
		// A count with its bound in words ("more than 200"), as its row gives it.
		const bounded = (n: number, b: keyof typeof vocab.bound | null) => [b ? vocab.bound[b] : '', fmt.int(n)].filter(Boolean).join(' ');
		const split = art.confirmed_dead !== null && art.presumed_dead !== null ? { confirmed: fmt.int(art.confirmed_dead), presumed: fmt.int(art.presumed_dead) } : null;
		const last = bounded(m.last.deaths, m.last.deaths_bound);
		// The article's figure as the article gives it (its claim's bound), then AP's, as AP gives it.
		const article = { deaths: bounded(art.deaths, m.deathsBound), ops: bounded(m.ops, m.opsBound), date: fmt.date(art.date), strikes: art.strikes === null ? '' : bounded(art.strikes, art.strikes_bound) };
		let alt = t.alt({ first: fmt.date(m.first.date), firstDeaths: fmt.int(m.first.deaths), last: fmt.date(m.last.date), lastDeaths: last, articleDeaths: fmt.int(art.deaths), articleDate: fmt.date(art.date) });
		for (const r of m.disputed) alt += ' ' + t.altOther({ date: fmt.date(r.date), deaths: fmt.int(r.deaths), other: fmt.int(r.other_deaths!) });
		if (state === 'article-figure' && split) alt += ' ' + t.altState['article-figure']({ ...article, apDeaths: fmt.int(art.deaths), ...split });
		if (state === 'after-meeting') alt += ' ' + t.altState['after-meeting'](fmt.date(m.meeting.date), last);
		const notes = [t.notes.articleFigure(article) + (split ? ' ' + t.notes.presumed(split) : '')];
		if (m.disputed.length)
			notes.push(t.notes.outlets(m.disputed.map((r) => t.notes.outletPair({ date: fmt.date(r.date), by: by(r.source), deaths: fmt.int(r.deaths), otherBy: by(r.other_deaths_source), other: fmt.int(r.other_deaths!) })).join('; ')));
		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table(m, { fmt, t, vocab }) {
		const bound = (b: keyof typeof vocab.bound) => (vocab.bound[b] ? `${vocab.bound[b]} ` : '');
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'date', label: t.table.date },
				{ key: 'deaths', label: t.table.deaths, numeric: true },
				{ key: 'strikes', label: t.table.strikes, numeric: true },
				{ key: 'seas', label: t.table.seas },
				{ key: 'note', label: t.table.note },
				{ key: 'source', label: t.table.source }
			],
			rows: m.strikes.map((r) => ({
				date: fmt.date(r.date),
				deaths: bound(r.deaths_bound) + fmt.int(r.deaths),
				strikes: r.strikes === null ? '' : bound(r.strikes_bound ?? 'exact') + fmt.int(r.strikes),
				seas: t.table.seasValues[r.seas],
				note: [
					r.confirmed_dead !== null && r.presumed_dead !== null ? t.table.presumed(fmt.int(r.confirmed_dead), fmt.int(r.presumed_dead)) : '',
					r.other_deaths !== null ? t.table.otherCount(fmt.int(r.other_deaths), publisherOf(m.rows.sources, r.other_deaths_source)) : ''
				]
					.filter(Boolean)
					.join('; '),
				source: r.source
			}))
		};
	},

	details(m, _state, { fmt, t, vocab }) {
		const claim = articleClaim(m.rows['article-claims'], 'strike-deaths');
		return m.strikes.flatMap((r) => [
			{
				key: totalKey(r),
				label: t.details.total,
				value: bounded(vocab, r.deaths_bound, t.details.deaths(fmt.int(r.deaths))),
				date: fmt.date(r.date),
				// The rows carry no status of their own; the one the article cites has the fact-check's.
				status: r === m.art ? t.details.article(vocab.status[claim.status]) : null,
				sources: [r.source]
			},
			...(r.other_deaths !== null && r.other_deaths_source
				? [{ key: otherKey(r), label: t.details.other, value: t.details.deaths(fmt.int(r.other_deaths)), date: fmt.date(r.date), status: null, sources: [r.other_deaths_source] }]
				: [])
		]);
	},

	render(m, { width, state, document, colors, fmt, t, marks }) {
		const { strikes, art } = m;
		const narrow = width < 520;
		const meeting = isoToDate(m.meeting.date);
		// On a phone the three marks are a few pixels apart: short labels, one row each.
		const words = narrow ? t.annotationsShort : t.annotations;
		// Each label has a row of its own from the frame's top; on a phone the first and last share one,
		// being far enough apart there, so the labels take less of the small frame.
		const events = [
			{ d: m.pacific.d, label: words.pacific, row: 0 },
			{ d: isoToDate(m.maduro.date), label: words.maduro, row: 1 },
			{ d: meeting, label: words.meeting, row: narrow ? 0 : 2 }
		];
		const rowHeight = type.annotation + 4;
		// The article's figure, and the day two outlets' counts part, which that step's words compare.
		const emphasis = (r: Row) => (state === 'article-figure' ? r === art || m.disputed.includes(r) : state === 'after-meeting' ? r.d > meeting : true);
		const dim = (r: Row) => (emphasis(r) ? 1 : 0.35);
		const keys = narrow ? t.legendShort : t.legend;
		const bounds = new Set(strikes.map((r) => r.deaths_bound));
		const legend: LegendItem[] = [
			{ key: 'exact', label: keys.exact, swatch: 'dot', color: colors.accent },
			// A "more than" is a lower bound too, drawn with the same hollow dot and labelled ">" at the end.
			...(bounds.has('at_least') || bounds.has('more_than') ? [{ key: 'at-least', label: keys.atLeast, swatch: 'dot', color: colors.accent, fill: colors.background } as const] : []),
			...(bounds.has('approximately') ? [{ key: 'approx', label: keys.approx, swatch: 'diamond', color: colors.accent, fill: colors.background } as const] : []),
			// Another outlet's count: an × in the comparison colour, apart in shape and colour from the hollow bounds.
			...(m.disputed.length ? [{ key: 'other', label: keys.other, swatch: 'times', color: colors.compare } as const] : [])
		];
		const margin = { left: 44, right: narrow ? 16 : 28 };
		const exact = strikes.filter((r) => r.deaths_bound === 'exact');
		const hollow = strikes.filter((r) => r.deaths_bound !== 'exact');
		// The legend has the top margin to itself, the whole width of the chart, between the axis label
		// (Plot puts it at the very top) and the frame; the plot keeps the chart's ratio.
		const legendOptions = { width: width - 4, fontSize: narrow ? type.note : type.annotation, ink: colors.ink, left: -margin.left, align: 'middle' as const };
		const legendHeight = legendLayout(legend, legendOptions).height;
		const marginTop = 28 + legendHeight;

		return Plot.plot({
			document,
			width,
			height: Math.round(width * RATIO),
			marginLeft: margin.left,
			marginRight: margin.right,
			marginTop,
			marginBottom: 32,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			x: { type: 'utc', label: null, ticks: narrow ? 4 : 7, tickFormat: fmt.monthYear },
			// The event labels sit where the count is still low; on a phone's short frame one row of room
			// above the count keeps the second row of labels clear of the markers.
			y: { domain: [0, Math.max(...strikes.map((r) => r.deaths))], nice: true, insetTop: narrow ? rowHeight : 0, grid: true, label: t.yLabel, labelAnchor: 'top', labelArrow: false, tickFormat: fmt.int, ticks: 5 },
			marks: [
				// The highlight first, so the event labels and rules stay on top of it.
				state === 'after-meeting' ? Plot.rect([m.last], { className: 'after-meeting', x1: () => meeting, x2: 'd', fill: colors.highlight }) : null,
				Plot.ruleY([0], { stroke: colors.muted }),
				Plot.ruleX(events, { x: 'd', stroke: colors.muted, strokeDasharray: '3,3' }),
				...events.map((e) =>
					Plot.text([e], {
						className: 'event-label',
						x: 'd',
						frameAnchor: 'top',
						text: 'label',
						textAnchor: 'start',
						lineAnchor: 'top',
						dx: 5,
						dy: 4 + e.row * rowHeight,
						fill: colors.muted,
						fontSize: type.annotation,
						...halo(colors.background)
					})
				),
				Plot.line(strikes, { className: 'running-total', x: 'd', y: 'deaths', curve: 'step-after', stroke: colors.accent, strokeWidth: 2.5 }),
				Plot.dot(
					exact,
					{ className: 'reported-total', x: 'd', y: 'deaths', r: 4, fill: colors.accent, fillOpacity: dim, strokeOpacity: dim, stroke: colors.accent, ...markKeys(marks, exact, totalKey) }
				),
				Plot.dot(
					hollow,
					{ className: 'lower-bound-total', x: 'd', y: 'deaths', r: 4, symbol: (r: Row) => (r.deaths_bound === 'approximately' ? 'diamond' : 'circle'), fill: colors.background, stroke: colors.accent, strokeWidth: 1.8, strokeOpacity: dim, ...markKeys(marks, hollow, totalKey) }
				),
				Plot.dot(m.disputed, { className: 'other-outlet', x: 'd', y: 'other_deaths', symbol: 'times', r: 4, stroke: colors.compare, strokeWidth: 2, strokeOpacity: dim, ...markKeys(marks, m.disputed, otherKey) }),
				state === 'article-figure'
					? Plot.text([art], {
							className: 'article-label',
							x: 'd',
							y: 'deaths',
							text: (r: Row) => (r.presumed_dead !== null ? t.labels.article({ deaths: fmt.int(r.deaths), presumed: fmt.int(r.presumed_dead) }) : fmt.int(r.deaths)),
							// Above and left of the point on a desktop; on a phone, where the event labels crowd the top,
							// below and right of it, in the room under the later count.
							lineWidth: narrow ? 8 : 20,
							...(narrow ? { lineAnchor: 'top', textAnchor: 'start', dx: 14, dy: 12 } : { lineAnchor: 'bottom', textAnchor: 'end', dx: -6, dy: -10 }),
							fontWeight: 700,
							fontSize: type.label,
							fill: colors.ink,
							...halo(colors.background)
						})
					: null,
				Plot.text([m.last], { x: 'd', y: 'deaths', text: (r: Row) => ({ at_least: '≥', more_than: '>' }[r.deaths_bound as string] ?? '') + fmt.int(r.deaths), dy: -12, textAnchor: 'end', fontWeight: 700, fill: colors.ink }),
				...legendMarks(legend, { ...legendOptions, top: -legendHeight + legendOptions.fontSize * 0.75 - 8 })
			]
		});
	}
});
