import * as Plot from '@observablehq/plot';
import type { ArticleClaimRow, Bound, ExtraditionRow, Status } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import { isoToDate } from '$lib/i18n/format';
import type { ExtraditionsStrings } from '$lib/i18n/en/charts/extraditions';
import { defineChart } from './chart-definition';
import { articleClaim } from './chart-helpers';
import { fonts, type, type Palette } from './theme';
import { svgElText as el, textWidth } from './svg-elements';

/** Height is this share of width at every width, so a redraw never shifts the page. */
const RATIO = 1;

/** The article's figures, by their ids in data/article-claims.csv. */
const CLAIMS = { toUs: 'extraditions-to-us', approved: 'extraditions-approved' } as const;
/** The running totals for the Petro government that were found, by their period in data/extraditions.csv. */
const TALLIES = { ministry: '2022-08/2025-11', petro: '2022-08/2025-09' } as const;

type Rows = { extraditions: ExtraditionRow[]; 'article-claims': ArticleClaimRow[] };

const yearOf = (period: string) => Number(period.slice(0, 4));
const isAnnual = (r: ExtraditionRow) => r.period_kind === 'year' || r.period_kind === 'half_year';

/** One place on the yearly axis: a period with a count, or a run of years with no row. */
type Slot =
	| { kind: 'year' | 'half_year'; i: number; row: ExtraditionRow; us: ExtraditionRow | undefined }
	| { kind: 'gap'; i: number; from: number; to: number };

/** The yearly and half-year totals in order, with a gap slot wherever years are missing (never a zero). */
function slots(rows: ExtraditionRow[]): Slot[] {
	const totals = rows
		.filter((r) => isAnnual(r) && r.destination === 'all' && r.measure === 'extradited')
		.sort((a, b) => a.period.localeCompare(b.period));
	const us = new Map(rows.filter((r) => isAnnual(r) && r.destination === 'us' && r.measure === 'extradited').map((r) => [r.period, r]));
	const out: Slot[] = [];
	let prev: number | undefined;
	for (const row of totals) {
		const year = yearOf(row.period);
		if (prev !== undefined && year - prev > 1) out.push({ kind: 'gap', i: out.length, from: prev + 1, to: year - 1 });
		out.push({ kind: row.period_kind as 'year' | 'half_year', i: out.length, row, us: us.get(row.period) });
		prev = year;
	}
	return out;
}

type Counted = Extract<Slot, { row: ExtraditionRow }>;
const counted = (s: Slot[]) => s.filter((x): x is Counted => x.kind !== 'gap');
const gaps = (s: Slot[]) => s.filter((x): x is Extract<Slot, { kind: 'gap' }> => x.kind === 'gap');

/** One of the three competing totals for Petro's presidency: a part sent to the US within a larger number. */
interface Tally {
	key: 'article' | 'ministry' | 'petro';
	toUs: number;
	outer: number;
	outerBound: Bound;
	outerKind: 'approved' | 'all' | 'requested';
	status: Status;
	/** ISO start and end of the period, when the source gives them. */
	from?: string;
	to?: string;
}

function tallies(rows: Rows): Tally[] {
	const toUs = articleClaim(rows['article-claims'], CLAIMS.toUs);
	const approved = articleClaim(rows['article-claims'], CLAIMS.approved);
	const find = (period: string, pred: (r: ExtraditionRow) => boolean) => {
		const r = rows.extraditions.find((x) => x.period === period && pred(x));
		if (!r) throw new Error(`extraditions chart: data/extraditions.csv lacks a row for ${period}`);
		return r;
	};
	const usOf = (period: string) => find(period, (r) => r.destination === 'us' && r.measure === 'extradited');
	const worst = (...s: Status[]): Status => (s.includes('unverified') ? 'unverified' : s[0]);
	const span = (period: string) => {
		const [from, to] = period.split('/');
		return { from, to };
	};
	const mUs = usOf(TALLIES.ministry);
	const mAll = find(TALLIES.ministry, (r) => r.destination === 'all' && r.measure === 'extradited');
	const pUs = usOf(TALLIES.petro);
	const pReq = find(TALLIES.petro, (r) => r.measure === 'requested');
	return [
		{
			key: 'article',
			toUs: toUs.value ?? 0,
			outer: approved.value ?? 0,
			outerBound: approved.bound ?? 'exact',
			outerKind: 'approved',
			status: worst(toUs.status, approved.status)
		},
		{ key: 'ministry', toUs: mUs.count, outer: mAll.count, outerBound: mAll.bound, outerKind: 'all', status: worst(mUs.status, mAll.status), ...span(TALLIES.ministry) },
		{ key: 'petro', toUs: pUs.count, outer: pReq.count, outerBound: pReq.bound, outerKind: 'requested', status: worst(pUs.status, pReq.status), ...span(TALLIES.petro) }
	];
}

const monthOf = (iso: string, fmt: Formatters) => fmt.monthYear(isoToDate(iso));

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

	model: (rows) => ({ rows }),

	text({ rows }, state, { fmt, t }) {
		const s = slots(rows.extraditions);
		const gap = gaps(s)[0];
		const year = (y: number) => fmt.date(String(y));
		const series = counted(s)
			.map((x) =>
				x.kind === 'half_year'
					? t.altHalfItem(year(yearOf(x.row.period)), fmt.int(x.row.count), x.us ? fmt.int(x.us.count) : '?')
					: t.altSeriesItem(year(yearOf(x.row.period)), fmt.int(x.row.count))
			)
			.join(', ');
		const [art, min, pet] = tallies(rows);
		const claims = [
			t.altClaims.article(fmt.int(art.toUs), fmt.int(art.outer)),
			t.altClaims.ministry(fmt.int(min.toUs), fmt.int(min.outer), fmt.date(min.from!), fmt.date(min.to!)),
			t.altClaims.petro(fmt.int(pet.toUs), fmt.int(pet.outer), fmt.date(pet.to!))
		].join('; ');
		const full = counted(s).filter((x) => x.kind === 'year');
		const peak = full.reduce((a, b) => (b.row.count > a.row.count ? b : a));
		let alt = t.alt(series, gap ? year(gap.from) : '', gap ? year(gap.to) : '', claims);
		if (state === 'annual') alt += ' ' + t.altState.annual(fmt.int(peak.row.count), year(yearOf(peak.row.period)));
		if (state === 'claims') alt += ' ' + t.altState.claims(fmt.int(art.toUs), fmt.int(min.toUs), fmt.int(pet.toUs));
		const halves = counted(s)
			.filter((x) => x.kind === 'half_year')
			.map((x) => year(yearOf(x.row.period)))
			.join(', ');
		return {
			title: t.title,
			subtitle: t.subtitle,
			notes: [
				t.notes.partial(halves),
				...(gap ? [t.notes.gap(year(gap.from), year(gap.to))] : []),
				t.notes.article(fmt.int(art.toUs), fmt.int(art.outer)),
				t.notes.ministry(fmt.int(min.outer), fmt.int(min.toUs), fmt.date(min.from!), fmt.date(min.to!)),
				t.notes.petro(fmt.int(pet.toUs), fmt.int(pet.outer), fmt.date(pet.to!))
			],
			alt
		};
	},

	table({ rows }, { fmt, t }) {
		const tt = t.table;
		const count = (n: number, bound: Bound | null) => (bound === 'approximately' ? `${tt.about} ` : '') + fmt.int(n);
		const period = (r: ExtraditionRow) => {
			if (r.period_kind === 'half_year') return tt.half(fmt.date(String(yearOf(r.period))));
			if (r.period_kind === 'cumulative') {
				const [from, to] = r.period.split('/');
				return tt.range(fmt.date(from), fmt.date(to));
			}
			return fmt.date(r.period);
		};
		const data = rows.extraditions.map((r) => ({
			period: period(r),
			kind: tt.kinds[r.period_kind],
			destination: tt.destinations[r.destination],
			measure: tt.measures[r.measure],
			count: count(r.count, r.bound),
			status: tt.statuses[r.status],
			source: r.source
		}));
		const article = [CLAIMS.toUs, CLAIMS.approved].map((id) => {
			const c = articleClaim(rows['article-claims'], id);
			return {
				period: tt.petroPresidency,
				kind: tt.kinds.cumulative,
				destination: tt.destinations.us,
				measure: id === CLAIMS.toUs ? tt.measures.extradited : tt.measures.approved,
				count: count(c.value ?? 0, c.bound),
				status: tt.statuses[c.status],
				source: c.source
			};
		});
		return {
			caption: tt.caption,
			columns: [
				{ key: 'period', label: tt.period },
				{ key: 'kind', label: tt.kind },
				{ key: 'destination', label: tt.destination },
				{ key: 'measure', label: tt.measure },
				{ key: 'count', label: tt.count, numeric: true },
				{ key: 'status', label: tt.status },
				{ key: 'source', label: tt.source }
			],
			rows: [...data, ...article]
		};
	},

	render({ rows }, { width, state, document, colors, fmt, t }) {
		const narrow = width < 520;
		const height = Math.round(width * RATIO);
		const svg = el(document, 'svg', {
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			'font-family': fonts.family,
			class: 'extraditions-chart'
		});
		const dimB = state === 'annual' ? 0.4 : 1;
		const style = { fontFamily: fonts.family, fontSize: `${narrow ? 12 : type.tick}px`, color: colors.ink, background: 'transparent', overflow: 'visible' };

		// ── Layout, all from the width so the ratio never changes ──
		const headSize = type.label;
		const legendSize = narrow ? 12 : type.annotation;
		const rowH = narrow ? 34 : 50;
		const headA = 16;
		const legendItems = [
			{ key: 'full', label: t.legend.fullYear },
			{ key: 'half', label: t.legend.halfYear },
			{ key: 'us', label: t.legend.us }
		];
		let lx = 0;
		let ly = 0;
		const legendPos = legendItems.map((it) => {
			const w = 16 + textWidth(it.label, legendSize) + 14;
			if (lx > 0 && lx + w > width) {
				lx = 0;
				ly += 18;
			}
			const pos = { ...it, x: lx, y: ly };
			lx += w;
			return pos;
		});
		const legendTop = headA + 10;
		const plotATop = legendTop + ly + 20;
		const plotBHeight = 3 * rowH + 4;
		const headBGap = narrow ? 26 : 32;
		const plotAHeight = height - plotATop - headBGap - plotBHeight;

		// ── Headings and legend ──
		svg.append(el(document, 'text', { x: 0, y: headA - 3, 'font-size': headSize, 'font-weight': 700, fill: colors.ink, class: 'panel-heading' }, t.panels.annual));
		for (const it of legendPos) {
			const g = el(document, 'g', { transform: `translate(${it.x},${legendTop + it.y})`, class: `legend-${it.key}` });
			const sw: Record<string, string | number> =
				it.key === 'full'
					? { fill: colors.accent }
					: it.key === 'half'
						? { fill: colors.accent, 'fill-opacity': 0.25, stroke: colors.accent, 'stroke-width': 1.5, 'stroke-dasharray': '3,2' }
						: { fill: colors.compare };
			g.append(el(document, 'rect', { x: 0.75, y: 0.75, width: 11, height: 11, ...sw }));
			g.append(el(document, 'text', { x: 16, y: 10.5, 'font-size': legendSize, fill: colors.ink }, it.label));
			svg.append(g);
		}

		// ── Panel A: each year (and half year), gaps left empty ──
		const s = slots(rows.extraditions);
		const data = counted(s);
		const full = data.filter((x) => x.kind === 'year');
		const halves = data.filter((x) => x.kind === 'half_year');
		const withUs = data.filter((x) => x.us);
		const max = Math.max(...data.map((x) => x.row.count));
		const marginTopA = narrow ? 18 : 22;
		const marginBottomA = narrow ? 20 : 36;
		const inner = plotAHeight - marginTopA - marginBottomA;
		// Room above the tallest bar for its label; the shading and its label reach up into the top margin.
		const top = (max * inner) / Math.max(1, inner - 22);
		const shadeTop = (top * (inner + marginTopA)) / inner;
		const half = 0.4;
		const yearLabel = (y: number) => (narrow ? `’${String(y).slice(2)}` : fmt.date(String(y)));
		const tick = (x: Counted) => {
			const y = yearOf(x.row.period);
			return x.kind === 'half_year' && !narrow ? `${yearLabel(y)}\n${t.halfShort}` : yearLabel(y);
		};
		const ministryStart = TALLIES.ministry.split('/')[0];
		const startYear = data.find((x) => x.kind === 'year' && yearOf(x.row.period) === yearOf(ministryStart));
		const startMonth = Number(ministryStart.split('-')[1]);
		const shade = startYear ? [{ x1: startYear.i - 0.5 + (startMonth - 1) / 12, x2: s.length - 0.5 }] : [];
		const inTerm = (x: Counted) => shade.length > 0 && x.i + half > shade[0].x1;
		// In the 'claims' state the bars before Petro's term step back; his years stay in full.
		const dim = (x: Counted) => (state === 'claims' && !inTerm(x) ? 0.3 : 1);
		const sinceLabel = narrow ? t.petroInOfficeShort : t.petroInOffice(monthOf(ministryStart, fmt));

		const plotA = Plot.plot({
			document,
			width,
			height: plotAHeight,
			marginLeft: 0,
			marginRight: 0,
			marginTop: marginTopA,
			marginBottom: marginBottomA,
			style,
			// Colours and opacities are given as values (theme tokens), never mapped through a scale.
			color: { type: 'identity' },
			opacity: { type: 'identity' },
			x: { domain: [-0.5, s.length - 0.5], axis: null },
			y: { domain: [0, top], axis: null },
			marks: [
				Plot.rect(shade, { className: 'petro-term', x1: 'x1', x2: 'x2', y1: 0, y2: shadeTop, fill: colors.highlight }),
				Plot.text(shade, {
					x: 'x2',
					y: shadeTop,
					text: () => sinceLabel,
					textAnchor: 'end',
					lineAnchor: 'top',
					dx: -4,
					dy: 4,
					fill: colors.ink,
					fontSize: narrow ? 12 : type.annotation
				}),
				Plot.ruleY(data, { y: 0, x1: (x: Counted) => x.i - 0.5, x2: (x: Counted) => x.i + 0.5, stroke: colors.muted }),
				Plot.rect(full, {
					className: 'annual-total',
					x1: (x: Counted) => x.i - half,
					x2: (x: Counted) => x.i + half,
					y1: 0,
					y2: (x: Counted) => x.row.count,
					fill: colors.accent,
					fillOpacity: dim
				}),
				Plot.rect(halves, {
					className: 'partial-total',
					x1: (x: Counted) => x.i - half,
					x2: (x: Counted) => x.i + half,
					y1: 0,
					y2: (x: Counted) => x.row.count,
					fill: colors.accent,
					fillOpacity: (x: Counted) => 0.25 * dim(x),
					stroke: colors.accent,
					strokeOpacity: dim,
					strokeWidth: 1.5,
					strokeDasharray: '4,3'
				}),
				Plot.rect(withUs, {
					className: 'us-part',
					x1: (x: Counted) => x.i - half * 0.55,
					x2: (x: Counted) => x.i + half * 0.55,
					y1: 0,
					y2: (x: Counted) => x.us!.count,
					fill: colors.compare,
					fillOpacity: dim
				}),
				Plot.text(data, {
					className: 'total-label',
					x: 'i',
					y: (x: Counted) => x.row.count,
					text: (x: Counted) => fmt.int(x.row.count),
					dy: -8,
					fontWeight: 700,
					fill: colors.ink,
					fillOpacity: (x: Counted) => (dim(x) === 1 ? 1 : 0.6)
				}),
				Plot.text(withUs, {
					className: 'us-label',
					x: 'i',
					y: (x: Counted) => x.us!.count,
					text: (x: Counted) => fmt.int(x.us!.count),
					lineAnchor: 'top',
					dy: 3,
					fontSize: narrow ? 11 : 12,
					fill: (x: Counted) => (dim(x) === 1 ? colors.background : colors.ink)
				}),
				Plot.text(gaps(s), {
					className: 'no-data',
					x: 'i',
					y: top / 3,
					text: (g: { from: number; to: number }) => t.noData(fmt.date(String(g.from)), fmt.date(String(g.to))),
					rotate: -90,
					lineWidth: narrow ? 6 : 20,
					textAnchor: 'middle',
					fill: colors.muted,
					fontSize: narrow ? 11 : 12
				}),
				Plot.text(data, {
					className: 'period-tick',
					x: 'i',
					y: 0,
					text: tick,
					lineAnchor: 'top',
					dy: 5,
					fill: colors.ink,
					fontSize: narrow ? 12 : type.tick
				})
			]
		});
		plotA.setAttribute('y', String(plotATop));
		svg.append(plotA);

		// ── Panel B: the competing running totals, on their own scale ──
		const headBY = plotATop + plotAHeight + headBGap - 10;
		svg.append(el(document, 'text', { x: 0, y: headBY, 'font-size': headSize, 'font-weight': 700, fill: colors.ink, class: 'panel-heading' }, t.panels.claims));
		const list = tallies(rows);
		const outerText = (d: Tally) => t.of[d.outerKind](fmt.int(d.outer), d.outerBound === 'approximately');
		const labelSize = narrow ? 12 : type.annotation;
		const marginRightB = Math.max(...list.map((d) => textWidth(outerText(d), labelSize))) + 10;
		const headerH = narrow ? 15 : 20;
		const barH = narrow ? 14 : 20;
		const u = 1 / rowH;
		const geo = (d: Tally) => {
			const i = list.indexOf(d);
			return { head: i, y1: i + headerH * u, y2: i + (headerH + barH) * u };
		};
		const unverified = (d: Tally) => d.status === 'unverified';
		const maxOuter = Math.max(...list.map((d) => d.outer));
		const outerFill = (d: Tally) => (d.outerKind === 'all' ? colors.accent : colors.grid);
		const outerOpacity = (d: Tally) => (d.outerKind === 'all' ? 0.3 : 0.8) * dimB;
		const plotB = Plot.plot({
			document,
			width,
			height: plotBHeight,
			marginLeft: 0,
			marginRight: marginRightB,
			marginTop: 4,
			marginBottom: 0,
			style,
			color: { type: 'identity' },
			opacity: { type: 'identity' },
			x: { domain: [0, maxOuter], axis: null },
			y: { domain: [0, list.length], range: [4, plotBHeight], axis: null },
			marks: [
				Plot.text(list, {
					className: 'claim-source',
					x: 0,
					y: (d: Tally) => geo(d).head,
					text: (d: Tally) => tallyLabel(d, fmt, t),
					textAnchor: 'start',
					lineAnchor: 'top',
					fontWeight: 700,
					fontSize: labelSize,
					fill: colors.ink
				}),
				Plot.text(list.filter(unverified), {
					className: 'unverified-tag',
					x: maxOuter,
					y: (d: Tally) => geo(d).head,
					text: () => t.unverified,
					textAnchor: 'end',
					lineAnchor: 'top',
					dx: marginRightB,
					fontWeight: 700,
					fontSize: labelSize,
					fill: colors.caution
				}),
				...([false, true] as const).map((unv) =>
					Plot.rect(
						list.filter((d) => unverified(d) === unv),
						{
							className: unv ? 'claim-total-unverified' : 'claim-total',
							x1: 0,
							x2: 'outer',
							y1: (d: Tally) => geo(d).y1,
							y2: (d: Tally) => geo(d).y2,
							fill: outerFill,
							fillOpacity: outerOpacity,
							stroke: unv ? colors.caution : colors.muted,
							strokeOpacity: dimB,
							strokeWidth: unv ? 1.8 : 1,
							strokeDasharray: unv ? '5,3' : undefined
						}
					)
				),
				...([false, true] as const).map((unv) =>
					Plot.rect(
						list.filter((d) => unverified(d) === unv),
						{
							className: unv ? 'claim-us-unverified' : 'claim-us',
							x1: 0,
							x2: 'toUs',
							y1: (d: Tally) => geo(d).y1 + 3 * u,
							y2: (d: Tally) => geo(d).y2 - 3 * u,
							fill: colors.compare,
							fillOpacity: dimB
						}
					)
				),
				Plot.text(list, {
					className: 'claim-us-label',
					x: 'toUs',
					y: (d: Tally) => (geo(d).y1 + geo(d).y2) / 2,
					text: (d: Tally) => t.toUs(fmt.int(d.toUs)),
					textAnchor: 'end',
					dx: -5,
					fontWeight: 700,
					fontSize: narrow ? 11 : 12,
					fill: dimB === 1 ? colors.background : colors.ink
				}),
				Plot.text(list, {
					className: 'claim-total-label',
					x: 'outer',
					y: (d: Tally) => (geo(d).y1 + geo(d).y2) / 2,
					text: outerText,
					textAnchor: 'start',
					dx: 5,
					fontSize: labelSize,
					fill: colors.ink
				})
			]
		});
		plotB.setAttribute('y', String(headBY + 4));
		svg.append(plotB);
		return svg;
	}
});
