import * as Plot from '@observablehq/plot';
import type { ArticleClaimRow, Bound, UsAidRow } from '$lib/data/rows';
import { defineChart, type MarkDetail } from './chart-definition';
import { articleClaim, bounded, halo, markKeys, yearRuns } from './chart-helpers';
import { legendLayout, legendMarks, type LegendItem } from './legend';
import { fonts, type } from './theme';
import { wrapText } from './wrap-text';

/** Height is this share of width at every width, so a redraw never shifts the page. */
const RATIO = 0.9;
/** The article's figures, by their ids in data/article-claims.csv. */
const CLAIMS = { aid: 'us-security-aid', planStart: 'plan-colombia-start' } as const;
/** The one entry of the time axis that is not a year: the band between the two sources, where the axis breaks. */
const BREAK = 'break';
/** Stacking order, bottom up; also the colour scale's domain. */
const ACCOUNTS = ['military_police', 'economic_social'] as const;
/** Where a later total's label sits beside its dot; `hang` is below and to the right, `leftAbove` left and just above. */
const PLACES = {
	above: { lineAnchor: 'bottom', dy: -9 },
	below: { lineAnchor: 'top', dy: 8 },
	hang: { textAnchor: 'start', lineAnchor: 'top', dx: -5, dy: 8 },
	left: { textAnchor: 'end', dx: -7 },
	leftAbove: { textAnchor: 'end', lineAnchor: 'bottom', dx: -7, dy: -4 },
	right: { textAnchor: 'start', dx: 8 }
} as const;

type Rows = { 'us-aid': UsAidRow[]; 'article-claims': ArticleClaimRow[] };
type Link = { a: UsAidRow; b: UsAidRow };
/** One Plan Colombia year: its two accounts, their sum, and whether it is an estimate or a request rather than spending. */
export type Bar = { year: number; period: string; mil: UsAidRow; econ: UsAidRow; total: number; provisional: boolean };

const yearOf = (period: string) => Number(period.slice(0, 4));
/** A drawn amount's key, the key of its mark's details: one row per series, account, period and basis (two 2023 totals count differently). */
const keyOf = (r: UsAidRow) => `${r.series}-${r.account}-${r.period}-${r.basis}`;
const CLAIM_KEY = 'article-claim';

/** Every figure the chart stands on, derived once; the text, the table, the drawing and the story read it. */
function aidModel(rows: Rows) {
	const aid = rows['us-aid'];
	const cip = aid.filter((r) => r.series === 'cip_plan_colombia' && r.period_kind === 'year');
	const cipYears = [...new Set(cip.map((r) => yearOf(r.period)))].sort((a, b) => a - b);
	const bars: Bar[] = cipYears.map((year) => {
		const of = (account: UsAidRow['account']) => {
			const r = cip.find((x) => yearOf(x.period) === year && x.account === account);
			if (!r) throw new Error(`us-aid chart: no ${account} row for ${year} in data/us-aid.csv`);
			return r;
		};
		const [mil, econ] = [of('military_police'), of('economic_social')];
		return { year, period: String(year), mil, econ, total: mil.usd_millions + econ.usd_millions, provisional: mil.figure !== 'actual' || econ.figure !== 'actual' };
	});
	const actual = bars.filter((b) => !b.provisional);
	const later = aid.filter((r) => r.series === 'later_totals' && r.period_kind === 'year').sort((a, b) => a.period.localeCompare(b.period));
	const laterYears = new Set(later.map((r) => yearOf(r.period)));
	const yearly = aid.filter((r) => r.series === 'alternative_totals' && r.period_kind === 'year');
	const [from, to] = [yearOf(later[0].period), yearOf(later[later.length - 1].period)];
	return {
		rows,
		bars,
		cipYears,
		/** The year of the largest stack, military and economic together. */
		peakYear: bars.reduce((a, b) => (b.total > a.total ? b : a)).year,
		militaryPeak: bars.reduce((a, b) => (b.mil.usd_millions > a.mil.usd_millions ? b : a)),
		actualYears: actual.map((b) => b.year),
		/** Sums over the years of actual spending only (no estimate, no request). */
		totals: { military: actual.reduce((s, b) => s + b.mil.usd_millions, 0), all: actual.reduce((s, b) => s + b.total, 0) },
		later,
		/** Every year from the first later total to the last, so a year without one shows as an empty place on the axis. */
		laterSpan: Array.from({ length: to - from + 1 }, (_, i) => String(from + i)),
		// Other totals are drawn only beside a later total of the same year; anything else stays off the axis.
		alternatives: yearly.filter((r) => r.account === 'total' && laterYears.has(yearOf(r.period))),
		security: yearly.find((r) => r.account === 'security'),
		offAxis: aid.filter((r) => r.period_kind === 'cumulative' || (r.series === 'alternative_totals' && r.account === 'total' && !laterYears.has(yearOf(r.period)))),
		claim: articleClaim(rows['article-claims'], CLAIMS.aid),
		planStart: rows['article-claims'].find((c) => c.id === CLAIMS.planStart)
	};
}

export const usAid = defineChart({
	id: 'us-aid',
	states: ['plan-colombia', 'later', 'claim'],

	select: (data) => ({
		'us-aid': data['us-aid'],
		'article-claims': data['article-claims'].filter((c) => c.id === CLAIMS.aid || c.id === CLAIMS.planStart)
	}),

	model: aidModel,

	text({ bars, militaryPeak: peak, peakYear, later, alternatives, security, offAxis, claim }, state, { fmt, t }) {
		const m = (n: number) => t.money(fmt.num(n));
		const year = (y: number) => fmt.date(String(y));
		const approx = (r: { bound: string | null }) => (r.bound === 'approximately' ? t.approx : '');
		const [first, last] = [bars[0], bars[bars.length - 1]];
		const est = bars.find((b) => b.mil.figure === 'estimate');
		const req = bars.find((b) => b.mil.figure === 'request');
		const pair = (b: Bar) => t.altPair(m(b.mil.usd_millions), m(b.econ.usd_millions));
		const provisional = (b: Bar | undefined) => (b ? t.altProvisional(year(b.year), pair(b)) : '');
		const laterList = later.map((r) => t.altLater(year(yearOf(r.period)), approx(r) + m(r.usd_millions), r.figure === 'request')).join(', ');
		const altYear = alternatives.length ? year(yearOf(alternatives[0].period)) : '';
		const altList = alternatives.map((r) => t.notes.alternativeItem(m(r.usd_millions), r.basis === 'disbursed')).join('; ');
		const checked = later.filter((r) => r.figure === 'actual' && r.bound === 'exact');
		const claimMoney = approx(claim) + m(claim.value ?? 0);
		// The notes say "about" in words, so the money carries no "~" there.
		const [secMoney, secYear] = security ? [m(security.usd_millions), year(yearOf(security.period))] : ['', ''];
		const gap = later.slice(1).find((r, i) => yearOf(r.period) - yearOf(later[i].period) > 1);
		const gapYears = gap ? [year(yearOf(later[later.indexOf(gap) - 1].period) + 1), year(yearOf(gap.period) - 1)] : ['', ''];
		const cum = offAxis.find((r) => r.period_kind === 'cumulative');
		const supp = offAxis.find((r) => r.period_kind === 'year');

		let alt = t.alt(year(first.year), year(last.year), year(first.year), pair(first), year(peak.year), pair(peak), provisional(est), provisional(req), laterList);
		if (state === 'plan-colombia') alt += ' ' + t.altState['plan-colombia'](m(peak.mil.usd_millions), year(peak.year));
		if (state === 'later') alt += ' ' + t.altState.later(altYear, altList, year(peakYear), pair(bars.find((b) => b.year === peakYear)!));
		if (state === 'claim' && checked[0]) alt += ' ' + t.altState.claim(claimMoney, m(checked[0].usd_millions), year(yearOf(checked[0].period)), secMoney, secYear);

		const notes = [
			t.notes.cip(year(first.year), year(last.year), est ? year(est.year) : '', req ? year(req.year) : ''),
			t.notes.later(year(yearOf(later[0].period)), year(yearOf(later[later.length - 1].period)), gapYears[0], gapYears[1]),
			...(checked.length >= 2
				? [t.notes.claim(claimMoney, year(yearOf(checked[0].period)), m(checked[0].usd_millions), year(yearOf(checked[1].period)), m(checked[1].usd_millions), secMoney, secYear)]
				: []),
			...(alternatives.length ? [t.notes.alternatives(altYear, altList)] : []),
			...(cum && supp ? [t.notes.offAxis(m(supp.usd_millions), year(yearOf(supp.period)), m(cum.usd_millions), year(yearOf(cum.period)), year(Number(cum.period.split('/')[1])))] : [])
		];
		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table({ rows, offAxis, claim }, { fmt, t, vocab }) {
		const tt = t.table;
		const value = (n: number, bound: Bound | null) => [bound ? vocab.bound[bound] : '', fmt.num(n)].filter(Boolean).join(' ');
		const period = (p: string) => (p.includes('/') ? tt.range(fmt.date(p.split('/')[0]), fmt.date(p.split('/')[1])) : fmt.date(p));
		const columns = ['period', 'account', 'figure', 'series', 'value', 'shown', 'status', 'source'] as const;
		return {
			caption: tt.caption,
			columns: columns.map((key) => ({ key, label: tt[key], ...(key === 'value' ? { numeric: true } : {}) })),
			rows: [
				...rows['us-aid'].map((r) => ({
					period: period(r.period), account: tt.accounts[r.account], figure: tt.figures[r.figure], series: tt.seriesNames[r.series],
					value: value(r.usd_millions, r.bound),
					// Lines a source singles out from a law are not totals: never drawn, only listed here.
					shown: r.series === 'highlighted_lines' ? tt.tableOnly : offAxis.includes(r) ? tt.notesOnly : tt.yes,
					status: vocab.status[r.status], source: r.source
				})),
				{
					period: tt.perYear, account: tt.accounts.claimed, figure: tt.figures.claim, series: tt.seriesNames.article,
					value: value(claim.value ?? 0, claim.bound), shown: tt.yes, status: vocab.status[claim.status], source: claim.source
				}
			]
		};
	},

	details({ bars, later, alternatives, security, claim }, state, { fmt, t, vocab }) {
		const tt = t.table;
		const amount = (r: UsAidRow): MarkDetail => ({
			key: keyOf(r),
			label: r.account === 'total' ? t.legend.total : tt.accounts[r.account],
			value: bounded(vocab, r.bound, t.money(fmt.num(r.usd_millions))),
			date: fmt.date(r.period),
			status: [r.figure === 'actual' ? '' : vocab.figure[r.figure], vocab.status[r.status]].filter(Boolean).join(', '),
			sources: [r.source]
		});
		const claimed: MarkDetail = {
			key: CLAIM_KEY,
			label: tt.figures.claim,
			value: bounded(vocab, claim.bound, t.money(fmt.num(claim.value ?? 0))),
			date: tt.perYear,
			status: vocab.status[claim.status],
			sources: [claim.source]
		};
		return [
			...bars.flatMap((b) => [b.mil, b.econ]).map(amount),
			...later.map(amount),
			...(state === 'later' ? alternatives.map(amount) : []),
			...(state === 'claim' ? [...(security ? [amount(security)] : []), ...(claim.value !== null ? [claimed] : [])] : [])
		];
	},

	render({ bars, peakYear, later, laterSpan, alternatives, security, claim, planStart }, { width, state, document, colors, fmt, t, marks }) {
		const narrow = width < 520;
		// A value label beside its mark is short ("$453.1m"; "453,1" in Spanish); a label in words spells the unit out.
		const money = (r: { usd_millions: number; bound: string | null }, inWords = false) =>
			(r.bound === 'approximately' ? t.approx : '') + (inWords ? t.money : t.moneyLabel)(fmt.num(r.usd_millions));
		const [fontSize, labelSize, smallSize] = narrow ? [12, 12, 11] : [type.tick, type.annotation, 12];
		const legend: LegendItem[] = [
			{ key: 'military', label: t.legend.military, swatch: 'square', color: colors.compare },
			{ key: 'economic', label: t.legend.economic, swatch: 'square', color: colors.other },
			{ key: 'provisional', label: t.legend.provisional, swatch: 'square', color: colors.muted, opacity: 0.3, dash: '3,2' },
			{ key: 'total', label: t.legend.total, swatch: 'dot', color: colors.ink }
		];
		const legendOptions = { width, fontSize: narrow ? 12 : type.annotation, ink: colors.ink };
		const legendHeight = legendLayout(legend, legendOptions).height;
		// Above the frame: the legend, the y axis's title, room for the labels over the tallest bar. Below: the years, the break's caption.
		const [marginTop, tickRow] = [legendHeight + 8 + fontSize + 6, 6 + fontSize + 4];
		const [marginLeft, marginRight, marginBottom] = [narrow ? 36 : 44, narrow ? 56 : 90, tickRow + smallSize + 4];

		// The time axis: the Plan Colombia years, one band where the source changes, then the later years.
		const xDomain = [...bars.map((b) => b.period), BREAK, ...laterSpan];
		const stackMax = Math.max(...bars.map((b) => b.total));
		const highest = Math.max(...alternatives.map((a) => a.usd_millions));
		// Every other year of a run of consecutive years is labelled, and a run's last: no two labels touch.
		const runs = yearRuns([...bars, ...later.map((r) => ({ year: yearOf(r.period) }))]);
		const ticks = runs.flatMap((run) => run.filter((_, i) => i % 2 === 0 || i === run.length - 1).map((d) => String(d.year)));

		const [emBars, emLater] = state === 'plan-colombia' ? [1, 0.35] : [0.3, 1];
		// The later totals' step measures them against Plan Colombia's peak year: its bars stay in full.
		const barOpacity = (r: UsAidRow) => (state === 'later' && yearOf(r.period) === peakYear ? 1 : emBars);
		const bar = { x: 'period', y: 'usd_millions', fill: 'account', order: [...ACCOUNTS] } satisfies Plot.BarYOptions;
		const provisional = bars.filter((b) => b.provisional);
		const firm = bars.filter((b) => !b.provisional).flatMap((b) => [b.mil, b.econ]);
		const provisionalRows = provisional.flatMap((b) => [b.mil, b.econ]);
		const [laterActual, laterRequest] = [later.filter((r) => r.figure === 'actual'), later.filter((r) => r.figure !== 'actual')];
		const plan = planStart?.date ? bars.filter((b) => b.year === yearOf(planStart.date!)) : [];

		// Later totals: a line only between consecutive years, dashed into a request.
		const links = later.slice(1).map((b, i) => ({ a: later[i], b })).filter((d) => yearOf(d.b.period) - yearOf(d.a.period) === 1);
		// Where each later label sits so that none collides: the last to the right, a lone year above (on a phone below, hanging
		// right, clear of the break), the lowest below, else left, and just above the claim's rule so that the rule shows.
		const lowest = later.reduce((a, b) => (b.usd_millions < a.usd_millions ? b : a));
		const alone = (r: UsAidRow) => !links.some((d) => d.a === r || d.b === r);
		const place = (r: UsAidRow): keyof typeof PLACES =>
			r === later[later.length - 1] ? 'right' : alone(r) ? (narrow ? 'hang' : 'above') : r === lowest ? 'below' : narrow || state === 'claim' ? 'leftAbove' : 'left';
		// In the 'claim' state only the total the fact-check compares the claim with keeps its label.
		const labelled = state === 'later' ? later : state === 'claim' ? later.filter((r) => r.usd_millions === claim.checked_value) : [];

		// The claim's words sit above its rule, right-aligned into the right margin, across the later years' share of the frame.
		const claimValue = claim.value ?? 0;
		// n bands' width in px: every entry of the band domain gets an equal share of the frame.
		const laterPx = (n: number) => (n / xDomain.length) * (width - marginLeft - marginRight);
		const blockPx = laterPx(laterSpan.length) + marginRight - 4;
		const clearance = labelSize + 8;
		// Two styles in one block, and Plot's text mark has one style per mark: the correction is wrapped here, so that the claim
		// above it knows how many lines to clear.
		const fixLines = wrapText(t.claimCorrection, blockPx, labelSize, 0.52);
		const block = { frameAnchor: 'right', y: () => claimValue, text: (d: string) => d, dx: marginRight - 4, textAnchor: 'end', lineAnchor: 'bottom', lineHeight: 1.15, fontSize: labelSize } as const;

		return Plot.plot({
			document,
			width,
			height: Math.round(width * RATIO),
			marginLeft, marginRight, marginTop, marginBottom,
			className: 'us-aid-chart',
			style: { fontFamily: fonts.family, fontSize: `${fontSize}px`, color: colors.ink, background: 'transparent', overflow: 'visible' },
			x: { type: 'band', domain: xDomain, paddingInner: narrow ? 0.35 : 0.24, paddingOuter: 0.1, axis: null },
			// The same y scale in every state: room for the tallest bar and the other totals in circulation.
			y: { domain: [0, Math.max(stackMax, highest) * 1.06], axis: null },
			color: { domain: [...ACCOUNTS], range: [colors.compare, colors.other] },
			marks: [
				...legendMarks(legend, { ...legendOptions, top: Math.round(legendOptions.fontSize * 0.75) - marginTop, left: -marginLeft }),
				Plot.gridY({ ticks: narrow ? 3 : 5, stroke: colors.grid, strokeOpacity: 1 }),
				Plot.axisY({ ticks: narrow ? 3 : 5, tickFormat: fmt.int, tickSize: 0, label: null, fill: colors.ink }),
				// The axis's title as a text mark: Plot pins an axis label to the top of the SVG, where the legend is.
				Plot.text([t.yLabel], { className: 'y-title', frameAnchor: 'top-left', text: (d: string) => d, dx: -marginLeft, dy: legendHeight + 8 - marginTop, lineAnchor: 'top', textAnchor: 'start', fill: colors.ink, fontSize }),
				Plot.axisX({ ticks, tickFormat: (p: string) => (narrow ? `’${p.slice(2)}` : fmt.date(p)), tickSize: 0, tickPadding: 6, label: null, fill: colors.ink, fontSize }),
				// A baseline under each segment only: the break carries no axis.
				Plot.ruleY([xDomain.slice(0, bars.length), laterSpan], { y: 0, x1: (d: string[]) => d[0], x2: (d: string[]) => d[d.length - 1], stroke: colors.muted }),
				// The break: a dashed line down its band, from below the Plan Colombia label to its caption under the year labels.
				Plot.ruleX([BREAK], { className: 'source-break', x: (d: string) => d, y1: plan[0]?.total ?? stackMax, y2: 0, insetTop: 4, insetBottom: -tickRow, stroke: colors.muted, strokeDasharray: '2,3' }),
				Plot.text([BREAK], { className: 'source-break-label', x: (d: string) => d, frameAnchor: 'bottom', text: () => t.divider, lineAnchor: 'top', dy: tickRow + 2, fill: colors.muted, fontSize: smallSize }),
				Plot.barY(firm, { ...bar, className: 'aid-bars', fillOpacity: state === 'later' ? barOpacity : emBars, ...markKeys(marks, firm, keyOf) }),
				Plot.barY(provisionalRows, {
					...bar, className: 'aid-bars-provisional', fillOpacity: 0.3 * emBars, ...markKeys(marks, provisionalRows, keyOf),
					stroke: 'account', strokeOpacity: emBars, strokeDasharray: '3,2', strokeWidth: 1.2
				}),
				// Estimate and request labels, staggered so that neighbours never touch.
				...[0, 1].map((k) =>
					Plot.text(provisional.filter((_, i) => i % 2 === k), {
						className: 'provisional-label', x: 'period', y: 'total', dy: k === 0 ? -7 : -21, fill: colors.muted, fillOpacity: emBars === 1 ? 1 : 0.6, fontSize: smallSize,
						text: (b: Bar) => (b.mil.figure === 'request' ? (narrow ? t.requestShort : t.request) : narrow ? t.estimateShort : t.estimate)
					})
				),
				state === 'plan-colombia'
					? Plot.text(plan, { className: 'plan-colombia-label', x: 'period', y: 'total', text: (b: Bar) => t.planColombia(fmt.date(b.period)), textAnchor: 'start', lineAnchor: 'bottom', dy: -5, fontWeight: 700, fill: colors.ink, fontSize: labelSize })
					: null,
				// Later totals: their own mark and colour, never joined to the bars.
				...[false, true].map((dashed) =>
					Plot.link(links.filter((d) => (d.b.figure !== 'actual') === dashed), {
						className: dashed ? 'later-line-request' : 'later-line', x1: (d: Link) => d.a.period, x2: (d: Link) => d.b.period, y1: (d: Link) => d.a.usd_millions,
						y2: (d: Link) => d.b.usd_millions, stroke: colors.ink, strokeOpacity: emLater, strokeWidth: 2, strokeDasharray: dashed ? '4,3' : undefined
					})
				),
				state === 'claim'
					? Plot.ruleY([claimValue], { className: 'article-claim', x1: () => laterSpan[0], x2: () => laterSpan[laterSpan.length - 1], stroke: colors.accent, strokeWidth: 2, strokeDasharray: '6,4', ...markKeys(marks, [claimValue], () => CLAIM_KEY) })
					: null,
				Plot.dot(laterActual, { className: 'later-total', x: 'period', y: 'usd_millions', r: 4.5, fill: colors.ink, fillOpacity: emLater, stroke: colors.background, strokeWidth: 1, ...markKeys(marks, laterActual, keyOf) }),
				Plot.dot(laterRequest, { className: 'later-request', x: 'period', y: 'usd_millions', r: 4.5, fill: colors.background, stroke: colors.ink, strokeOpacity: emLater, strokeWidth: 2, ...markKeys(marks, laterRequest, keyOf) }),
				...(state === 'later'
					? [
							Plot.dot(alternatives, { className: 'other-total', x: 'period', y: 'usd_millions', r: 3.5, fill: colors.background, stroke: colors.muted, strokeWidth: 1.5, ...markKeys(marks, alternatives, keyOf) }),
							// The highest label above its dot, where nothing else is; the others to the left, over the years with no total.
							// "Disbursed" is said at every width: it is what makes that total different.
							...[true, false].map((top) =>
								Plot.text(alternatives.filter((r) => (r.usd_millions === highest) === top), {
									className: 'other-total-label', x: 'period', y: 'usd_millions', lineWidth: narrow ? 7 : 20, fill: colors.muted, fontSize: smallSize,
									...(top ? { lineAnchor: 'bottom', dy: -7 } : { textAnchor: 'end', dx: -7 }),
									text: (r: UsAidRow) => (r.basis === 'disbursed' ? t.disbursed(money(r)) : narrow ? money(r) : t.otherCount(money(r)))
								})
							)
						]
					: []),
				...(Object.keys(PLACES) as (keyof typeof PLACES)[]).map((where) =>
					Plot.text(labelled.filter((r) => place(r) === where), {
						className: 'later-label', x: 'period', y: 'usd_millions', ...PLACES[where], fontWeight: 700, fill: colors.ink, fontSize: labelSize, ...halo(colors.background),
						text: (r: UsAidRow) => money(r) + (r.figure === 'request' ? `\n${t.request}` : '')
					})
				),
				...(state === 'claim'
					? [
							security && Plot.dot([security], { className: 'security-request', x: 'period', y: 'usd_millions', r: 5, symbol: 'diamond', fill: colors.background, stroke: colors.compare, strokeWidth: 2, ...markKeys(marks, [security], keyOf) }),
							security &&
								Plot.text([security], {
									className: 'security-label', x: 'period', y: 'usd_millions', textAnchor: 'end', dx: -9, fill: colors.compare, fontWeight: 700, fontSize: labelSize, ...halo(colors.background),
									text: (r: UsAidRow) => t.securityLabel(money(r), fmt.date(String(yearOf(r.period)))),
									lineWidth: laterPx(laterSpan.length - 1) / labelSize
								}),
							// A short leader from the rule's end up to the words above it.
							Plot.ruleX([laterSpan[laterSpan.length - 1]], { className: 'article-claim-leader', x: (d: string) => d, y1: claimValue, y2: claimValue, insetBottom: clearance - 2, stroke: colors.accent }),
							Plot.text([fixLines.join('\n')], { ...block, className: 'article-claim-correction', dy: -clearance, fill: colors.ink }),
							Plot.text([t.claimLabel(money({ usd_millions: claimValue, bound: claim.bound }, true))], {
								...block, className: 'article-claim-label', dy: -clearance - fixLines.length * labelSize * block.lineHeight,
								lineWidth: blockPx / labelSize, fontWeight: 700, fill: colors.accent
							})
						]
					: [])
			]
		});
	}
});

