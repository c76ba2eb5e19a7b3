/**
 * The dated events of the dispute as a vertical timeline: a time axis down the left (broken where
 * years pass without events, so the older context does not squash the months that matter), each
 * event marked at its true place and precision, and its words in a list to the right, joined to its
 * mark by a thin line. A day is a symbol; a month, a year or a run of days is a bar as long as it.
 */
import { eventText } from '$lib/data/row-text';
import { scaleUtc, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';
import type { TimelineRow } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import { isoToDate } from '$lib/i18n/format';
import type { TimelineStrings } from '$lib/i18n/en/charts/timeline';
import { defineChart } from './chart-definition';
import { px, svgEl, svgRoot, textLines, wrap } from './svg-elements';
import { type, type Palette, type Token } from './theme';

type Category = TimelineRow['category'];

/** Colour (a theme token) and shape of each category: the shape keeps them apart without colour. */
const CATEGORY: Record<Category, { color: Token; shape: SymbolType }> = {
	diplomacy: { color: 'compare', shape: symbolCircle },
	sanctions: { color: 'other', shape: symbolSquare },
	military: { color: 'accent', shape: symbolTriangle },
	drugs: { color: 'caution', shape: symbolDiamond },
	justice: { color: 'muted', shape: symbolCross },
	elections: { color: 'ink', shape: symbolStar }
};
const CATEGORIES = Object.keys(CATEGORY) as Category[];

/** Each story state highlights a run of events, named by their first and last ids in data/timeline.csv. */
const WINDOWS: Record<string, [string, string] | null> = {
	all: null,
	breakdown: ['first-boat-strike', 'maduro-captured'],
	meeting: ['maduro-captured', 'white-house-meeting'],
	elections: ['congress-elections', 'presidential-runoff']
};
/** Events the text alternatives name. */
const IDS = {
	firstStrike: 'first-boat-strike',
	finding: 'determination',
	visaRevoked: 'visa-revocation',
	sanctions: 'ofac-sanctions',
	maduro: 'maduro-captured',
	call: 'phone-call',
	visaGranted: 'visa-granted',
	meeting: 'white-house-meeting',
	pipe: 'pipe-tulua-extradited',
	congress: 'congress-elections',
	firstRound: 'presidential-first-round',
	runoff: 'presidential-runoff',
	previousDecertification: 'decertification-1997'
} as const;

/** Where the axis breaks: a stretch longer than a year with no event. A layout rule, not a figure. */
const BREAK_AFTER_DAYS = 365;
const DAY = 86_400_000;

interface Event {
	row: TimelineRow;
	start: Date;
	/** Exclusive end of the time the event covers: the next day, month or year. */
	end: Date;
	span: boolean;
}

function toEvent(row: TimelineRow): Event {
	const start = isoToDate(row.date);
	let end: Date;
	if (row.end_date) end = new Date(isoToDate(row.end_date).getTime() + DAY);
	else if (row.precision === 'month') end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
	else if (row.precision === 'year') end = new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
	else end = new Date(start.getTime() + DAY);
	return { row, start, end, span: row.precision !== 'day' || row.end_date !== null };
}

/** Events in time order; a span sorts by its middle, where its connector leaves it. */
function events(rows: TimelineRow[]): Event[] {
	return rows.map(toEvent).sort((a, b) => anchorTime(a) - anchorTime(b));
}
const anchorTime = (e: Event) => (e.span ? (e.start.getTime() + e.end.getTime()) / 2 : e.start.getTime());

/** Runs of events separated by more than BREAK_AFTER_DAYS; the last run is the main timeline. */
function segments(list: Event[]): Event[][] {
	const out: Event[][] = [];
	for (const e of list) {
		const current = out[out.length - 1];
		const lastEnd = current ? Math.max(...current.map((c) => c.end.getTime())) : -Infinity;
		if (!current || e.start.getTime() - lastEnd > BREAK_AFTER_DAYS * DAY) out.push([e]);
		else current.push(e);
	}
	return out;
}

function byId(rows: TimelineRow[], id: string): TimelineRow {
	const row = rows.find((r) => r.id === id);
	if (!row) throw new Error(`timeline chart: data/timeline.csv has no event "${id}"`);
	return row;
}

/** The date of an event at its own precision; a run of days as a range. */
function dateLabel(row: TimelineRow, fmt: Formatters, t: TimelineStrings): string {
	if (!row.end_date) return fmt.date(row.date);
	const [a, b] = [row.date, row.end_date];
	if (a.slice(0, 7) === b.slice(0, 7)) return t.sameMonth(fmt.int(isoToDate(a).getUTCDate()), fmt.date(b));
	return t.range(fmt.date(a), fmt.date(b));
}

/** The events of a state's window, by their place in time. */
function windowEvents(list: Event[], state: string): Event[] {
	const w = WINDOWS[state];
	if (!w) return [];
	const from = isoToDate(byId(list.map((e) => e.row), w[0]).date).getTime();
	const last = toEvent(byId(list.map((e) => e.row), w[1]));
	// By its middle, so an event known only to the month counts where its bar and connector sit.
	return list.filter((e) => anchorTime(e) >= from && anchorTime(e) < last.end.getTime());
}

const monthIso = (iso: string) => iso.slice(0, 7);
const yearIso = (iso: string) => iso.slice(0, 4);

export const timeline = defineChart({
	id: 'timeline',
	states: ['all', 'breakdown', 'meeting', 'elections'],

	select: (data) => ({ timeline: data.timeline, 'timeline-translations': data['timeline-translations'] }),

	model: (rows) => ({ rows }),

	text({ rows }, state, { fmt, t }) {
		const list = events(rows.timeline);
		const segs = segments(list);
		const main = segs[segs.length - 1];
		const before = list.length - main.length;
		const ev = (id: string) => byId(rows.timeline, id);
		const d = (id: string) => fmt.date(ev(id).date);
		const mainYear = fmt.date(yearIso(main[0].row.date));
		const from = fmt.date(monthIso(main[0].row.date));
		const to = fmt.date(monthIso(main[main.length - 1].row.date));
		const busy = windowEvents(list, 'meeting').length;

		let alt = t.alt(fmt.int(list.length), fmt.int(before), mainYear, fmt.int(main.length), from, to, fmt.int(busy), d(IDS.maduro), d(IDS.meeting));
		const n = fmt.int(windowEvents(list, state).length);
		if (state === 'breakdown') alt += ' ' + t.altState.breakdown(n, d(IDS.firstStrike), d(IDS.finding), d(IDS.visaRevoked), d(IDS.sanctions), d(IDS.maduro));
		if (state === 'meeting') alt += ' ' + t.altState.meeting(n, d(IDS.call), d(IDS.visaGranted), d(IDS.meeting), d(IDS.pipe));
		if (state === 'elections') alt += ' ' + t.altState.elections(d(IDS.congress), d(IDS.firstRound), d(IDS.runoff));

		return {
			title: t.title,
			subtitle: t.subtitle,
			notes: [t.notes.axis(mainYear, from, to), t.notes.precision(d(IDS.visaGranted)), t.notes.refined(d(IDS.finding), d(IDS.previousDecertification))],
			alt
		};
	},

	table({ rows }, { lang, fmt, t }) {
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'date', label: t.table.date },
				{ key: 'category', label: t.table.category },
				{ key: 'event', label: t.table.event },
				{ key: 'in_article', label: t.table.inArticle },
				{ key: 'status', label: t.table.status },
				{ key: 'source', label: t.table.source }
			],
			rows: events(rows.timeline).map(({ row }) => ({
				date: dateLabel(row, fmt, t),
				category: t.categories[row.category],
				event: eventText(row, lang, rows['timeline-translations']),
				in_article: row.in_article ? t.table.yes : t.table.no,
				status: t.table.statusValues[row.status],
				source: row.source
			}))
		};
	},

	render({ rows }, { width, state, document, colors, lang, fmt, t }) {
		const narrow = width < 520;
		const everything = events(rows.timeline);
		// A story state zooms in on its window: only its events are drawn, so the chart stays legible
		// when it is pinned beside the text (the whole list is one scroll of the /timeline/ page).
		const zoom = new Set(windowEvents(everything, state).map((e) => e.row.id));
		const list = zoom.size ? everything.filter((e) => zoom.has(e.row.id)) : everything;
		const segs = segments(list);
		const highlighted = new Set<string>();
		const windowList: Event[] = [];
		const windowSpan = windowList.length
			? [Math.min(...windowList.map((e) => e.start.getTime())), Math.max(...windowList.map((e) => e.end.getTime()))]
			: null;
		const dim = (e: Event) => (highlighted.size > 0 && !highlighted.has(e.row.id) ? 0.35 : 1);
		const colorOf = (c: Category) => colors[CATEGORY[c].color as keyof Palette];

		// The bands of the axis: a month each on the main run, a year each before it (see below).
		const bandStarts = segs.map((seg, i) => {
			const main = i === segs.length - 1;
			const lastEnd = new Date(Math.max(...seg.map((e) => e.end.getTime())));
			const end = main ? ceilMonth(lastEnd) : ceilYear(lastEnd);
			const starts = main ? monthStarts([floorMonth(seg[0].start), end]) : yearStarts([floorYear(seg[0].start), end]);
			return { unit: (main ? 'month' : 'year') as 'month' | 'year', starts, end };
		});
		const bandLabel = (d: Date, unit: 'month' | 'year') => (unit === 'year' ? fmt.date(String(d.getUTCFullYear())) : fmt.monthYear(d));

		// Bars that overlap in time take separate lanes, left of the axis.
		const lanes: number[] = [];
		const laneOf = new Map<string, number>();
		for (const e of list.filter((x) => x.span).sort((a, b) => a.start.getTime() - b.start.getTime())) {
			let lane = lanes.findIndex((end) => end <= e.start.getTime());
			if (lane < 0) lane = lanes.length;
			lanes[lane] = e.end.getTime();
			laneOf.set(e.row.id, lane);
		}

		// Horizontal layout: band names | bars | axis and day marks | connectors | the list.
		const tickSize = narrow ? 11 : type.note;
		const tickWidth = Math.max(...bandStarts.flatMap((b) => b.starts.map((d) => bandLabel(d, b.unit).length))) * tickSize * 0.5;
		const laneStep = 9;
		const axisX = Math.ceil(tickWidth + 21 + Math.max(0, lanes.length - 1) * laneStep);
		const barX = (lane: number) => axisX - 10 - lane * laneStep;
		const tickX = barX(Math.max(0, lanes.length - 1)) - 9;
		const labelX = axisX + (narrow ? 38 : 64);
		const labelWidth = width - labelX - 4;
		const headSize = type.note;
		const bodySize = narrow ? type.annotation - 0.5 : type.annotation;
		const headLine = headSize * 1.25;
		const bodyLine = bodySize * 1.28;
		const blockGap = narrow ? 10 : 9;

		// Each event's block of words: a head line (date, category, a caveat), then the event itself.
		const blocks = list.map((e) => {
			const r = e.row;
			const parts = [
				{ text: capitalize(dateLabel(r, fmt, t)), bold: true, fill: colors.ink, italic: false },
				{ text: t.categories[r.category], bold: false, fill: colorOf(r.category), italic: false },
				...(r.precision === 'month' ? [{ text: t.dayUnknown, bold: false, fill: colors.muted, italic: true }] : [])
			];
			const head = packHead(parts, labelWidth, headSize);
			const body = wrap(eventText(r, lang, rows['timeline-translations']), labelWidth, bodySize);
			const height = head.length * headLine + body.length * bodyLine;
			return { e, head, body, height };
		});

		// The legend, wrapped to the width.
		const legendItems = [
			...CATEGORIES.map((c) => ({ kind: 'category' as const, c, label: t.categories[c] })),
			{ kind: 'span' as const, c: null, label: t.legend.span },
			{ kind: 'refined' as const, c: null, label: t.legend.refined }
		];
		const legendSize = type.note;
		const legendRow = legendSize * 1.6;
		const legendPlaced: { item: (typeof legendItems)[number]; x: number; row: number }[] = [];
		{
			let x = 0;
			let row = 0;
			for (const item of legendItems) {
				const w = 16 + item.label.length * legendSize * 0.5 + 14;
				const breakBefore = item.kind !== 'category' && legendPlaced.length > 0 && legendPlaced[legendPlaced.length - 1].item.kind === 'category';
				if ((x > 0 && x + w > width) || (breakBefore && x > 0)) {
					x = 0;
					row += 1;
				}
				legendPlaced.push({ item, x, row });
				x += w;
			}
		}
		const legendHeight = (legendPlaced[legendPlaced.length - 1].row + 1) * legendRow + 8;

		// Vertical layout. The axis is a column of bands, a month each on the main run and a year each
		// before it; a band is as tall as the words of its events need (an empty one stays thin), and
		// within a band events sit at their dates. So the month-long visa bar fills its month's band.
		const panelHead = 34;
		const breakGap = 24;
		const bandPad = 6;
		const emptyBand = tickSize + 10;
		interface Band {
			start: Date;
			end: Date;
			y0: number;
			y1: number;
			events: Event[];
			unit: 'year' | 'month';
		}
		interface Seg {
			bands: Band[];
			y0: number;
			y1: number;
		}
		const laid: Seg[] = [];
		let y = legendHeight;
		segs.forEach((seg, i) => {
			const main = i === segs.length - 1;
			y += i === 0 || main ? panelHead : breakGap;
			const { unit, starts, end: segEnd } = bandStarts[i];
			const bounds = [...starts, segEnd];
			const y0 = y;
			const bands: Band[] = starts.map((start, k) => {
				const end = bounds[k + 1];
				const inBand = seg.filter((e) => anchorTime(e) >= start.getTime() && anchorTime(e) < end.getTime());
				const stack = inBand.reduce((sum, e) => sum + blocks[list.indexOf(e)].height + blockGap, 0) - blockGap;
				const h = inBand.length ? stack + 2 * bandPad : emptyBand;
				const band = { start, end, y0: y, y1: y + h, events: inBand, unit } as Band;
				y += h;
				return band;
			});
			laid.push({ bands, y0, y1: y });
		});
		const height = Math.ceil(y + 6);

		const svg = svgRoot(document, width, height, colors.ink);

		// Legend.
		const legend = svgEl(document, 'g', { class: 'legend', 'font-size': legendSize }, svg);
		for (const { item, x, row } of legendPlaced) {
			const cy = row * legendRow + legendSize * 0.8;
			const g = svgEl(document, 'g', { transform: `translate(${px(x)},${px(cy)})`, class: `legend-${item.kind}` }, legend);
			if (item.kind === 'category') svgEl(document, 'path', { d: symbolPath(CATEGORY[item.c!].shape, 7), fill: colorOf(item.c!), transform: 'translate(6,0)' }, g);
			if (item.kind === 'span') svgEl(document, 'rect', { x: 3, y: -7, width: 6, height: 14, rx: 1, fill: colors.muted }, g);
			if (item.kind === 'refined') svgEl(document, 'path', { d: symbolPath(symbolCircle, 7), fill: colors.background, stroke: colors.muted, 'stroke-width': 1.5, transform: 'translate(6,0)' }, g);
			const label = svgEl(document, 'text', { x: 16, y: legendSize * 0.35, fill: colors.ink }, g);
			label.textContent = item.label;
		}

		const highlightLayer = svgEl(document, 'g', { class: 'highlight', fill: colors.highlight }, svg);
		const axisLayer = svgEl(document, 'g', { class: 'axis', 'font-size': tickSize, fill: colors.muted }, svg);
		const connectors = svgEl(document, 'g', { class: 'connector', fill: 'none', stroke: colors.muted, 'stroke-width': 0.8 }, svg);
		const spanMarks = svgEl(document, 'g', { class: 'event-span', 'stroke-width': 1.5 }, svg);
		const dayMarks = svgEl(document, 'g', { class: 'event-day', 'stroke-width': 1.5 }, svg);
		const labels = svgEl(document, 'g', { class: 'event-label' }, svg);

		// Panel headings and axis breaks.
		const mainYear = fmt.date(yearIso(segs[segs.length - 1][0].row.date));
		laid.forEach((seg, i) => {
			const main = i === laid.length - 1;
			if (i === 0 || main) {
				const first = segs[i][0].row.date;
				const last = segs[i][segs[i].length - 1].row.date;
				const heading = main ? t.panels.main(fmt.date(monthIso(first)), fmt.date(monthIso(last))) : t.panels.before(mainYear);
				const h = svgEl(document, 'text', { x: 0, y: px(seg.y0 - 12), 'font-size': type.note, 'font-weight': 700, fill: colors.ink, 'letter-spacing': 0.4, class: 'panel-heading' }, axisLayer);
				h.textContent = heading.toLocaleUpperCase(lang);
			} else {
				// A break in the axis: two short slashes across the line, in the gap between segments.
				const by = seg.y0 - breakGap / 2;
				svgEl(document, 'line', { x1: axisX, x2: axisX, y1: px(seg.y0 - breakGap), y2: px(seg.y0), stroke: colors.muted, 'stroke-dasharray': '2,3' }, axisLayer);
				for (const dy of [-3, 3])
					svgEl(document, 'line', { x1: axisX - 6, x2: axisX + 6, y1: px(by + dy + 3), y2: px(by + dy - 3), stroke: colors.muted, 'stroke-width': 1.3, class: 'axis-break' }, axisLayer);
			}
		});

		for (const seg of laid) {
			const scale = scaleUtc()
				.domain([...seg.bands.map((b) => b.start), seg.bands[seg.bands.length - 1].end])
				.range([...seg.bands.map((b) => b.y0), seg.y1]);

			// The axis line; a rule and a name at the top of each band.
			svgEl(document, 'line', { x1: axisX, x2: axisX, y1: px(seg.y0), y2: px(seg.y1), stroke: colors.muted, 'stroke-width': 1 }, axisLayer);
			for (const band of seg.bands) {
				svgEl(
					document,
					'line',
					{ x1: 0, x2: width, y1: px(band.y0), y2: px(band.y0), stroke: colors.grid, class: 'band-rule', 'data-start': band.unit === 'year' ? String(band.start.getUTCFullYear()) : isoMonth(band.start) },
					axisLayer
				);
				const label = svgEl(
					document,
					'text',
					{ x: px(tickX), y: px(band.y0 + tickSize + 1), 'text-anchor': 'end', class: 'tick', fill: band.events.length ? colors.ink : colors.muted },
					axisLayer
				);
				label.textContent = bandLabel(band.start, band.unit);
			}
			const last = seg.bands[seg.bands.length - 1];
			svgEl(
				document,
				'line',
				{ x1: 0, x2: width, y1: px(seg.y1), y2: px(seg.y1), stroke: colors.grid, class: 'band-rule', 'data-start': last.unit === 'year' ? String(last.end.getUTCFullYear()) : isoMonth(last.end) },
				axisLayer
			);

			const placed: { col: number; y: number }[] = [];
			for (const band of seg.bands) {
				// An empty band inside the state's window is part of it.
				if (!band.events.length && windowSpan && band.start.getTime() >= windowSpan[0] && band.end.getTime() <= windowSpan[1])
					svgEl(document, 'rect', { x: 0, width, y: px(band.y0), height: px(band.y1 - band.y0) }, highlightLayer);
				if (!band.events.length) continue;
				const bandBlocks = band.events.map((e) => blocks[list.indexOf(e)]);
				const anchors = band.events.map((e) => scale(anchorTime(e)));
				const tops = dodge(
					anchors.map((a) => a - headSize * 0.6),
					bandBlocks.map((b) => b.height),
					blockGap,
					band.y0 + bandPad,
					band.y1 - bandPad
				);

				band.events.forEach((e, k) => {
					const r = e.row;
					const fill = r.status === 'refined' ? colors.background : colorOf(r.category);
					const stroke = colorOf(r.category);
					const opacity = dim(e);
					let fromX: number;
					if (e.span) {
						const y0 = scale(e.start);
						const y1 = scale(e.end);
						const bx = barX(laneOf.get(r.id) ?? 0);
						svgEl(
							document,
							'rect',
							{ x: bx - 3, width: 6, y: px(y0 + 1), height: px(Math.max(2, y1 - y0 - 2)), rx: 1, fill, stroke, opacity, 'data-id': r.id, 'data-precision': r.precision },
							spanMarks
						);
						fromX = bx + 3;
					} else {
						// Marks too close to one above them step to the right.
						let col = 0;
						while (placed.some((p) => p.col === col && Math.abs(p.y - anchors[k]) < 13)) col++;
						placed.push({ col, y: anchors[k] });
						const cx = axisX + col * 13;
						svgEl(
							document,
							'path',
							{ d: symbolPath(CATEGORY[r.category].shape, 7), transform: `translate(${px(cx)},${px(anchors[k])})`, fill, stroke, opacity, 'data-id': r.id },
							dayMarks
						);
						fromX = cx + 6;
					}

					// The connector, from the mark to the head line of the label.
					const toX = labelX - 5;
					const toY = tops[k] + headSize * 0.6;
					const midX = (Math.max(fromX, axisX + 20) + toX) / 2;
					svgEl(
						document,
						'path',
						{ d: `M${px(fromX)},${px(anchors[k])}C${px(midX)},${px(anchors[k])} ${px(midX)},${px(toY)} ${px(toX)},${px(toY)}`, opacity: opacity === 1 ? 0.9 : 0.3, 'data-id': r.id },
						connectors
					);

					// The state's events: their rows in the highlight colour, edge to edge so a run reads as one.
					const b = bandBlocks[k];
					if (highlighted.has(r.id)) {
						const top = k === 0 ? band.y0 : tops[k] - blockGap / 2;
						const bottom = k === band.events.length - 1 ? band.y1 : tops[k] + b.height + blockGap / 2;
						svgEl(document, 'rect', { x: 0, width, y: px(top), height: px(bottom - top), 'data-id': r.id }, highlightLayer);
					}

					// The words.
					const g = svgEl(document, 'g', { opacity, 'data-id': r.id, transform: `translate(${labelX},${px(tops[k])})` }, labels);
					b.head.forEach((line, li) => {
						const text = svgEl(document, 'text', { x: 0, y: px(headSize * 0.95 + li * headLine), 'font-size': headSize }, g);
						line.forEach((part, pi) => {
							const span = svgEl(document, 'tspan', { fill: part.fill, 'font-weight': part.bold ? 700 : null, 'font-style': part.italic ? 'italic' : null }, text);
							span.textContent = (pi > 0 ? ' · ' : '') + part.text;
						});
					});
					textLines(document, b.body, { x: 0, y: px(b.head.length * headLine + bodySize * 0.95), 'font-size': bodySize, fill: colors.ink }, bodyLine, g);
				});
			}

		}

		return svg;
	}
});

/** A label opens with a capital, as "enero de 2026" does at the start of a line in Spanish. */
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Greedy line packing of the head parts: "date · category · caveat", breaking between parts. */
function packHead<P extends { text: string; bold: boolean }>(parts: P[], width: number, size: number): P[][] {
	const lines: P[][] = [];
	let used = 0;
	for (const p of parts) {
		const w = (p.text.length + (used > 0 ? 3 : 0)) * size * (p.bold ? 0.55 : 0.5);
		if (lines.length && used + w <= width) {
			lines[lines.length - 1].push(p);
			used += w;
		} else {
			lines.push([p]);
			used = p.text.length * size * (p.bold ? 0.55 : 0.5);
		}
	}
	return lines;
}

/**
 * Tops for blocks of given heights, as near their wished tops as possible without overlapping:
 * pushed down in order, then back up from the end if the last would pass `max`, never above `min`.
 */
function dodge(wished: number[], heights: number[], gap: number, min: number, max: number): number[] {
	const tops = wished.slice();
	for (let i = 0; i < tops.length; i++) tops[i] = Math.max(tops[i], i === 0 ? min : tops[i - 1] + heights[i - 1] + gap);
	for (let i = tops.length - 1; i >= 0; i--) {
		const limit = i === tops.length - 1 ? max - heights[i] : tops[i + 1] - gap - heights[i];
		tops[i] = Math.min(tops[i], limit);
	}
	for (let i = 0; i < tops.length; i++) tops[i] = Math.max(tops[i], i === 0 ? min : tops[i - 1] + heights[i - 1] + gap);
	return tops;
}

function symbolPath(shape: SymbolType, radius: number): string {
	// d3 sizes symbols by area; a circle of this radius sets the scale for every shape.
	return symbol(shape, Math.PI * radius * radius * 0.62).digits(2)()!;
}

function floorMonth(d: Date): Date {
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}
function floorYear(d: Date): Date {
	return new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
}
const isoMonth = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
function ceilMonth(d: Date): Date {
	const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
	return m.getTime() === d.getTime() ? m : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}
function ceilYear(d: Date): Date {
	const y = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
	return y.getTime() === d.getTime() ? y : new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
}
function monthStarts([a, b]: [Date, Date]): Date[] {
	const out: Date[] = [];
	for (let d = new Date(a); d < b; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) out.push(d);
	return out;
}
function yearStarts([a, b]: [Date, Date]): Date[] {
	const out: Date[] = [];
	for (let d = new Date(a); d < b; d = new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1))) out.push(d);
	return out;
}
