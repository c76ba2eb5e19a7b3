/**
 * The dated events of the dispute as a vertical timeline: a time axis down the left (broken where
 * years pass without events, so the older context does not squash the months that matter), each
 * event marked at its true place and precision, and its words in a list to the right, joined to its
 * mark by a thin line. A day is a symbol; a month, a year or a run of days is a bar as long as it.
 *
 * Plot draws the axis (a piecewise UTC scale, one piece per band of the axis, each as tall as its
 * events' words need), its band names (axisY with tickFormat), the band rules, the bars, the day
 * symbols and the connectors; the legend is legend.ts's. The blocks of words are drawn by hand
 * (the last mark says why).
 */
import * as Plot from '@observablehq/plot';
import { scaleUtc, utcDay, utcMonth, utcYear, type SymbolType } from 'd3';
import { eventText } from '$lib/data/row-text';
import type { TimelineRow } from '$lib/data/rows';
import { isoToDate, precisionOfIso, type Formatters } from '$lib/i18n/format';
import type { TimelineStrings } from '$lib/i18n/en/charts/timeline';
import { defineChart } from './chart-definition';
import { legendLayout, legendSvg, swatchSymbols, type LegendItem, type Swatch } from './legend';
import { placeApart, tagged } from './chart-helpers';
import { packRuns, px, runLines, svgEl, textLines, wrap, type Run } from './svg-elements';
import { fonts, type, type Token } from './theme';

type Category = TimelineRow['category'];

/** Colour (a theme token) and shape of each category: the shape keeps them apart without colour. */
const CATEGORY: Record<Category, { color: Token; swatch: Swatch }> = {
	diplomacy: { color: 'compare', swatch: 'dot' },
	sanctions: { color: 'other', swatch: 'square' },
	military: { color: 'accent', swatch: 'triangle' },
	drugs: { color: 'caution', swatch: 'diamond' },
	justice: { color: 'muted', swatch: 'cross' },
	elections: { color: 'ink', swatch: 'star' }
};
/** The radius of a day's symbol. */
const MARK_R = 5.5;

type State = 'all' | 'breakdown' | 'meeting' | 'elections' | 'september' | 'sanctions' | 'january' | 'meeting-day' | 'after';
/**
 * Each state's run of events (first and last ids in data/timeline.csv; null: all) and the events in
 * focus (ids too): the ones its story step names. The others in the window recede, so a step points at
 * what its words discuss while the events around them stay in view for context. The first four states
 * are the chart page's overviews and focus on nothing; the rest are the story's steps, each window a few events
 * long, so that on a phone the events in focus sit above the step's card, not under it.
 */
const STATES: Record<State, { window: [string, string] | null; highlight: string[] }> = {
	all: { window: null, highlight: [] },
	breakdown: { window: ['first-boat-strike', 'maduro-captured'], highlight: [] },
	meeting: { window: ['maduro-captured', 'white-house-meeting'], highlight: [] },
	elections: { window: ['congress-elections', 'presidential-runoff'], highlight: [] },
	september: { window: ['first-boat-strike', 'visa-revocation'], highlight: ['first-boat-strike', 'determination', 'unga-speech'] },
	sanctions: { window: ['visa-revocation', 'ofac-sanctions'], highlight: ['visa-revocation', 'illegal-drug-leader', 'ofac-sanctions'] },
	january: { window: ['raid-remarks', 'visa-granted'], highlight: ['raid-remarks', 'phone-call', 'meeting-announced', 'visa-granted'] },
	'meeting-day': { window: ['trump-remarks', 'ofac-decision-deferred'], highlight: ['trump-remarks', 'pipe-tulua-extradited', 'white-house-meeting'] },
	after: { window: ['ofac-decision-deferred', 'handover-scheduled'], highlight: ['ofac-decision-deferred', 'aid-lines-reported', 'visa-returned'] }
};
/** An event's words: its head line(s) and its wrapped text, their height, and where the block's top sits. */
type Block = { head: Run[][]; body: string[]; height: number; top: number };

export interface TimelineEvent {
	id: string;
	row: TimelineRow;
	start: Date;
	/** Exclusive end of the time the event covers: the next day, month or year. */
	end: Date;
	span: boolean;
	/** Its place on the axis: a day at its date, a span at its middle (where its connector leaves it). */
	at: Date;
}

function toEvent(row: TimelineRow): TimelineEvent {
	const start = isoToDate(row.date);
	const end = row.end_date ? utcDay.offset(isoToDate(row.end_date), 1) : { day: utcDay, month: utcMonth, year: utcYear }[row.precision].offset(start, 1);
	const span = row.precision !== 'day' || row.end_date !== null;
	return { id: row.id, row, start, end, span, at: span ? new Date((+start + +end) / 2) : start };
}

/** Runs of events with at least one whole calendar year between them: the axis breaks there. The last run is the main timeline. */
function segments(list: TimelineEvent[]): TimelineEvent[][] {
	const out: TimelineEvent[][] = [];
	for (const e of list) {
		const run = out[out.length - 1];
		if (run && utcYear.floor(e.start) <= utcYear.ceil(new Date(Math.max(...run.map((r) => +r.end))))) run.push(e);
		else out.push([e]);
	}
	return out;
}

function byId(rows: TimelineRow[], id: string): TimelineRow {
	const row = rows.find((r) => r.id === id);
	if (!row) throw new Error(`timeline chart: data/timeline.csv has no event "${id}"`);
	return row;
}

/**
 * The date of an event at its own precision; a run of days as a range. Without its year (`year`
 * false) where a heading names it: a day or a month then loses it, a year keeps it.
 */
function dateLabel(row: TimelineRow, fmt: Formatters, t: TimelineStrings, year = true): string {
	const date = (iso: string) => {
		const p = precisionOfIso(iso);
		return year || p === 'year' ? fmt.date(iso) : p === 'day' ? fmt.dayNoYear(iso) : fmt.month(isoToDate(iso));
	};
	if (!row.end_date) return date(row.date);
	if (row.date.slice(0, 7) === row.end_date.slice(0, 7)) return t.sameMonth(fmt.int(isoToDate(row.date).getUTCDate()), date(row.end_date));
	return t.range(date(row.date), date(row.end_date));
}

export const timeline = defineChart({
	id: 'timeline',
	states: Object.keys(STATES) as State[],

	select: (data) => ({ timeline: data.timeline, 'timeline-translations': data['timeline-translations'] }),

	model(rows) {
		const events = rows.timeline.map(toEvent).sort((a, b) => +a.at - +b.at);
		// A window holds the events whose place on the axis falls in it: the visa known only to
		// January sits mid-month, after Maduro's capture, so it belongs to the meeting, not the breakdown.
		const inWindow = ([first, last]: [string, string]) => {
			const [from, to] = [isoToDate(byId(rows.timeline, first).date), toEvent(byId(rows.timeline, last)).end];
			return events.filter((e) => e.at >= from && e.at < to);
		};
		const view = (s: (typeof STATES)[State]) => {
			const shown = s.window ? inWindow(s.window) : events;
			for (const id of s.highlight) if (!shown.some((e) => e.id === byId(rows.timeline, id).id)) throw new Error(`timeline chart: event "${id}" is in focus but outside its state's window`);
			return { events: shown, highlight: s.highlight };
		};
		const views = Object.fromEntries(Object.entries(STATES).map(([state, s]) => [state, view(s)])) as Record<State, ReturnType<typeof view>>;
		return { rows, events, segments: segments(events), views };
	},

	text({ rows, events, segments: segs, views }, state, { fmt, t, lang }) {
		const main = segs[segs.length - 1];
		const d = (id: string) => fmt.date(byId(rows.timeline, id).date);
		const mainYear = fmt.date(main[0].row.date.slice(0, 4));
		const [from, to] = [main[0], main[main.length - 1]].map((e) => fmt.date(e.row.date.slice(0, 7)));
		const busy = fmt.int(views.meeting.events.length);

		let alt = t.alt(fmt.int(events.length), fmt.int(events.length - main.length), mainYear, fmt.int(main.length), from, to, busy, d('maduro-captured'), d('white-house-meeting'));
		const n = fmt.int(views[state].events.length);
		if (state === 'breakdown') alt += ' ' + t.altState.breakdown(n, d('first-boat-strike'), d('determination'), d('visa-revocation'), d('ofac-sanctions'), d('maduro-captured'));
		if (state === 'meeting') alt += ' ' + t.altState.meeting(n, d('phone-call'), d('visa-granted'), d('white-house-meeting'), d('pipe-tulua-extradited'));
		if (state === 'elections') alt += ' ' + t.altState.elections(d('congress-elections'), d('presidential-first-round'), d('presidential-runoff'));
		const { events: shown, highlight } = views[state];
		if (highlight.length) {
			const line = (e: TimelineEvent) => `${dateLabel(e.row, fmt, t)}: ${eventText(e.row, lang, rows['timeline-translations'])}`;
			const named = shown.filter((e) => highlight.includes(e.id));
			const others = shown.filter((e) => !highlight.includes(e.id));
			alt += ' ' + t.altState.focus(n, named.map(line).join('; '), others.map(line).join('; '));
		}
		const notes = [t.notes.axis(mainYear, from, to), t.notes.precision(d('visa-granted')), t.notes.refined(d('determination'), d('decertification-1997'))];
		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table({ rows, events }, { lang, fmt, t, vocab }) {
		const keys = { date: t.table.date, category: t.table.category, event: t.table.event, in_article: t.table.inArticle, status: t.table.status, source: t.table.source };
		return {
			caption: t.table.caption,
			columns: Object.entries(keys).map(([key, label]) => ({ key, label })),
			rows: events.map(({ row }) => ({
				date: dateLabel(row, fmt, t),
				category: vocab.category[row.category],
				event: eventText(row, lang, rows['timeline-translations']),
				in_article: row.in_article ? t.table.yes : t.table.no,
				status: vocab.status[row.status],
				source: row.source
			}))
		};
	},

	details({ rows, views }, state, { fmt, t, vocab, lang }) {
		return views[state].events.map(({ id, row }) => ({
			key: id,
			label: vocab.category[row.category],
			value: eventText(row, lang, rows['timeline-translations']),
			date: dateLabel(row, fmt, t),
			status: vocab.status[row.status],
			sources: [row.source]
		}));
	},

	render({ rows, views }, { width, state, document, colors, lang, fmt, t, vocab, marks, compact }) {
		const narrow = width < 520;
		// A story state zooms in on its window: only its events are drawn, so the chart stays legible
		// when it is pinned beside the text (the whole list is one scroll of the /timeline/ page).
		const list = views[state].events;
		const colorOf = (c: Category) => colors[CATEGORY[c].color];
		// A story step's events in focus; the rest of its window recedes (none does where nothing is in focus).
		const focus = new Set(views[state].highlight);
		const receded = (e: { id: string }) => focus.size > 0 && !focus.has(e.id);
		// An opacity, as a channel only where something recedes (a constant keeps the overviews' markup as it was).
		const opacity = (k: number) => (focus.size ? (e: TimelineEvent) => k * (receded(e) ? 0.3 : 1) : k);
		// Compact (a phone's pinned box, short of height): an event that recedes keeps its head line, its
		// date and category, and gives up its words, so that the events in focus keep theirs at full size.
		const brief = (e: { id: string }) => compact && receded(e);

		// The bands of the axis: a month each on the main run, a year each before it.
		const segs = segments(list).map((seg, i, all) => {
			const unit = i === all.length - 1 ? utcMonth : utcYear;
			const end = unit.ceil(new Date(Math.max(...seg.map((e) => +e.end))));
			const iso = (d: Date) => (unit === utcYear ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7));
			// Compact, a month within one year is named without it: the panel's heading names the year.
			const oneYear = utcYear.count(unit.floor(seg[0].start), utcMonth.offset(end, -1)) === 0;
			const bands = unit.range(unit.floor(seg[0].start), end).map((start) => {
				const month = compact && oneYear ? fmt.shortMonth(start) : fmt.monthYear(start);
				const label = unit === utcYear ? fmt.date(iso(start)) : month;
				return { start, end: unit.offset(start, 1), id: iso(start), label, events: seg.filter((e) => +unit.floor(e.at) === +start) };
			});
			return { events: seg, bands, start: bands[0].start, end, endId: iso(end) };
		});

		// Bars that overlap in time take separate lanes, left of the axis: each the first lane free.
		const laneOf = new Map<TimelineEvent, number>();
		for (const e of list.filter((x) => x.span).sort((a, b) => +a.start - +b.start)) {
			let lane = 0;
			while ([...laneOf].some(([p, l]) => l === lane && p.start < e.end && e.start < p.end)) lane++;
			laneOf.set(e, lane);
		}
		const lanes = Math.max(1, ...[...laneOf.values()].map((l) => l + 1));

		// Horizontal layout: band names | bars | axis and day marks | connectors | the list.
		// Compact, the band names keep the wide size: the box may still shrink the drawing a little.
		const tickSize = narrow && !compact ? 11 : type.note;
		// A compact band name is three letters ("May"), too few for half an em each to cover a wide one:
		// it is given more per letter and sits closer to the bars.
		const [tickWidth, laneStep, tickGap] = [Math.max(...segs.flatMap((s) => s.bands.map((b) => b.label.length))) * tickSize * (compact ? 0.62 : 0.5), 9, compact ? 6 : 9];
		const axisX = Math.ceil(tickWidth + tickGap + 12 + (lanes - 1) * laneStep);
		const barX = (lane: number) => axisX - 10 - lane * laneStep;
		const labelX = axisX + (compact ? 21 : narrow ? 38 : 64);
		const labelWidth = width - labelX - 4;
		const [headSize, bodySize] = [type.note, narrow ? type.annotation - 0.5 : type.annotation];
		const [headLine, bodyLine, blockGap] = [headSize * 1.25, bodySize * (compact ? 1.2 : 1.28), compact ? 8 : narrow ? 10 : 9];

		// Each event's block of words: a head line (date, category, a caveat), then the event itself.
		const blocks = new Map<string, Block>();
		// Compact, a window within one year drops the year from its dates: the panel's heading names it.
		const years = new Set(list.flatMap((e) => [e.start, new Date(+e.end - 1)].map((d) => d.getUTCFullYear())));
		for (const { id, row: r } of list) {
			const date = dateLabel(r, fmt, t, !(compact && years.size === 1));
			const faded = receded({ id });
			const parts: Run[] = [
				{ text: date.charAt(0).toLocaleUpperCase(lang) + date.slice(1), bold: true, fill: faded ? colors.muted : colors.ink },
				{ text: vocab.category[r.category], fill: faded ? colors.muted : colorOf(r.category) }
			];
			if (r.precision === 'month') parts.push({ text: t.dayUnknown, italic: true, fill: colors.muted });
			const head = packRuns(parts, labelWidth, headSize);
			const body = brief({ id }) ? [] : wrap(eventText(r, lang, rows['timeline-translations']), labelWidth, bodySize);
			blocks.set(id, { head, body, height: head.length * headLine + body.length * bodyLine, top: 0 });
		}

		// The legend: the categories, then on a new row the two kinds of marks.
		const legend = { width, fontSize: type.note, ink: colors.ink, x: 0, y: 10 };
		const kinds: LegendItem[] = [
			{ key: 'span', label: t.legend.span, swatch: 'bar', color: colors.muted, newRow: true },
			{ key: 'refined', label: t.legend.refined, swatch: 'dot', color: colors.muted, fill: colors.background }
		];
		// Compact, only the hollow marks keep their key, if any is drawn: each event's head line names its
		// category in its colour, and a bar's event says in words that it spans days or lacks its day.
		const keys: LegendItem[] = compact
			? kinds.filter((k) => k.key === 'refined' && list.some((e) => e.row.status === 'refined')).map((k) => ({ ...k, label: t.legend.refinedShort }))
			: [...(Object.keys(CATEGORY) as Category[]).map((c) => ({ key: c, label: vocab.category[c], swatch: CATEGORY[c].swatch, color: colorOf(c) })), ...kinds];

		// Vertical layout: a band is as tall as the words of its events need (an empty one stays thin),
		// and the y scale maps each band's dates onto its pixels, piece by piece: within a band, events
		// sit at their dates, so the month-long visa bar fills its month's band.
		const [panelHead, breakGap, bandPad, emptyBand] = compact ? [26, 24, 4, tickSize + 6] : [34, 24, 6, tickSize + 10];
		const [domain, range]: [Date[], number[]] = [[], []];
		let y = keys.length ? legendLayout(keys, legend).height + 8 : 2;
		segs.forEach((seg, i) => {
			y += i === 0 || i === segs.length - 1 ? panelHead : breakGap;
			for (const b of seg.bands) {
				domain.push(b.start);
				range.push(y);
				y += b.events.length ? b.events.reduce((sum, e) => sum + blocks.get(e.id)!.height + blockGap, 2 * bandPad - blockGap) : emptyBand;
			}
			domain.push(seg.end);
			range.push(y);
		});
		const yOf = scaleUtc(domain, range);

		// Within a band, blocks sit as near their events as they can without overlapping.
		for (const b of segs.flatMap((s) => s.bands)) {
			const tops = placeApart(b.events.map((e) => yOf(e.at) - headSize * 0.6), b.events.map((e) => blocks.get(e.id)!.height), blockGap, yOf(b.start) + bandPad, yOf(b.end) - bandPad);
			b.events.forEach((e, k) => (blocks.get(e.id)!.top = tops[k]));
		}
		// Bars in their lanes; a day symbol too close to one above it steps to the right.
		const drawn = list.map((e) => ({ ...e, x: e.span ? barX(laneOf.get(e)!) : 0 }));
		for (const d of drawn.filter((d) => !d.span)) {
			d.x = axisX;
			while (drawn.some((p) => p !== d && !p.span && p.x === d.x && Math.abs(yOf(p.at) - yOf(d.at)) < 13)) d.x += 13;
		}

		// A heading over the first run and over the main one; the runs between are set off by breaks.
		const main = segs[segs.length - 1];
		const [first, last] = [main.events[0], list[list.length - 1]].map((e) => fmt.date(e.row.date.slice(0, 7)));
		const heading = (s: typeof main) => (s === main ? t.panels.main(first, last) : t.panels.before(fmt.date(main.events[0].row.date.slice(0, 4))));
		const headings = [...new Set([segs[0], main])].map((s) => ({ at: s.start, text: heading(s).toLocaleUpperCase(lang) }));
		// The axis breaks between the runs before the main one: a dashed line and two slashes across it.
		const breaks = segs.slice(1, -1).map((s, i) => ({ from: segs[i].end, to: s.start, at: new Date((+segs[i].end + +s.start) / 2) }));
		const rules = segs.flatMap((s) => [...s.bands.map((b) => ({ id: b.id, at: b.start })), { id: s.endId, at: s.end }]);
		const bands = new Map(segs.flatMap((s) => s.bands.map((b) => [+b.start, b])));
		// A mark in its category's colour, hollow where the fact-check corrects the article.
		const marker = {
			stroke: (e: TimelineEvent) => colorOf(e.row.category), strokeWidth: 1.5, strokeOpacity: opacity(1),
			fill: (e: TimelineEvent) => (e.row.status === 'refined' ? colors.background : colorOf(e.row.category)), fillOpacity: opacity(1)
		};
		const [spans, days] = [drawn.filter((d) => d.span), drawn.filter((d) => !d.span)];

		return Plot.plot({
			document, width, height: Math.ceil(y + 6), margin: 0,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			// x in pixels, as laid out above; y the piecewise time scale.
			x: { type: 'identity', axis: null }, y: { type: 'utc', domain, range },
			marks: [
				() => legendSvg(document, keys, legend),
				Plot.ruleY(rules, { className: 'band-rule', y: 'at', stroke: colors.grid, ...tagged(rules) }),
				// Band names at the top of their bands, right-aligned left of the bars; an empty band's in grey.
				Plot.axisY([...bands.values()].map((b) => b.start), {
					className: 'tick', anchor: 'left', label: null, tickSize: 0, tickPadding: 0, fontSize: tickSize, tickFormat: (d: Date) => bands.get(+d)!.label,
					dx: barX(lanes - 1) - tickGap, lineAnchor: 'top', dy: 4, fill: (d: Date) => (bands.get(+d)!.events.length ? colors.ink : colors.muted)
				}),
				Plot.text(headings, { className: 'panel-heading', x: 0, y: 'at', dy: -16, text: 'text', textAnchor: 'start', fontSize: type.note, fontWeight: 700, fill: colors.ink }),
				Plot.ruleX(segs, { x: axisX, y1: 'start', y2: 'end', stroke: colors.muted }),
				Plot.ruleX(breaks, { x: axisX, y1: 'from', y2: 'to', stroke: colors.muted, strokeDasharray: '2,3' }),
				Plot.dot(breaks, { className: 'axis-break', x: axisX, y: 'at', symbol: slashes, r: 6, stroke: colors.muted, strokeWidth: 1.3 }),
				// The connectors: from the mark to the head line of its words.
				Plot.link(drawn, {
					className: 'connector', x1: (d) => d.x + (d.span ? 3 : MARK_R), y1: 'at', x2: labelX - 5, y2: { value: (d: TimelineEvent) => blocks.get(d.id)!.top + headSize * 0.6, scale: null },
					curve: 'bump-x', stroke: colors.muted, strokeWidth: 0.8, strokeOpacity: opacity(0.9), ...tagged(drawn)
				}),
				Plot.rect(spans, { className: 'event-span', x1: (d) => d.x - 3, x2: (d) => d.x + 3, y1: 'start', y2: 'end', insetTop: 1, insetBottom: 1, rx: 1, ...marker, ...tagged(spans, marks) }),
				Plot.dot(days, { className: 'event-day', x: 'x', y: 'at', r: MARK_R, symbol: (d: TimelineEvent) => swatchSymbols[CATEGORY[d.row.category].swatch], ...marker, ...tagged(days, marks) }),
				// The blocks of words, drawn by hand because Plot's text mark gives one style to a whole text: a
				// block's head line mixes three (the date in bold, the category in its colour, "exact day
				// unknown" in italic) and breaks between them when the column is narrow. The layout needs every
				// block's height before the y scale exists, so the event's own words are wrapped here too, by
				// the same estimate (wrap-text.ts), not by the text mark's lineWidth.
				() => {
					const layer = svgEl(document, 'g', { class: 'event-label', 'text-anchor': 'start' });
					for (const e of list) {
						const b = blocks.get(e.id)!;
						const inFocus = focus.has(e.id);
						const g = svgEl(document, 'g', { 'data-id': e.id, class: inFocus ? 'in-focus' : receded(e) ? 'receded' : null, transform: `translate(${labelX},${px(b.top)})` }, layer);
						// An event in focus sits on the highlight colour, as the other charts mark what a step names.
						if (inFocus) svgEl(document, 'rect', { x: -5, y: -3, width: px(labelWidth + 8), height: px(b.height + 6), rx: 3, fill: colors.highlight }, g);
						runLines(document, b.head, { x: 0, y: headSize * 0.95, 'font-size': headSize }, headLine, g);
						if (b.body.length) textLines(document, b.body, { x: 0, y: px(b.head.length * headLine + bodySize * 0.95), 'font-size': bodySize, fill: receded(e) ? colors.muted : colors.ink }, bodyLine, g);
					}
					return layer;
				}
			]
		});
	}
});

/** Two short slashes across the axis where it breaks. */
const slashes: SymbolType = {
	draw(context, size) {
		const r = Math.sqrt(size / Math.PI);
		for (const d of [0, r]) {
			context.moveTo(-r, d);
			context.lineTo(r, d - r);
		}
	}
};
