import * as Plot from '@observablehq/plot';
import type { ArticleClaimRow, UsAidRow } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import type { UsAidStrings } from '$lib/i18n/en/charts/us-aid';
import { wrapText } from './wrap-text';
import { defineChart } from './chart-definition';
import { articleClaim } from './chart-helpers';
import { fonts, type } from './theme';
import { svgElText as el, textWidth } from './svg-elements';

/** Height is this share of width at every width, so a redraw never shifts the page. */
const RATIO = 0.9;
/** The article's figures, by their ids in data/article-claims.csv. */
const CLAIMS = { aid: 'us-security-aid', planStart: 'plan-colombia-start' } as const;
/** Empty year-slots left between the two sources on the time axis, so they never read as one series. */
const GAP = 3;
/** Half the width of a bar, in year-slots. */
const BAR = 0.38;

type Rows = { 'us-aid': UsAidRow[]; 'article-claims': ArticleClaimRow[] };

const yearOf = (period: string) => Number(period.slice(0, 4));

interface Bar {
	year: number;
	mil: UsAidRow;
	econ: UsAidRow;
	provisional: boolean;
}

/** The rows split the way the chart draws them; everything else in the selection is in the notes and table only. */
function parts(rows: Rows) {
	const aid = rows['us-aid'];
	const cip = aid.filter((r) => r.series === 'cip_plan_colombia' && r.period_kind === 'year');
	const years = [...new Set(cip.map((r) => yearOf(r.period)))].sort((a, b) => a - b);
	const bars: Bar[] = years.map((year) => {
		const of = (account: UsAidRow['account']) => {
			const r = cip.find((x) => yearOf(x.period) === year && x.account === account);
			if (!r) throw new Error(`us-aid chart: no ${account} row for ${year} in data/us-aid.csv`);
			return r;
		};
		const mil = of('military_police');
		const econ = of('economic_social');
		return { year, mil, econ, provisional: mil.figure !== 'actual' || econ.figure !== 'actual' };
	});
	const later = aid.filter((r) => r.series === 'later_totals' && r.period_kind === 'year').sort((a, b) => a.period.localeCompare(b.period));
	const laterYears = new Set(later.map((r) => yearOf(r.period)));
	const yearly = aid.filter((r) => r.series === 'alternative_totals' && r.period_kind === 'year');
	// Other totals are drawn only beside a later total of the same year; anything else stays off the axis.
	const alternatives = yearly.filter((r) => r.account === 'total' && laterYears.has(yearOf(r.period)));
	const security = yearly.find((r) => r.account === 'security');
	const offAxis = aid.filter((r) => r.period_kind === 'cumulative' || (r.series === 'alternative_totals' && r.account === 'total' && !laterYears.has(yearOf(r.period))));
	const claim = articleClaim(rows['article-claims'], CLAIMS.aid);
	const planStart = rows['article-claims'].find((c) => c.id === CLAIMS.planStart);
	return { bars, later, alternatives, security, offAxis, claim, planStart };
}



export const usAid = defineChart({
	id: 'us-aid',
	states: ['plan-colombia', 'later', 'claim'],

	select: (data) => ({
		'us-aid': data['us-aid'],
		'article-claims': data['article-claims'].filter((c) => c.id === CLAIMS.aid || c.id === CLAIMS.planStart)
	}),

	model: (rows) => ({ rows }),

	text({ rows }, state, { fmt, t }) {
		const { bars, later, alternatives, security, offAxis, claim } = parts(rows);
		const m = (n: number) => t.money(fmt.num(n));
		const year = (y: number) => fmt.date(String(y));
		const approx = (r: { bound: string | null }) => (r.bound === 'approximately' ? t.approx : '');
		const first = bars[0];
		const peak = bars.reduce((a, b) => (b.mil.usd_millions > a.mil.usd_millions ? b : a));
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
		const secMoney = security ? m(security.usd_millions) : '';
		const secYear = security ? year(yearOf(security.period)) : '';
		const lastLater = later[later.length - 1];
		const laterGap = (() => {
			for (let i = 1; i < later.length; i++) {
				const a = yearOf(later[i - 1].period);
				const b = yearOf(later[i].period);
				if (b - a > 1) return [year(a + 1), year(b - 1)];
			}
			return ['', ''];
		})();
		const cum = offAxis.find((r) => r.period_kind === 'cumulative');
		const supp = offAxis.find((r) => r.period_kind === 'year');

		let alt = t.alt(
			year(first.year),
			year(bars[bars.length - 1].year),
			year(first.year),
			pair(first),
			year(peak.year),
			pair(peak),
			provisional(est),
			provisional(req),
			laterList
		);
		if (state === 'plan-colombia') alt += ' ' + t.altState['plan-colombia'](m(peak.mil.usd_millions), year(peak.year));
		if (state === 'later') alt += ' ' + t.altState.later(altYear, altList);
		if (state === 'claim' && checked[0]) alt += ' ' + t.altState.claim(claimMoney, m(checked[0].usd_millions), year(yearOf(checked[0].period)), secMoney, secYear);

		const notes = [
			t.notes.cip(year(first.year), year(bars[bars.length - 1].year), est ? year(est.year) : '', req ? year(req.year) : ''),
			t.notes.later(year(yearOf(later[0].period)), year(yearOf(lastLater.period)), laterGap[0], laterGap[1]),
			...(checked.length >= 2
				? [t.notes.claim(claimMoney, year(yearOf(checked[0].period)), m(checked[0].usd_millions), year(yearOf(checked[1].period)), m(checked[1].usd_millions), secMoney, secYear)]
				: []),
			...(alternatives.length ? [t.notes.alternatives(altYear, altList)] : []),
			...(cum && supp
				? [t.notes.offAxis(m(supp.usd_millions), year(yearOf(supp.period)), m(cum.usd_millions), year(yearOf(cum.period)), year(Number(cum.period.split('/')[1])))]
				: [])
		];
		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table({ rows }, { fmt, t }) {
		const tt = t.table;
		const { offAxis } = parts(rows);
		const value = (n: number, bound: string | null) => (bound === 'approximately' ? `${tt.about} ` : '') + fmt.num(n);
		const period = (p: string) => (p.includes('/') ? tt.range(fmt.date(p.split('/')[0]), fmt.date(p.split('/')[1])) : fmt.date(p));
		const data = rows['us-aid'].map((r) => ({
			period: period(r.period),
			account: tt.accounts[r.account],
			figure: tt.figures[r.figure],
			series: tt.seriesNames[r.series],
			value: value(r.usd_millions, r.bound),
			shown: offAxis.includes(r) ? tt.notesOnly : tt.yes,
			status: tt.statuses[r.status],
			source: r.source
		}));
		const claim = articleClaim(rows['article-claims'], CLAIMS.aid);
		return {
			caption: tt.caption,
			columns: [
				{ key: 'period', label: tt.period },
				{ key: 'account', label: tt.account },
				{ key: 'figure', label: tt.figure },
				{ key: 'series', label: tt.series },
				{ key: 'value', label: tt.value, numeric: true },
				{ key: 'shown', label: tt.shown },
				{ key: 'status', label: tt.status },
				{ key: 'source', label: tt.source }
			],
			rows: [
				...data,
				{
					period: tt.perYear,
					account: tt.accounts.claimed,
					figure: tt.figures.claim,
					series: tt.seriesNames.article,
					value: value(claim.value ?? 0, claim.bound),
					shown: tt.yes,
					status: tt.statuses[claim.status],
					source: claim.source
				}
			]
		};
	},

	render({ rows }, { width, state, document, colors, fmt, t }) {
		const { bars, later, alternatives, security, claim, planStart } = parts(rows);
		const narrow = width < 520;
		const height = Math.round(width * RATIO);
		const m = (n: number) => t.money(fmt.num(n));
		const approx = (r: { bound: string | null }) => (r.bound === 'approximately' ? t.approx : '');
		const svg = el(document, 'svg', {
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			'font-family': fonts.family,
			class: 'us-aid-chart'
		});

		// ── Legend: one row when it fits, else a two-column grid; laid out from the width only ──
		const legendSize = narrow ? 12 : type.annotation;
		const items = [
			{ key: 'military', label: t.legend.military },
			{ key: 'economic', label: t.legend.economic },
			{ key: 'provisional', label: t.legend.provisional },
			{ key: 'total', label: t.legend.total }
		];
		const itemW = items.map((it) => 18 + textWidth(it.label, legendSize) + 14);
		const oneRow = itemW.reduce((a, b) => a + b, 0) <= width;
		const col1 = Math.max(itemW[0], itemW[2]);
		const twoCols = col1 + Math.max(itemW[1], itemW[3]) - 14 <= width;
		const pos = items.map((_, i) =>
			oneRow
				? { x: itemW.slice(0, i).reduce((a, b) => a + b, 0), y: 0 }
				: twoCols
					? { x: i % 2 === 0 ? 0 : col1, y: i < 2 ? 0 : 19 }
					: { x: 0, y: i * 19 }
		);
		items.forEach((it, i) => {
			const g = el(document, 'g', { transform: `translate(${pos[i].x},${pos[i].y})`, class: `legend-${it.key}` });
			if (it.key === 'total') {
				g.append(el(document, 'line', { x1: 0, x2: 13, y1: 6.5, y2: 6.5, stroke: colors.ink, 'stroke-width': 1.5 }));
				g.append(el(document, 'circle', { cx: 6.5, cy: 6.5, r: 3.5, fill: colors.ink }));
			} else {
				const sw: Record<string, string | number> =
					it.key === 'military'
						? { fill: colors.compare }
						: it.key === 'economic'
							? { fill: colors.other }
							: { fill: colors.muted, 'fill-opacity': 0.3, stroke: colors.muted, 'stroke-dasharray': '3,2', 'stroke-width': 1.2 };
				g.append(el(document, 'rect', { x: 0.75, y: 0.75, width: 11.5, height: 11.5, ...sw }));
			}
			g.append(el(document, 'text', { x: 18, y: 11, 'font-size': legendSize, fill: colors.ink }, it.label));
			svg.append(g);
		});
		const plotTop = Math.max(...pos.map((p) => p.y)) + 24;
		const plotHeight = height - plotTop;

		// ── The time axis: two segments with GAP empty slots between the sources ──
		const start1 = bars[0].year;
		const end1 = bars[bars.length - 1].year;
		const laterYears = later.map((r) => yearOf(r.period));
		const start2 = Math.min(...laterYears);
		const end2 = Math.max(...laterYears);
		const shift = start2 - end1 - 1 - GAP;
		const X = (y: number) => (y <= end1 ? y : y - shift);
		const divider = X(end1) + (GAP + 1) / 2;
		const x0 = X(start1) - 0.6;
		const x1 = X(end2) + 0.6;

		const fontSize = narrow ? 12 : type.tick;
		const labelSize = narrow ? 12 : type.annotation;
		const smallSize = narrow ? 11 : 12;
		const lineH = labelSize * 1.15;
		const marginLeft = narrow ? 36 : 44;
		const marginRight = narrow ? 56 : 90;
		const marginTop = 22;
		const marginBottom = 24;
		const innerH = plotHeight - marginTop - marginBottom;
		const slotPx = (width - marginLeft - marginRight) / (x1 - x0);
		const rightEdge = x1 + (marginRight - 2) / slotPx;

		// The article's claim is labelled in a block above its rule, between the break and the right edge.
		const claimValue = claim.value ?? 0;
		const blockWidth = Math.min(380, (rightEdge - divider - 0.4) * slotPx);
		const claimLines = wrapText(t.claimLabel(approx(claim) + m(claimValue)), blockWidth, labelSize, 0.55);
		const fixLines = wrapText(t.claimCorrection, blockWidth, labelSize, 0.52);
		const secLines = security
			? wrapText(t.securityLabel(approx(security) + m(security.usd_millions), fmt.date(String(yearOf(security.period)))), blockWidth, labelSize, 0.55)
			: [];
		const blockH = (claimLines.length + fixLines.length + secLines.length) * lineH;
		const clearance = labelSize + 7;
		// The y scale is the same in every state: room for the tallest bar, and for the claim's block below the top.
		const stackMax = Math.max(...bars.map((b) => b.mil.usd_millions + b.econ.usd_millions));
		const need = (claimValue * innerH) / Math.max(1, innerH + marginTop - 4 - clearance - blockH);
		const top = Math.max(stackMax * 1.06, need, ...alternatives.map((r) => r.usd_millions * 1.06));
		const pxPerUnit = innerH / top;
		const blockBottom = claimValue + clearance / pxPerUnit;
		const dividerLabelTop = (textWidth(t.divider, smallSize) + 10) / pxPerUnit;

		const emBars = state === 'plan-colombia' ? 1 : 0.3;
		const emLater = state === 'plan-colombia' ? 0.35 : 1;

		const tickLabel = (y: number) => (narrow ? `’${String(y).slice(2)}` : fmt.date(String(y)));
		const ticks = [
			...bars.filter((b) => (b.year - start1) % 2 === 0 || b.year === end1).map((b) => b.year),
			// Consecutive later years each get a label only when a slot is wide enough for one.
			...laterYears.filter((y, i) => slotPx >= textWidth(tickLabel(y), fontSize) + 8 || i === 0 || y === end2 || y - laterYears[i - 1] > 1)
		];

		const provisional = bars.filter((b) => b.provisional);
		const actual = bars.filter((b) => !b.provisional);
		const segment = (data: Bar[], prov: boolean, part: 'military' | 'economic') =>
			Plot.rect(data, {
				className: `aid-${part}${prov ? '-provisional' : ''}`,
				x1: (b: Bar) => X(b.year) - BAR,
				x2: (b: Bar) => X(b.year) + BAR,
				y1: (b: Bar) => (part === 'military' ? 0 : b.mil.usd_millions),
				y2: (b: Bar) => b.mil.usd_millions + (part === 'military' ? 0 : b.econ.usd_millions),
				fill: part === 'military' ? colors.compare : colors.other,
				fillOpacity: (prov ? 0.3 : 1) * emBars,
				stroke: prov ? (part === 'military' ? colors.compare : colors.other) : 'none',
				strokeOpacity: emBars,
				strokeDasharray: prov ? '3,2' : undefined,
				strokeWidth: 1.2
			});
		const provLabel = (b: Bar) =>
			b.mil.figure === 'request' ? (narrow ? t.requestShort : t.request) : narrow ? t.estimateShort : t.estimate;

		// Later totals: a line only between consecutive years, dashed into a request.
		const links = later.slice(1).flatMap((r, i) => {
			const prev = later[i];
			return yearOf(r.period) - yearOf(prev.period) === 1 ? [{ a: prev, b: r, dashed: r.figure !== 'actual' }] : [];
		});
		// Where each later label sits so that none collides: a lone year above, the lowest below, the last to the right, else left.
		const lowest = later.reduce((a, b) => (b.usd_millions < a.usd_millions ? b : a));
		const place = (r: UsAidRow): 'above' | 'below' | 'left' | 'right' => {
			const y = yearOf(r.period);
			const i = later.indexOf(r);
			const alone = (i === 0 || y - yearOf(later[i - 1].period) > 1) && (i === later.length - 1 || yearOf(later[i + 1].period) - y > 1);
			if (i === later.length - 1) return 'right';
			if (alone) return narrow ? 'below' : 'above';
			if (r === lowest) return 'below';
			return 'left';
		};
		// In the 'claim' state only the total the fact-check compares the claim with keeps its label.
		const labelled =
			state === 'later' ? later : state === 'claim' ? later.filter((r) => r.usd_millions === claim.checked_value) : [];
		const laterLabel = (r: UsAidRow) => approx(r) + t.moneyLabel(fmt.num(r.usd_millions)) + (r.figure === 'request' ? `\n${t.request}` : '');

		const laterX = (r: UsAidRow) => X(yearOf(r.period));
		const stack = (b: Bar) => b.mil.usd_millions + b.econ.usd_millions;
		const plan = planStart?.date ? bars.filter((b) => b.year === yearOf(planStart.date!)) : [];
		// The break's dashed line stops short of the Plan Colombia label, which may run across the break.
		const dividerTop = state === 'plan-colombia' && plan.length ? stackMax - (labelSize + 4) / pxPerUnit : top;

		const plot = Plot.plot({
			document,
			width,
			height: plotHeight,
			marginLeft,
			marginRight,
			marginTop,
			marginBottom,
			style: { fontFamily: fonts.family, fontSize: `${fontSize}px`, color: colors.ink, background: 'transparent', overflow: 'visible' },
			// Colours and opacities are given as values (theme tokens), never mapped through a scale.
			color: { type: 'identity' },
			opacity: { type: 'identity' },
			x: { domain: [x0, x1], axis: null },
			y: { domain: [0, top], axis: null },
			marks: [
				Plot.gridY({ ticks: narrow ? 3 : 5, stroke: colors.grid, strokeOpacity: 1 }),
				Plot.axisY({
					ticks: narrow ? 3 : 5,
					tickFormat: (d: number) => fmt.int(d),
					tickSize: 0,
					label: t.yLabel,
					labelAnchor: 'top',
					labelArrow: false,
					labelOffset: marginLeft,
					fill: colors.ink
				}),
				// A baseline under each segment only: the break carries no axis.
				Plot.ruleY(
					[
						{ a: x0, b: X(end1) + 0.6 },
						{ a: X(start2) - 0.6, b: x1 }
					],
					{ y: 0, x1: 'a', x2: 'b', stroke: colors.muted }
				),
				// The break: its label runs up the middle of the gap, a dashed line carries on above it.
				Plot.ruleX(dividerTop > dividerLabelTop ? [divider] : [], {
					className: 'source-break',
					y1: dividerLabelTop,
					y2: dividerTop,
					stroke: colors.muted,
					strokeDasharray: '2,3'
				}),
				Plot.text([divider], {
					className: 'source-break-label',
					x: (d: number) => d,
					y: 0,
					text: () => t.divider,
					rotate: -90,
					textAnchor: 'start',
					lineAnchor: 'middle',
					dy: -2,
					fill: colors.muted,
					fontSize: smallSize
				}),
				segment(actual, false, 'military'),
				segment(actual, false, 'economic'),
				segment(provisional, true, 'military'),
				segment(provisional, true, 'economic'),
				// Estimate and request labels, staggered so that neighbours never touch.
				...[0, 1].map((k) =>
					Plot.text(
						provisional.filter((_, i) => i % 2 === k),
						{
							className: 'provisional-label',
							x: (b: Bar) => X(b.year),
							y: stack,
							text: provLabel,
							dy: k === 0 ? -7 : -21,
							fill: colors.muted,
							fillOpacity: emBars === 1 ? 1 : 0.6,
							fontSize: smallSize
						}
					)
				),
				state === 'plan-colombia'
					? Plot.text(plan, {
							className: 'plan-colombia-label',
							x: (b: Bar) => X(b.year) - BAR,
							y: stack,
							text: (b: Bar) => t.planColombia(fmt.date(String(b.year))),
							textAnchor: 'start',
							lineAnchor: 'bottom',
							dy: -5,
							fontWeight: 700,
							fill: colors.ink,
							fontSize: labelSize
						})
					: null,
				// Later totals: their own mark and colour, never joined to the bars.
				...[false, true].map((dashed) =>
					Plot.link(
						links.filter((d) => d.dashed === dashed),
						{
							className: dashed ? 'later-line-request' : 'later-line',
							x1: (d: { a: UsAidRow }) => laterX(d.a),
							y1: (d: { a: UsAidRow }) => d.a.usd_millions,
							x2: (d: { b: UsAidRow }) => laterX(d.b),
							y2: (d: { b: UsAidRow }) => d.b.usd_millions,
							stroke: colors.ink,
							strokeOpacity: emLater,
							strokeWidth: 2,
							strokeDasharray: dashed ? '4,3' : undefined
						}
					)
				),
				state === 'claim'
					? Plot.ruleY([claimValue], {
							className: 'article-claim',
							x1: X(start2) - 0.6,
							x2: x1,
							stroke: colors.accent,
							strokeWidth: 2,
							strokeDasharray: '6,4'
						})
					: null,
				Plot.dot(
					later.filter((r) => r.figure === 'actual'),
					{ className: 'later-total', x: laterX, y: 'usd_millions', r: 4.5, fill: colors.ink, fillOpacity: emLater, stroke: colors.background, strokeWidth: 1 }
				),
				Plot.dot(
					later.filter((r) => r.figure !== 'actual'),
					{ className: 'later-request', x: laterX, y: 'usd_millions', r: 4.5, fill: colors.background, stroke: colors.ink, strokeOpacity: emLater, strokeWidth: 2 }
				),
				state === 'later'
					? Plot.dot(alternatives, { className: 'other-total', x: laterX, y: 'usd_millions', r: 3.5, fill: colors.background, stroke: colors.muted, strokeWidth: 1.5 })
					: null,
				state === 'later'
					? Plot.text(alternatives, {
							className: 'other-total-label',
							x: laterX,
							y: 'usd_millions',
							text: (r: UsAidRow) => {
								const money = t.moneyLabel(fmt.num(r.usd_millions));
								if (narrow) return money;
								const full = r.basis === 'disbursed' ? t.disbursed(money) : t.otherCount(money);
								return wrapText(full, (rightEdge - laterX(r)) * slotPx - 10, smallSize, 0.5).join('\n');
							},
							textAnchor: 'start',
							dx: 7,
							fill: colors.muted,
							fontSize: smallSize
						})
					: null,
				...(['above', 'below', 'left', 'right'] as const).map((where) =>
					Plot.text(
						labelled.filter((r) => place(r) === where),
						{
							className: 'later-label',
							x: laterX,
							y: 'usd_millions',
							text: laterLabel,
							// On a phone a lone year's label hangs to the right, clear of the break's label.
							textAnchor: where === 'left' ? 'end' : where === 'right' || (narrow && where === 'below') ? 'start' : 'middle',
							lineAnchor: where === 'above' || (narrow && where === 'left') ? 'bottom' : where === 'below' ? 'top' : 'middle',
							dx: where === 'left' ? -7 : where === 'right' ? 8 : narrow && where === 'below' ? -5 : 0,
							dy: where === 'above' ? -9 : where === 'below' ? 8 : 0,
							fontWeight: 700,
							fill: colors.ink,
							stroke: colors.background,
							strokeWidth: 3,
							fontSize: labelSize
						}
					)
				),
				state === 'claim' && security
					? Plot.dot([security], {
							className: 'security-request',
							x: laterX,
							y: 'usd_millions',
							r: 5,
							symbol: 'diamond',
							fill: colors.background,
							stroke: colors.compare,
							strokeWidth: 2
						})
					: null,
				state === 'claim' && security
					? Plot.text([security], {
							className: 'security-label',
							x: laterX,
							y: 'usd_millions',
							text: (r: UsAidRow) => approx(r) + t.moneyLabel(fmt.num(r.usd_millions)),
							textAnchor: 'end',
							dx: -9,
							fill: colors.compare,
							fontWeight: 700,
							fontSize: labelSize
						})
					: null,
				state === 'claim'
					? Plot.ruleX([x1], { className: 'article-claim-leader', y1: claimValue, y2: blockBottom, stroke: colors.accent, strokeWidth: 1 })
					: null,
				// The claim's block, bottom-up: what the article says, the correction, and the security lines alone.
				...(state === 'claim'
					? [
							{ lines: claimLines, cls: 'article-claim-label', fill: colors.accent, bold: true, below: fixLines.length + secLines.length },
							{ lines: fixLines, cls: 'article-claim-correction', fill: colors.ink, bold: false, below: secLines.length },
							{ lines: secLines, cls: 'article-claim-security', fill: colors.compare, bold: true, below: 0 }
						].map((part) =>
							Plot.text([part.lines.join('\n')], {
								className: part.cls,
								x: rightEdge,
								y: blockBottom,
								text: (d: string) => d,
								textAnchor: 'end',
								lineAnchor: 'bottom',
								dy: -part.below * lineH - 3,
								lineHeight: 1.15,
								fontWeight: part.bold ? 700 : 400,
								fill: part.fill,
								fontSize: labelSize
							})
						)
					: []),
				Plot.text(ticks, {
					className: 'year-tick',
					x: (y: number) => X(y),
					y: 0,
					text: tickLabel,
					lineAnchor: 'top',
					dy: 6,
					fill: colors.ink,
					fontSize
				})
			]
		});
		plot.setAttribute('y', String(plotTop));
		svg.append(plot);
		return svg;
	}
});
