import * as Plot from '@observablehq/plot';
import type { ElectionRow } from '$lib/data/rows';
import { defineChart } from './chart-definition';
import { legendMarks } from './legend';
import { markKeys } from './chart-helpers';
import { fonts, type } from './theme';
import { textWidth } from './svg-elements';

/** The contests in the order they were held. */
const CONTESTS: ElectionRow['contest'][] = ['senate', 'presidential_first_round', 'presidential_runoff'];
type State = 'all' | 'first-votes' | 'runoff';
/** The contests each state puts in focus; the others recede. 'first-votes' is the story's step on the votes before the runoff. */
const FOCUS: Record<State, ElectionRow['contest'][]> = {
	all: CONTESTS,
	'first-votes': ['senate', 'presidential_first_round'],
	runoff: ['presidential_runoff']
};

/** One band per party or candidate, and one before each contest for its heading: three panels on one scale. */
const rowKey = (r: Pick<ElectionRow, 'contest' | 'party_or_candidate'>) => `${r.contest}|${r.party_or_candidate}`;
const headKey = (contest: string) => `${contest}|`;
/** The runoff's lead, a mark of its own in the runoff state. */
const LEAD_KEY = 'presidential_runoff|lead';
/** How many decimals a number was published with (43.7 → 1): never draw more precision than that. */
const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

export const elections = defineChart({
	id: 'elections',
	states: Object.keys(FOCUS) as State[],

	select: (data) => ({ elections: data.elections }),

	model: (rows) => {
		const contests = CONTESTS.map((contest) => {
			const results = rows.elections.filter((r) => r.contest === contest).sort((a, b) => b.vote_share_pct - a.vote_share_pct);
			if (!results.length) throw new Error(`elections chart: data/elections.csv has no row for contest "${contest}"`);
			return { contest, date: results[0].date, counted: results[0].counted_pct, preliminary: results.some((r) => r.count_status === 'preliminary'), results };
		});
		const runoff = contests[contests.length - 1];
		const leader = runoff.results[0];
		return { rows, contests, leader, max: Math.max(...rows.elections.map((r) => r.vote_share_pct)) };
	},

	text(m, state, { fmt, t, vocab }) {
		const share = (r: ElectionRow) => `${r.party_or_candidate} ${t.share(fmt.num(r.vote_share_pct, 2))}`;
		let alt = t.alt(m.contests.map((c) => t.altItem(t.contests[c.contest], fmt.date(c.date), c.results.map(share).join(', '))).join('; '));
		if (state === 'first-votes') alt += ' ' + t.altState['first-votes'];
		if (state === 'runoff' && m.leader.lead_votes !== null) {
			alt += ' ' + t.altState.runoff(t.lead(m.leader.party_or_candidate, m.leader.lead_votes_bound ? vocab.bound[m.leader.lead_votes_bound] : '', fmt.int(m.leader.lead_votes)));
		}
		const notes = [t.notes.preliminary, t.notes.certified, t.notes.seats];
		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table(m, { fmt, t }) {
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'contest', label: t.table.contest },
				{ key: 'date', label: t.table.date },
				{ key: 'who', label: t.table.who },
				{ key: 'share', label: t.table.share, numeric: true },
				{ key: 'seats', label: t.table.seats, numeric: true },
				{ key: 'counted', label: t.table.counted, numeric: true },
				{ key: 'status', label: t.table.status },
				{ key: 'source', label: t.table.source }
			],
			rows: m.contests.flatMap((c) =>
				c.results.map((r) => ({
					contest: t.contests[r.contest],
					date: fmt.date(r.date),
					who: r.party_or_candidate,
					share: fmt.num(r.vote_share_pct, 2),
					seats: r.seats === null ? '' : fmt.int(r.seats),
					counted: r.counted_pct === null ? '' : fmt.num(r.counted_pct, 2),
					status: t.table.statusValues[r.count_status],
					source: r.source
				}))
			)
		};
	},

	details(m, state, { fmt, t, vocab }) {
		// Contest by contest, as the panels read, each from the largest share down.
		const results = m.contests.flatMap((c) =>
			c.results.map((r) => ({
				key: rowKey(r),
				label: `${r.party_or_candidate}, ${t.contests[r.contest]}`,
				value: [t.share(fmt.num(r.vote_share_pct, 2)), r.seats === null ? '' : t.seats(fmt.int(r.seats))].filter(Boolean).join(' · '),
				date: fmt.date(r.date),
				status: vocab.count[r.count_status],
				sources: [r.source]
			}))
		);
		// The runoff's margin, drawn in that state only, is a figure of its own with its own bound.
		const r = m.leader;
		if (state !== 'runoff' || r.lead_votes === null) return results;
		return [
			...results,
			{
				key: LEAD_KEY,
				label: t.leadLabel(r.party_or_candidate),
				value: t.leadVotes(r.lead_votes_bound ? vocab.bound[r.lead_votes_bound] : '', fmt.int(r.lead_votes)),
				date: fmt.date(r.date),
				status: vocab.count[r.count_status],
				sources: [r.source]
			}
		];
	},

	render(m, { width, state, document, colors, fmt, t, vocab, marks, compact }) {
		// A last band under the runoff holds its lead, shown in the runoff state (every state keeps one height).
		const domain = [...m.contests.flatMap((c) => [headKey(c.contest), ...c.results.map(rowKey)]), 'lead'];
		// Each band holds a name above its bar (labels over bars fit a phone, beside them would not);
		// compact, with less air above the name and a thinner bar.
		const [band, top, nameRoom] = compact ? [36, 30, 18] : [42, 36, 19];
		const focus = (r: ElectionRow) => FOCUS[state].includes(r.contest);
		const bars = m.rows.elections;
		const digits = (xs: number[]) => Math.max(...xs.map(decimals));
		const shareDigits = new Map(m.contests.map((c) => [c.contest, digits(c.results.map((r) => r.vote_share_pct))]));
		const heads = m.contests.map((c) => ({
			key: headKey(c.contest),
			label: t.heading(t.contests[c.contest], fmt.date(c.date), c.counted === null ? '?' : fmt.num(c.counted, decimals(c.counted)))
		}));
		const share = (r: ElectionRow) => t.share(fmt.num(r.vote_share_pct, shareDigits.get(r.contest)));
		const label = (r: ElectionRow) => [share(r), r.seats === null ? '' : t.seats(fmt.int(r.seats))].filter(Boolean).join(' · ');
		const lead = m.leader.lead_votes === null ? null : t.lead(m.leader.party_or_candidate, m.leader.lead_votes_bound ? vocab.bound[m.leader.lead_votes_bound] : '', fmt.int(m.leader.lead_votes));
		const longest = Math.max(...bars.map((r) => textWidth(label(r), type.tick))) + 10;
		const inner = width - 12;

		return Plot.plot({
			document,
			width,
			height: domain.length * band + top,
			marginTop: top,
			marginLeft: 0,
			marginRight: 12,
			marginBottom: 0,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			// The longest bar leaves room for its label at its end.
			x: { axis: null, domain: [0, (m.max * inner) / Math.max(inner - longest, inner * 0.5)] },
			y: { axis: null, domain, padding: 0 },
			marks: [
				...legendMarks([{ key: 'preliminary', label: t.legend.preliminary, swatch: 'square', color: colors.accent, fill: colors.accent, opacity: 0.55 }], {
					width,
					fontSize: type.note,
					ink: colors.ink,
					top: 10 - top
				}),
				// Preliminary counts are drawn lighter with a full outline: a count, not a certified result.
				Plot.barX(bars, {
					className: 'vote-share',
					y: rowKey,
					x: 'vote_share_pct',
					insetTop: nameRoom,
					insetBottom: 3,
					fill: colors.accent,
					fillOpacity: (r: ElectionRow) => (r.count_status === 'preliminary' ? 0.55 : 1) * (focus(r) ? 1 : 0.35),
					stroke: colors.accent,
					strokeOpacity: (r: ElectionRow) => (focus(r) ? 1 : 0.35),
					...markKeys(marks, bars, rowKey)
				}),
				Plot.text(bars, { className: 'name', y: rowKey, x: 0, text: 'party_or_candidate', dy: -band / 2 + 3, lineAnchor: 'top', textAnchor: 'start', fill: colors.ink, fillOpacity: (r: ElectionRow) => (focus(r) ? 1 : 0.6) }),
				Plot.text(bars, { className: 'share-label', y: rowKey, x: 'vote_share_pct', text: label, dy: 8, dx: 5, textAnchor: 'start', fontWeight: 700, fill: colors.ink, fillOpacity: (r: ElectionRow) => (focus(r) ? 1 : 0.6) }),
				Plot.text(heads, { className: 'contest-heading', y: 'key', x: 0, text: 'label', dy: 2, lineWidth: inner / type.note, lineAnchor: 'middle', textAnchor: 'start', fontWeight: 700, fill: colors.ink, fontSize: type.note }),
				state === 'runoff' && lead
					? Plot.text([lead], { className: 'runoff-lead', y: () => 'lead', x: 0, dy: -8, text: (d: string) => d, textAnchor: 'start', fill: colors.ink, fontWeight: 700, ...markKeys(marks, [lead], () => LEAD_KEY) })
					: null
			]
		});
	}
});
