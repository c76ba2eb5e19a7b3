import * as Plot from '@observablehq/plot';
import type { ArticleClaimRow, Bound, ExtraditionRow, Status } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import { isoToDate } from '$lib/i18n/format';
import type { ExtraditionsStrings } from '$lib/i18n/en/charts/extraditions';
import { defineChart, type MarkDetail } from './chart-definition';
import { articleClaim, bounded, markKeys } from './chart-helpers';
import { legendLayout, legendMarks, type LegendItem } from './legend';
import { svgRoot, textWidth } from './svg-elements';
import { fonts, type } from './theme';

/** The article's figures, by their ids in data/article-claims.csv. */
const CLAIMS = { toUs: 'extraditions-to-us', approved: 'extraditions-approved' } as const;
/** The running totals for the Petro government that were found, by their period in data/extraditions.csv. */
const TALLIES = { ministry: '2022-08/2025-11', petro: '2022-08/2025-09' } as const;

type Rows = { extraditions: ExtraditionRow[]; 'article-claims': ArticleClaimRow[] };

const yearOf = (period: string) => Number(period.slice(0, 4));
const isAnnual = (r: ExtraditionRow) => r.period_kind === 'year' || r.period_kind === 'half_year';

/** A place on the band axis: a year or half year with its count, or a run of years with no row (never a zero). */
export type Period =
	| { key: string; kind: 'year' | 'half_year'; year: number; count: number; us: number | null }
	| { key: string; kind: 'gap'; from: number; to: number };
type Counted = Extract<Period, { count: number }>;
type Gap = Extract<Period, { kind: 'gap' }>;

function periods(rows: ExtraditionRow[]): Period[] {
	const pick = (dest: ExtraditionRow['destination']) => rows.filter((r) => isAnnual(r) && r.destination === dest && r.measure === 'extradited');
	const us = new Map(pick('us').map((r) => [r.period, r.count]));
	const out: Period[] = [];
	for (const r of pick('all').sort((a, b) => a.period.localeCompare(b.period))) {
		const year = yearOf(r.period);
		const prev = out[out.length - 1];
		if (prev && prev.kind !== 'gap' && year - prev.year > 1) out.push({ key: `gap-${prev.year + 1}`, kind: 'gap', from: prev.year + 1, to: year - 1 });
		out.push({ key: r.period, kind: r.period_kind as Counted['kind'], year, count: r.count, us: us.get(r.period) ?? null });
	}
	return out;
}

/** One of the three running totals for Petro's presidency: a part sent to the US within a larger number of something else. */
export interface Tally {
	key: 'article' | 'ministry' | 'petro';
	toUs: number;
	outer: number;
	outerBound: Bound;
	/** What the larger number counts: requests approved, extraditions to all countries, or US requests. */
	outerKind: 'approved' | 'all' | 'requested';
	status: Status;
	/** ISO start and cut-off of the period, when the source gives them. */
	from?: string;
	to?: string;
}

function tallies(rows: Rows): Tally[] {
	const toUs = articleClaim(rows['article-claims'], CLAIMS.toUs);
	const approved = articleClaim(rows['article-claims'], CLAIMS.approved);
	const find = (period: string, dest: ExtraditionRow['destination'], measure: ExtraditionRow['measure']) => {
		const r = rows.extraditions.find((x) => x.period === period && x.destination === dest && x.measure === measure);
		if (!r) throw new Error(`extraditions chart: data/extraditions.csv lacks a ${dest} ${measure} row for ${period}`);
		return r;
	};
	const worst = (...s: Status[]): Status => (s.includes('unverified') ? 'unverified' : s[0]);
	const tally = (key: Tally['key'], period: string, us: ExtraditionRow, outer: ExtraditionRow, outerKind: Tally['outerKind']): Tally => {
		const [from, to] = period.split('/');
		return { key, toUs: us.count, outer: outer.count, outerBound: outer.bound, outerKind, status: worst(us.status, outer.status), from, to };
	};
	const [m, p] = [TALLIES.ministry, TALLIES.petro];
	return [
		{ key: 'article', toUs: toUs.value ?? 0, outer: approved.value ?? 0, outerBound: approved.bound ?? 'exact', outerKind: 'approved', status: worst(toUs.status, approved.status) },
		tally('ministry', m, find(m, 'us', 'extradited'), find(m, 'all', 'extradited'), 'all'),
		tally('petro', p, find(p, 'us', 'extradited'), find(p, 'us', 'requested'), 'requested')
	];
}

const monthOf = (iso: string, fmt: Formatters) => fmt.monthYear(isoToDate(iso));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A period as a reader reads it: a year, the first half of a year, or a range of dates. */
function periodText(r: ExtraditionRow, fmt: Formatters, tt: ExtraditionsStrings['table']): string {
	if (r.period_kind === 'half_year') return tt.half(fmt.date(String(yearOf(r.period))));
	if (r.period_kind !== 'cumulative') return fmt.date(r.period);
	const [from, to] = r.period.split('/');
	return tt.range(fmt.date(from), fmt.date(to));
}

/** The keys of the marks' details: a period's bar (all countries, or its part to the US), a running total's. */
const barKey = (dest: ExtraditionRow['destination']) => (p: Counted) => `${p.key}-${dest}`;
const tallyKey = (part: 'outer' | 'us') => (d: Tally) => `tally-${d.key}-${part}`;

function tallyLabel(d: Tally, fmt: Formatters, t: ExtraditionsStrings): string {
	if (d.key === 'article') return t.claims.article;
	if (d.key === 'ministry') return t.claims.ministry(monthOf(d.from!, fmt), monthOf(d.to!, fmt));
	return t.claims.petro(monthOf(d.to!, fmt));
}

export const extraditions = defineChart({
	id: 'extraditions',
	states: ['annual', 'claims'],

	select: (data) => ({
		extraditions: data.extraditions.filter((r) => isAnnual(r) || Object.values(TALLIES).includes(r.period as never)),
		'article-claims': data['article-claims'].filter((c) => c.id === CLAIMS.toUs || c.id === CLAIMS.approved)
	}),

	model(rows) {
		const series = periods(rows.extraditions);
		const counted = series.filter((p): p is Counted => p.kind !== 'gap');
		/** Whole years only: a half year is a partial count, never a peak or a low. */
		const yearly = counted.filter((p) => p.kind === 'year');
		if (yearly.length === 0) throw new Error('extraditions chart: data/extraditions.csv has no yearly total');
		const peak = yearly.reduce((a, b) => (b.count > a.count ? b : a));
		const low = yearly.reduce((a, b) => (b.count < a.count ? b : a));
		const [halves, gaps] = [counted.filter((p) => p.kind === 'half_year'), series.filter((p): p is Gap => p.kind === 'gap')];
		return { rows, series, counted, yearly, halves, gaps, peak, low, last: yearly[yearly.length - 1], tallies: tallies(rows) };
	},

	text({ counted, halves, gaps, peak, tallies: [art, min, pet] }, state, { fmt, t }) {
		const year = (y: number) => fmt.date(String(y));
		const series = counted
			.map((p) => (p.kind === 'half_year' ? t.altHalfItem(year(p.year), fmt.int(p.count), p.us === null ? '?' : fmt.int(p.us)) : t.altSeriesItem(year(p.year), fmt.int(p.count))))
			.join(', ');
		const claims = [
			t.altClaims.article(fmt.int(art.toUs), fmt.int(art.outer)),
			t.altClaims.ministry(fmt.int(min.toUs), fmt.int(min.outer), fmt.date(min.from!), fmt.date(min.to!)),
			t.altClaims.petro(fmt.int(pet.toUs), fmt.int(pet.outer), fmt.date(pet.to!))
		].join('; ');
		const gap = gaps[0];
		let alt = t.alt(series, gap ? year(gap.from) : '', gap ? year(gap.to) : '', claims);
		if (state === 'annual') alt += ' ' + t.altState.annual(fmt.int(peak.count), year(peak.year), t.altClaims.ministry(fmt.int(min.toUs), fmt.int(min.outer), fmt.date(min.from!), fmt.date(min.to!)));
		if (state === 'claims') alt += ' ' + t.altState.claims(fmt.int(art.toUs), fmt.int(min.toUs), fmt.int(pet.toUs));
		return {
			title: t.title,
			subtitle: t.subtitle,
			notes: [
				t.notes.partial(halves.map((p) => year(p.year)).join(', ')),
				...gaps.map((g) => t.notes.gap(year(g.from), year(g.to))),
				t.notes.article(fmt.int(art.toUs), fmt.int(art.outer)),
				t.notes.ministry(fmt.int(min.outer), fmt.int(min.toUs), fmt.date(min.from!), fmt.date(min.to!)),
				t.notes.petro(fmt.int(pet.toUs), fmt.int(pet.outer), fmt.date(pet.to!)),
				t.notes.notComparable(fmt.date(min.to!), fmt.date(pet.to!))
			],
			alt
		};
	},

	table({ rows }, { fmt, t, vocab }) {
		const tt = t.table;
		const count = (n: number, bound: Bound | null) => [bound ? vocab.bound[bound] : '', fmt.int(n)].filter(Boolean).join(' ');
		const period = (r: ExtraditionRow) => periodText(r, fmt, tt);
		const found = rows.extraditions.map((r) => ({
			period: period(r),
			kind: tt.kinds[r.period_kind],
			destination: tt.destinations[r.destination],
			measure: tt.measures[r.measure],
			count: count(r.count, r.bound),
			status: vocab.status[r.status],
			source: r.source
		}));
		const article = [CLAIMS.toUs, CLAIMS.approved].map((id) => {
			const c = articleClaim(rows['article-claims'], id);
			const measure = id === CLAIMS.toUs ? tt.measures.extradited : tt.measures.approved;
			return { period: tt.petroPresidency, kind: tt.kinds.cumulative, destination: tt.destinations.us, measure, count: count(c.value ?? 0, c.bound), status: vocab.status[c.status], source: c.source };
		});
		const keys = ['period', 'kind', 'destination', 'measure', 'count', 'status', 'source'] as const;
		return { caption: tt.caption, columns: keys.map((key) => ({ key, label: tt[key], numeric: key === 'count' || undefined })), rows: [...found, ...article] };
	},

	details(m, _state, { fmt, t, vocab }) {
		const tt = t.table;
		const row = (period: string, destination: ExtraditionRow['destination'], measure: ExtraditionRow['measure']) =>
			m.rows.extraditions.find((r) => r.period === period && r.destination === destination && r.measure === measure);
		const amount = (r: { count: number; bound: Bound | null; measure: ExtraditionRow['measure'] }) =>
			bounded(vocab, r.bound, (r.measure === 'extradited' ? t.details.people : t.details.requests)(fmt.int(r.count)));
		const detail = (key: string, r: ExtraditionRow): MarkDetail => ({
			key,
			label: `${tt.measures[r.measure]}, ${tt.destinations[r.destination].toLowerCase()}`,
			value: amount(r),
			date: periodText(r, fmt, tt),
			status: vocab.status[r.status],
			sources: [r.source]
		});
		const bars = m.counted.flatMap((p) => {
			const [all, us] = [row(p.key, 'all', 'extradited'), row(p.key, 'us', 'extradited')];
			return [...(all ? [detail(barKey('all')(p), all)] : []), ...(us && p.us !== null ? [detail(barKey('us')(p), us)] : [])];
		});
		// The running totals: the article's two figures are its claims; the others are rows for a period.
		const claim = (id: string, measure: ExtraditionRow['measure'], key: string): MarkDetail => {
			const c = articleClaim(m.rows['article-claims'], id);
			return {
				key,
				label: `${tt.measures[measure]}, ${tt.destinations.us.toLowerCase()}`,
				value: amount({ count: c.value ?? 0, bound: c.bound, measure }),
				date: tt.petroPresidency,
				status: vocab.status[c.status],
				sources: [c.source]
			};
		};
		const totals = m.tallies.flatMap((d): MarkDetail[] => {
			if (d.key === 'article') return [claim(CLAIMS.approved, 'approved', tallyKey('outer')(d)), claim(CLAIMS.toUs, 'extradited', tallyKey('us')(d))];
			const period = TALLIES[d.key];
			const outer = row(period, d.outerKind === 'all' ? 'all' : 'us', d.outerKind === 'all' ? 'extradited' : d.outerKind);
			const us = row(period, 'us', 'extradited');
			return [...(outer ? [detail(tallyKey('outer')(d), outer)] : []), ...(us ? [detail(tallyKey('us')(d), us)] : [])];
		});
		return [...bars, ...totals];
	},

	/*
	 * Two Plot plots composed in one SVG, on purpose: the yearly counts stand on a band scale of periods
	 * against a count axis, the running totals on a band scale of sources against a count axis four times
	 * as long. Plot's facets share their x and y scales across panels, so one plot would have to put
	 * yearly and cumulative counts on one axis, which would read as if they were comparable.
	 */
	render(m, { width, state, document, colors, fmt, t, vocab, marks, compact }) {
		const narrow = width < 520;
		const small = narrow ? 12 : type.annotation;
		// Compact, no text under 12 px: the pinned box may still shrink the drawing a little.
		const tiny = narrow && !compact ? 11 : 12;
		const head = { fontWeight: 700, fontSize: type.label, fill: colors.ink, frameAnchor: 'top-left', lineAnchor: 'top', textAnchor: 'start' } as const;
		const base = {
			document,
			width,
			marginLeft: 0,
			marginRight: 0,
			style: { fontFamily: fonts.family, fontSize: `${small}px`, color: colors.ink, background: 'transparent', overflow: 'visible' },
			// Colours and opacities are theme tokens and plain values, never mapped through a scale.
			color: { type: 'identity' },
			opacity: { type: 'identity' }
		} as const;

		// ── Panel A: each year (and half year) on a band scale; a gap keeps its own band, with no bar ──
		const legend: LegendItem[] = [
			{ key: 'full', label: t.legend.fullYear, swatch: 'square', color: colors.accent },
			{ key: 'half', label: t.legend.halfYear, swatch: 'square', color: colors.accent, opacity: 0.25, dash: '3,2' },
			{ key: 'us', label: t.legend.us, swatch: 'square', color: colors.compare }
		];
		const legendHeight = legendLayout(legend, { width, fontSize: small }).height;
		// Above the frame, top down: the heading, the legend, then room for the label of Petro's term and,
		// below it, the tallest bar's label.
		// Compact (a phone's pinned box), the bars are shorter and the rows tighter: every count keeps its label.
		const [headingH, termRoom] = compact ? [20, 32] : [22, 38];
		const marginTopA = headingH + legendHeight + 6 + termRoom;
		const barsHeight = compact ? 96 : Math.round(Math.min(240, Math.max(210, width * 0.36)));
		const [startIso] = TALLIES.ministry.split('/');
		const start = isoToDate(startIso);
		// In the 'claims' state the years before Petro's term step back; his years stay in full.
		const dim = (p: Counted) => (state === 'claims' && p.year < start.getUTCFullYear() ? 0.3 : 1);
		const yearLabel = (y: number) => (narrow ? `’${String(y).slice(2)}` : fmt.date(String(y)));
		const tick = (key: string) => {
			const p = m.counted.find((c) => c.key === key)!;
			return p.kind === 'half_year' && !narrow ? `${yearLabel(p.year)}\n${t.halfShort}` : yearLabel(p.year);
		};
		const termYear = m.counted.find((p) => p.kind === 'year' && p.year === start.getUTCFullYear());
		const term = termYear ? [{ x1: termYear.key, x2: m.series[m.series.length - 1].key }] : [];
		const withUs = m.counted.filter((p) => p.us !== null);
		const plotA = Plot.plot({
			...base,
			height: marginTopA + barsHeight + (narrow ? 22 : 38),
			marginTop: marginTopA,
			marginBottom: narrow ? 22 : 38,
			x: { type: 'band', domain: m.series.map((p) => p.key), paddingInner: 0.2, paddingOuter: 0, axis: null },
			y: { domain: [0, Math.max(...m.counted.map((p) => p.count))], axis: null },
			marks: [
				Plot.text([t.panels.annual], { ...head, dy: -marginTopA }),
				legendMarks(legend, { width, fontSize: small, ink: colors.ink, top: -marginTopA + headingH + Math.round(small * 0.75) }),
				Plot.rect(term, {
					className: 'petro-term',
					x1: 'x1',
					x2: 'x2',
					insetTop: -termRoom,
					fill: colors.highlight,
					// Petro took office partway through a year: the shade starts that far into the year's band,
					// whose width only the scale knows.
					render: (index, scales, values, dims, context, next) =>
						next!(index, scales, { ...values, x1: values.x1!.map((x: number) => x + (scales.scales.x?.bandwidth ?? 0) * (start.getUTCMonth() / 12)) } as typeof values, dims, context)
				}),
				Plot.text([narrow ? t.petroInOfficeShort : t.petroInOffice(monthOf(startIso, fmt))], { frameAnchor: 'top-right', lineAnchor: 'top', textAnchor: 'end', dx: -4, dy: 4 - termRoom, fill: colors.ink, fontSize: small }),
				// The baseline stops at a gap: no data is not zero.
				Plot.tickY(m.counted, { className: 'baseline', x: 'key', y: 0, stroke: colors.muted }),
				Plot.barY(m.yearly, { className: 'annual-total', x: 'key', y: 'count', fill: colors.accent, fillOpacity: dim, ...markKeys(marks, m.yearly, barKey('all')) }),
				Plot.barY(m.halves, { className: 'partial-total', x: 'key', y: 'count', fill: colors.accent, fillOpacity: (p: Counted) => 0.25 * dim(p), stroke: colors.accent, strokeOpacity: dim, strokeWidth: 1.5, strokeDasharray: '4,3', ...markKeys(marks, m.halves, barKey('all')) }),
				Plot.barY(withUs, { className: 'us-part', x: 'key', y: 'us', insetLeft: Math.round(width / 60), insetRight: Math.round(width / 60), fill: colors.compare, fillOpacity: dim, ...markKeys(marks, withUs, barKey('us')) }),
				Plot.text(m.counted, { className: 'total-label', x: 'key', y: 'count', text: (p: Counted) => fmt.int(p.count), lineAnchor: 'bottom', dy: -4, fontWeight: 700, fill: colors.ink, fillOpacity: (p: Counted) => (dim(p) === 1 ? 1 : 0.6) }),
				Plot.text(withUs, { className: 'us-label', x: 'key', y: 'us', text: (p: Counted) => fmt.int(p.us!), lineAnchor: 'top', dy: 3, fontSize: tiny, fill: (p: Counted) => (dim(p) === 1 ? colors.background : colors.ink) }),
				Plot.text(m.gaps, { className: 'no-data', x: 'key', text: (g: Gap) => t.noData(fmt.date(String(g.from)), fmt.date(String(g.to))), rotate: -90, lineWidth: barsHeight / tiny - 2, fill: colors.muted, fontSize: tiny }),
				Plot.axisX(m.counted.map((p) => p.key), { className: 'period-tick', tickSize: 0, tickPadding: 6, tickFormat: tick, fontSize: narrow ? 12 : type.tick, fill: colors.ink })
			]
		});

		// ── Panel B: the three running totals, one band each, on their own count axis ──
		const list = m.tallies;
		// The year-by-year step also cites the Justice Ministry's count, so that total stays in full.
		const dimB = (d: Tally) => (state === 'annual' && d.key !== 'ministry' ? 0.4 : 1);
		// As a channel only where it varies (a constant keeps the claims state's markup as it was).
		const dimmed = state === 'annual' ? dimB : 1;
		const outerText = (d: Tally) => t.of[d.outerKind](fmt.int(d.outer), d.outerBound === 'approximately');
		const marginRight = Math.max(...list.map((d) => textWidth(outerText(d), small))) + 10;
		// A band is the source's line, the bar, then air: fixed pixels, so every label sits by dy from the band's centre.
		const [rowH, headerH, barH] = compact ? [34, 17, 14] : narrow ? [38, 17, 14] : [44, 19, 17];
		const barMid = headerH + barH / 2 - rowH / 2;
		const marginTop = compact ? 40 : 44;
		const inBar = (inset: number) => ({ y: 'key', insetTop: headerH + inset, insetBottom: rowH - headerH - barH + inset });
		const unverified = (d: Tally) => d.status === 'unverified';
		// Dashes are not a channel: the unverified totals are their own mark, dashed in the caution colour.
		const outer = (unv: boolean) =>
			Plot.barX(list.filter((d) => unverified(d) === unv), {
				...inBar(0),
				className: unv ? 'claim-total-unverified' : 'claim-total',
				x: 'outer',
				fill: (d: Tally) => (d.outerKind === 'all' ? colors.accent : colors.grid),
				fillOpacity: (d: Tally) => (d.outerKind === 'all' ? 0.3 : 0.8) * dimB(d),
				stroke: unv ? colors.caution : colors.muted,
				strokeOpacity: dimmed,
				strokeWidth: unv ? 1.8 : 1,
				strokeDasharray: unv ? '5,3' : undefined,
				...markKeys(marks, list.filter((d) => unverified(d) === unv), tallyKey('outer'))
			});
		const plotB = Plot.plot({
			...base,
			height: marginTop + list.length * rowH,
			marginTop,
			marginBottom: 0,
			marginRight,
			x: { domain: [0, Math.max(...list.map((d) => d.outer))], axis: null },
			y: { type: 'band', domain: list.map((d) => d.key), padding: 0, axis: null },
			marks: [
				Plot.text([t.panels.claims], { ...head, dy: -marginTop }),
				// One line, wrapped by Plot if a translation ever outgrows it (a test keeps it to one line at 320 px).
				Plot.text([t.panels.claimsNote], { ...head, className: 'claims-note', dy: 19 - marginTop, lineWidth: width / small, fontWeight: 400, fontSize: small, fill: colors.muted }),
				Plot.text(list, { ...head, className: 'claim-source', y: 'key', dy: -rowH / 2, frameAnchor: 'left', text: (d: Tally) => tallyLabel(d, fmt, t), fontSize: small }),
				Plot.text(list.filter(unverified), { ...head, className: 'unverified-tag', y: 'key', frameAnchor: 'right', textAnchor: 'end', dx: marginRight, dy: -rowH / 2, text: () => capitalise(vocab.status.unverified), fontSize: small, fill: colors.caution }),
				outer(false),
				outer(true),
				Plot.barX(list, { ...inBar(3), className: 'claim-us', x: 'toUs', fill: colors.compare, fillOpacity: dimmed, ...markKeys(marks, list, tallyKey('us')) }),
				Plot.text(list, { className: 'claim-us-label', y: 'key', x: 'toUs', dy: barMid, dx: -5, text: (d: Tally) => t.toUs(fmt.int(d.toUs)), textAnchor: 'end', fontWeight: 700, fontSize: tiny, fill: state === 'annual' ? (d: Tally) => (dimB(d) === 1 ? colors.background : colors.ink) : colors.background }),
				Plot.text(list, { className: 'claim-total-label', y: 'key', x: 'outer', dy: barMid, dx: 5, text: outerText, textAnchor: 'start', fontSize: small, fill: colors.ink })
			]
		});

		const heightA = Number(plotA.getAttribute('height'));
		const gapAB = compact ? 8 : narrow ? 14 : 20;
		const svg = svgRoot(document, width, heightA + gapAB + Number(plotB.getAttribute('height')), colors.ink);
		svg.setAttribute('class', 'extraditions-chart');
		plotB.setAttribute('y', String(heightA + gapAB));
		svg.append(plotA, plotB);
		return svg;
	}
});
