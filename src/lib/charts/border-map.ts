/**
 * A locator map: Colombia, its neighbours and the land border with Venezuela (drawn with d3-geo from
 * Natural Earth shapes), with the article's border figures, or with the two seas of the US boat
 * strikes. The figures come from the rows; the shapes are drawing material, not a dataset.
 *
 * Why by hand, not with Plot: Plot's geo mark could draw the shapes, but nothing else here is a mark
 * of data. Every label is cartography placed by eye (lon/lat anchors chosen to sit in open land or
 * water), and the border callout is one block of lines in four sizes, weights and colours stacked by
 * their wrapped heights, with a leader to the nearest point of the border: a Plot text mark has one
 * style per mark and does not tell the next mark how many lines it wrapped to. Drawing it all with
 * d3-geo and the shared SVG helpers keeps the map one small, ordered SVG. It has no legend: every
 * shape and figure is named where it is drawn.
 */
import { geoMercator, geoPath } from 'd3';
import type { BorderMapStrings } from '$lib/i18n/en/charts/border-map';
import type { ArticleClaimRow, TimelineRow } from '$lib/data/rows';
import { defineChart, type MarkDetail } from './chart-definition';
import { articleClaim, bounded } from './chart-helpers';
import { colombiaVenezuelaBorder, countriesWithin, ISO } from './geo/atlas';
import { px, svgEl, svgRoot, textLines, wrap } from './svg-elements';
import { type } from './theme';

type LonLat = [number, number];

/** The view, as a lon/lat box ([west, south], [east, north]): the frame of the map, not a figure. */
const VIEW: [LonLat, LonLat] = [
	[-84, -5],
	[-58, 13]
];
/** Height over width: one ratio at every width, so a redraw never changes the map's shape. */
const RATIO = 0.85;
/** Shapes are read from a box a little larger than the view, so land reaches the frame's edges. */
const READ_BOX: [LonLat, LonLat] = [
	[VIEW[0][0] - 8, VIEW[0][1] - 8],
	[VIEW[1][0] + 8, VIEW[1][1] + 8]
];

/** Where names sit (lon/lat): cartographic placement chosen by eye, not data. */
const COUNTRY_LABELS: Record<keyof typeof ISO, LonLat> = {
	colombia: [-73.6, 3.6],
	venezuela: [-64.6, 8.9],
	ecuador: [-78.4, -1.4],
	panama: [-79.9, 9.1],
	peru: [-75.4, -3.6],
	brazil: [-68.4, -6.1]
};
const SEA_LABELS: Record<'caribbean' | 'pacific', LonLat> = {
	caribbean: [-82.6, 13.8],
	pacific: [-83.5, 7.2]
};
/** The top-left corner of the border callout, over Venezuela's south. */
const CALLOUT: LonLat = [-66.4, 6.7];

const CLAIMS = { length: 'border-length', troops: 'border-troops' } as const;
const EVENTS = {
	deployment: 'border-deployment',
	maduro: 'maduro-captured',
	firstStrike: 'first-boat-strike',
	pacificStrike: 'first-pacific-strike'
} as const;

/** The keys of the marks' details: the two callouts, a deployment, a sea's first strike. */
const KEYS = { length: 'border-length', troops: 'border-troops', sea: (sea: string) => `strikes-${sea}`, area: (r: { area: string; date: string }) => `deployment-${r.area}-${r.date}` };

function event(rows: TimelineRow[], id: string): TimelineRow {
	const row = rows.find((e) => e.id === id);
	if (!row) throw new Error(`border-map chart: data/timeline.csv has no event "${id}"`);
	return row;
}

function claimValue(claims: ArticleClaimRow[], id: string): number {
	const v = articleClaim(claims, id).value;
	if (v === null) throw new Error(`border-map chart: article claim "${id}" has no value`);
	return v;
}

export const borderMap = defineChart({
	id: 'border-map',
	states: ['border', 'seas'],

	select: (data) => ({
		'article-claims': data['article-claims'].filter((c) => Object.values(CLAIMS).includes(c.id as never)),
		timeline: data.timeline.filter((e) => Object.values(EVENTS).includes(e.id as never)),
		'troop-deployments': data['troop-deployments']
	}),

	model: (rows) => ({ rows }),

	text({ rows }, state, { fmt, t }) {
		const km = fmt.int(claimValue(rows['article-claims'], CLAIMS.length));
		const troops = fmt.int(claimValue(rows['article-claims'], CLAIMS.troops));
		const deployed = fmt.date(event(rows.timeline, EVENTS.deployment).date);
		const maduro = fmt.date(event(rows.timeline, EVENTS.maduro).date);
		const first = fmt.date(event(rows.timeline, EVENTS.firstStrike).date);
		const pacific = fmt.date(event(rows.timeline, EVENTS.pacificStrike).date);
		const seas = state === 'seas';
		const areas = rows['troop-deployments'].map((r) => t.notes.area(fmt.int(r.troops), t.annotations.areas[r.area], fmt.date(r.date)));
		return {
			title: t.title,
			subtitle: seas ? t.subtitle.seas : t.subtitle.border,
			notes: seas
				? [t.notes.seas(first, pacific), t.notes.troops(troops, deployed), t.notes.boundaries]
				: [t.notes.troops(troops, deployed), ...areas, t.notes.seas(first, pacific), t.notes.boundaries],
			alt: `${t.alt(km)} ${seas ? t.altState.seas(first, pacific) : [t.altState.border(troops, deployed, maduro), ...areas].join(' ')}`
		};
	},

	table({ rows }, { fmt, t, vocab }) {
		const claims = rows['article-claims'];
		const length = articleClaim(claims, CLAIMS.length);
		const troops = articleClaim(claims, CLAIMS.troops);
		const deployment = event(rows.timeline, EVENTS.deployment);
		const cite = (r: { source: string; checked_source?: string | null }) =>
			[r.source, r.checked_source].filter((s, i, all) => s && all.indexOf(s) === i).join(', ');
		const strike = (r: TimelineRow, item: string) => ({
			item,
			value: '',
			date: fmt.date(r.date),
			status: vocab.status[r.status],
			source: r.source
		});
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'item', label: t.table.item },
				{ key: 'value', label: t.table.value, numeric: true },
				{ key: 'date', label: t.table.date },
				{ key: 'status', label: t.table.status },
				{ key: 'source', label: t.table.source }
			],
			rows: [
				{
					item: t.table.items.borderLength,
					value: t.table.km(fmt.int(length.value!)),
					date: '',
					status: vocab.status[length.status],
					source: cite(length)
				},
				{
					item: t.table.items.troops,
					value: [troops.bound ? vocab.bound[troops.bound] : '', fmt.int(troops.value!)].filter(Boolean).join(' '),
					date: fmt.date(deployment.date),
					status: `${vocab.status[troops.status]}: ${t.table.announcement}`,
					source: cite(troops)
				},
				// Where the sources put some of those troops: a figure for a region, with its own date and source.
				...rows['troop-deployments'].map((r) => ({
					item: t.table.items.area(t.annotations.areas[r.area]),
					value: [vocab.bound[r.bound], fmt.int(r.troops)].filter(Boolean).join(' '),
					date: fmt.date(r.date),
					status: vocab.status[r.status],
					source: r.source
				})),
				strike(event(rows.timeline, EVENTS.firstStrike), t.table.items.firstStrike),
				strike(event(rows.timeline, EVENTS.pacificStrike), t.table.items.firstPacificStrike)
			]
		};
	},

	details({ rows }, state, { fmt, t, vocab }) {
		const claims = rows['article-claims'];
		const cited = (c: ArticleClaimRow) => [c.source, ...(c.checked_source && c.checked_source !== c.source ? [c.checked_source] : [])];
		if (state === 'seas') {
			const strike = (sea: 'caribbean' | 'pacific', r: TimelineRow): MarkDetail => ({
				key: KEYS.sea(sea),
				label: t.seas[sea],
				value: sea === 'caribbean' ? t.table.items.firstStrike : t.table.items.firstPacificStrike,
				date: fmt.date(r.date),
				status: vocab.status[r.status],
				sources: [r.source]
			});
			return [strike('caribbean', event(rows.timeline, EVENTS.firstStrike)), strike('pacific', event(rows.timeline, EVENTS.pacificStrike))];
		}
		const [length, troops] = [articleClaim(claims, CLAIMS.length), articleClaim(claims, CLAIMS.troops)];
		return [
			{ key: KEYS.length, label: t.table.items.borderLength, value: t.table.km(fmt.int(claimValue(claims, CLAIMS.length))), date: '', status: vocab.status[length.status], sources: cited(length) },
			{
				key: KEYS.troops,
				label: t.table.items.troops,
				value: bounded(vocab, troops.bound, t.details.troops(fmt.int(claimValue(claims, CLAIMS.troops)))),
				date: fmt.date(event(rows.timeline, EVENTS.deployment).date),
				status: `${vocab.status[troops.status]}: ${t.table.announcement}`,
				sources: cited(troops)
			},
			...rows['troop-deployments'].map((r) => ({
				key: KEYS.area(r),
				label: t.annotations.areas[r.area],
				value: bounded(vocab, r.bound, t.details.troops(fmt.int(r.troops))),
				date: fmt.date(r.date),
				status: vocab.status[r.status],
				sources: [r.source]
			}))
		];
	},

	render({ rows }, { width, state, document, colors, fmt, t, marks }) {
		const height = Math.round(width * RATIO);
		const narrow = width < 520;
		const seas = state === 'seas';
		const claims = rows['article-claims'];

		const [[w, s], [e, n]] = VIEW;
		const projection = geoMercator()
			.fitExtent([[0, 0], [width, height]], {
				type: 'MultiPoint',
				coordinates: [
					[w, s],
					[e, n],
					[w, n],
					[e, s]
				]
			})
			.clipExtent([
				[0, 0],
				[width, height]
			]);
		const path = geoPath(projection).digits(1);
		const at = (p: LonLat) => projection(p)!;

		const svg = svgRoot(document, width, height, colors.ink);
		svgEl(document, 'rect', { class: 'water', width, height, fill: colors.water }, svg);

		// Land: every country in the frame, Colombia in the focus colour.
		const land = svgEl(document, 'g', { class: 'country', stroke: colors.background, 'stroke-width': 0.7, 'stroke-linejoin': 'round' }, svg);
		for (const f of countriesWithin(READ_BOX)) {
			const d = path(f);
			if (!d) continue;
			svgEl(document, 'path', { d, fill: f.id === ISO.colombia ? colors.landFocus : colors.land, 'data-iso': f.id }, land);
		}

		// The Colombia–Venezuela border: a halo, then the line.
		const borderD = path(colombiaVenezuelaBorder()) ?? '';
		svgEl(document, 'path', { d: borderD, fill: 'none', stroke: colors.background, 'stroke-width': seas ? 3.5 : 6, 'stroke-linejoin': 'round' }, svg);
		const borderLine = svgEl(document, 'g', { class: 'border-line', fill: 'none', stroke: colors.border, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, svg);
		svgEl(document, 'path', { d: borderD, 'stroke-width': seas ? 1.8 : 3.2, 'stroke-opacity': seas ? 0.7 : 1 }, borderLine);

		// Country names.
		const names = svgEl(document, 'g', { class: 'country-label', 'text-anchor': 'middle', 'letter-spacing': 0.6 }, svg);
		for (const [key, lonlat] of Object.entries(COUNTRY_LABELS) as [keyof typeof ISO, LonLat][]) {
			const [x, y] = at(lonlat);
			const focus = key === 'colombia';
			const label = svgEl(
				document,
				'text',
				{
					x: px(x),
					y: px(y),
					'font-size': focus ? type.label : narrow ? 11 : type.note,
					'font-weight': focus ? 700 : 400,
					fill: focus ? colors.ink : colors.muted
				},
				names
			);
			label.textContent = t.countries[key].toLocaleUpperCase();
		}

		// Sea names: italic, as water is labelled; larger, with their first strike date, in the seas state.
		const seaGroup = svgEl(
			document,
			'g',
			{ class: 'sea-label', 'font-style': 'italic', fill: colors.compare, stroke: colors.water, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
			svg
		);
		const seaSize = seas ? type.label + (narrow ? 0 : 2) : narrow ? 11 : type.note;
		const strikeDate = { caribbean: event(rows.timeline, EVENTS.firstStrike).date, pacific: event(rows.timeline, EVENTS.pacificStrike).date };
		for (const key of ['caribbean', 'pacific'] as const) {
			const [x, y] = at(SEA_LABELS[key]);
			// The note stays in open water: west of the Pacific coast, west of the Guajira peninsula.
			const room = at(key === 'pacific' ? [-78.2, 0] : [-72.8, 0])[0] - x;
			const nameLines = key === 'pacific' ? t.seas[key].split(' ') : [t.seas[key]];
			// On the page, in the seas state, the sea's name is the mark its details belong to.
			textLines(document, nameLines, { x: px(x), y: px(y), 'font-size': seaSize, 'font-weight': seas ? 700 : 400, 'data-mark': marks && seas ? KEYS.sea(key) : null }, seaSize * 1.1, seaGroup);
			if (!seas) continue;
			const note = wrap(t.annotations.strikesFrom(fmt.date(strikeDate[key])), room, type.note);
			textLines(
				document,
				note,
				{ x: px(x), y: px(y + seaSize * 1.1 * (nameLines.length - 1) + type.note * 1.35), 'font-size': type.note, 'font-style': 'normal', class: 'strike-note' },
				type.note * 1.2,
				seaGroup
			);
		}

		if (!seas) drawCallout();
		// Troops the sources place in a named area: a dot at the region and its figure, in the border state.
		for (const r of seas ? [] : rows['troop-deployments']) {
			const [x, y] = at([r.lon, r.lat]);
			const g = svgEl(document, 'g', { class: 'troop-area', 'data-mark': marks ? KEYS.area(r) : null, stroke: colors.land, 'stroke-width': 3, 'paint-order': 'stroke', 'text-anchor': 'end' }, svg);
			svgEl(document, 'circle', { cx: px(x), cy: px(y), r: 4, fill: colors.caution, stroke: colors.background, 'stroke-width': 1 }, g);
			const words = wrap(t.annotations.area(fmt.int(r.troops), t.annotations.areas[r.area], fmt.date(r.date)), narrow ? 96 : 200, narrow ? 11 : type.note, true);
			textLines(document, words, { x: px(x - 7), y: px(y + 4), 'font-size': narrow ? 11 : type.note, 'font-weight': 700, fill: colors.ink }, (narrow ? 11 : type.note) * 1.15, g);
		}
		return svg;

		/** The article's two border figures beside the line; the troop figure in the uncertainty colour, labelled as a plan. */
		function drawCallout() {
			const [x0, y0] = at(CALLOUT);
			const room = width - x0 - 6;
			const km = fmt.int(claimValue(claims, CLAIMS.length));
			const troopsClaim = articleClaim(claims, CLAIMS.troops);
			const troops = fmt.int(claimValue(claims, CLAIMS.troops));
			const big = narrow ? type.label + 2 : type.title;
			const mid = narrow ? type.note + 1 : type.label;
			const small = narrow ? 11 : type.note;
			const halo = { stroke: colors.land, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };

			const lengthGroup = svgEl(document, 'g', { class: 'border-callout', 'data-mark': marks ? KEYS.length : null, ...halo }, svg);
			let y = y0;
			textLines(document, [t.annotations.borderLength(km)], { x: px(x0), y: px(y), 'font-size': big, 'font-weight': 700, fill: colors.border }, big, lengthGroup);
			const what = wrap(t.annotations.borderWhat, room, small);
			y += small * 1.3;
			textLines(document, what, { x: px(x0), y: px(y), 'font-size': small, fill: colors.ink }, small * 1.2, lengthGroup);
			y += (what.length - 1) * small * 1.2;

			// A leader from the figure to the nearest point of the border line.
			const target = nearestOnBorder(x0, y0 - big * 0.35);
			if (target) {
				svgEl(document, 'path', { d: `M${px(x0 - 4)},${px(y0 - big * 0.35)}L${px(target[0])},${px(target[1])}`, stroke: colors.ink, 'stroke-width': 1, fill: 'none', class: 'leader' }, svg);
				svgEl(document, 'circle', { cx: px(target[0]), cy: px(target[1]), r: 2.5, fill: colors.ink }, svg);
			}

			// The troops: an announcement, so drawn in the uncertainty colour and labelled as a plan.
			const troopsGroup = svgEl(document, 'g', { class: 'troops-callout', 'data-mark': marks ? KEYS.troops : null, ...halo }, svg);
			y += mid * 1.9;
			const head = wrap(troopsClaim.bound === 'approximately' ? t.annotations.troops(troops) : troops, room, mid, true);
			textLines(document, head, { x: px(x0), y: px(y), 'font-size': mid, 'font-weight': 700, fill: colors.caution }, mid * 1.15, troopsGroup);
			y += (head.length - 1) * mid * 1.15 + small * 1.35;
			const when = wrap(t.annotations.troopsWhat(fmt.date(event(rows.timeline, EVENTS.deployment).date)), room, small);
			textLines(document, when, { x: px(x0), y: px(y), 'font-size': small, fill: colors.ink }, small * 1.2, troopsGroup);
			y += (when.length - 1) * small * 1.2 + small * 1.3;
			const caveat = wrap(t.annotations.troopsCaveat, room, small);
			textLines(document, caveat, { x: px(x0), y: px(y), 'font-size': small, 'font-style': 'italic', fill: colors.caution }, small * 1.2, troopsGroup);
		}

		function nearestOnBorder(x: number, y: number): [number, number] | null {
			let best: [number, number] | null = null;
			let dist = Infinity;
			for (const line of colombiaVenezuelaBorder().coordinates)
				for (const p of line) {
					const q = projection(p as LonLat);
					if (!q) continue;
					const d = (q[0] - x) ** 2 + (q[1] - y) ** 2;
					if (d < dist) [dist, best] = [d, [q[0], q[1]]];
				}
			return best;
		}
	}
});
