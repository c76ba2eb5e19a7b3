import * as Plot from '@observablehq/plot';
import type { ArticleClaimRow, Status } from '$lib/data/rows';
import { claimText } from '$lib/data/row-text';
import { defineChart, type ChartLocale, type ChartStrings } from './chart-definition';
import type { Palette } from './theme';
import { fonts, type } from './theme';
import { textWidth } from './svg-elements';
import { wrapText } from './wrap-text';
import { markKeys } from './chart-helpers';

/** The findings in the order a reader meets them, from best to worst for the article. */
const STATUSES: Status[] = ['confirmed', 'refined', 'contested', 'unverified', 'contradicted'];
/** Which findings each state highlights: one state per group, the last three read as one. */
const GROUPS = { tally: STATUSES, confirmed: ['confirmed'], refined: ['refined'], questioned: ['contested', 'unverified', 'contradicted'] } as const satisfies Record<string, readonly Status[]>;
type State = keyof typeof GROUPS;

const colorOf = (colors: Palette, s: Status) =>
	({ confirmed: colors.compare, refined: colors.other, contested: colors.caution, unverified: colors.muted, contradicted: colors.accent })[s];

/** A claim's number where the article and the check give different ones (30 years against 28). */
const differs = (c: ArticleClaimRow) => c.value !== null && c.checked_value !== null && c.value !== c.checked_value;

/** A claim's figure as the article (or, unbounded, the check) gives it: a bounded number with its unit, or a date at its precision. */
function articleSays(c: ArticleClaimRow, value: number | null, { fmt, vocab, t }: ChartLocale<ChartStrings<'fact-check'>>, bounded = true): string {
	if (value === null) return c.date ? fmt.date(c.date) : '';
	// The bound qualifies the article's own number; a checked figure is given as found.
	const bound = bounded && c.bound ? vocab.bound[c.bound] : '';
	return [bound, fmt.num(value, 1), t.units[c.unit as keyof typeof t.units]].filter(Boolean).join(' ').replace(' %', '%');
}

const list = (items: string[], lang: string) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

export const factCheck = defineChart({
	id: 'fact-check',
	states: Object.keys(GROUPS) as State[],

	select: (data) => ({
		'article-claims': data['article-claims'],
		'article-claims-translations': data['article-claims-translations']
	}),

	model: (rows) => {
		const claims = [...rows['article-claims']].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
		const counts = Object.fromEntries(STATUSES.map((s) => [s, claims.filter((c) => c.status === s).length])) as Record<Status, number>;
		return { rows, claims, counts, total: claims.length, differing: claims.filter(differs) };
	},

	text(m, state, locale) {
		const { fmt, vocab, t, lang } = locale;
		const counts = list(STATUSES.map((s) => t.count(fmt.int(m.counts[s]), vocab.status[s])), lang);
		let alt = t.alt(fmt.int(m.total), counts);
		if (state !== 'tally') {
			const shown = m.claims.filter((c) => (GROUPS[state] as readonly Status[]).includes(c.status));
			alt += ' ' + t.altState(list(GROUPS[state].map((s) => vocab.status[s]), lang), shown.map((c) => claimText(c, lang, m.rows['article-claims-translations'])).join('; '));
		}
		const notes = [t.notes.method(fmt.int(new Set(m.claims.map((c) => c.checked_source).filter(Boolean)).size))];
		for (const s of STATUSES) if (m.counts[s] === 0) notes.push(t.notes.none(vocab.status[s]));
		return { title: t.title, subtitle: t.subtitle, notes, alt };
	},

	table(m, locale) {
		const { t, vocab, lang } = locale;
		return {
			caption: t.table.caption,
			columns: [
				{ key: 'claim', label: t.table.claim },
				{ key: 'article', label: t.table.article },
				{ key: 'status', label: t.table.status },
				{ key: 'checked', label: t.table.checked },
				{ key: 'source', label: t.table.source }
			],
			rows: m.claims.map((c) => ({
				claim: claimText(c, lang, m.rows['article-claims-translations']),
				article: articleSays(c, c.value, locale),
				status: vocab.status[c.status],
				checked: c.checked_value === null ? '' : articleSays(c, c.checked_value, locale, false),
				source: c.checked_source ?? ''
			}))
		};
	},

	details(m, _state, locale) {
		const { fmt, vocab, t, lang } = locale;
		// Along each status row, as the units are stacked: the order of m.claims.
		return m.claims.map((c) => ({
			key: c.id,
			label: claimText(c, lang, m.rows['article-claims-translations']),
			value: differs(c) ? t.differs(articleSays(c, c.value, locale), articleSays(c, c.checked_value, locale, false)) : articleSays(c, c.value, locale),
			date: c.date && c.value !== null ? fmt.date(c.date) : '',
			status: vocab.status[c.status],
			// The article, then what it was checked against.
			sources: [c.source, ...(c.checked_source && c.checked_source !== c.source ? [c.checked_source] : [])]
		}));
	},

	render(m, locale) {
		const { width, state, document, colors, fmt, vocab, t, lang, marks } = locale;
		const highlighted = GROUPS[state] as readonly Status[];
		const listSize = type.note;
		const line = Math.round(listSize * 1.35);
		const marginLeft = Math.ceil(Math.max(...STATUSES.map((s) => textWidth(vocab.status[s], type.tick)))) + 12;
		const rowHeight = 24;
		const tallyHeight = STATUSES.length * rowHeight;

		// The claims of the highlighted group, listed under the tally: wrapped here, because each item's
		// height decides where the next one starts (Plot's lineWidth wraps, but does not report lines).
		let offset = 14;
		const items = (state === 'tally' ? [] : m.claims.filter((c) => highlighted.includes(c.status))).map((c) => {
			const words = claimText(c, lang, m.rows['article-claims-translations']);
			const extra = differs(c) ? ` (${t.differs(articleSays(c, c.value, locale), articleSays(c, c.checked_value, locale, false))})` : '';
			const lines = wrapText(words + extra, width - 18, listSize);
			const item = { c, text: lines.join('\n'), dy: offset };
			offset += lines.length * line + 4;
			return item;
		});
		const listHeight = items.length ? offset : 0;
		const dim = (c: { status: Status }) => (highlighted.includes(c.status) ? 1 : 0.25);

		return Plot.plot({
			document,
			width,
			height: tallyHeight + 12 + 4 + listHeight,
			marginTop: 12,
			marginLeft,
			marginRight: 28,
			marginBottom: 4 + listHeight,
			style: { fontFamily: fonts.family, fontSize: `${type.tick}px`, color: colors.ink, background: 'transparent' },
			x: { axis: null, domain: [0, Math.max(...Object.values(m.counts))] },
			y: { domain: STATUSES, tickSize: 0, tickFormat: (s: Status) => vocab.status[s], label: null, padding: 0.2 },
			marks: [
				// One unit per claim, stacked along its status row: the tally reads at a glance.
				Plot.barX(
					m.claims,
					Plot.stackX({ className: 'claim', y: 'status', x: () => 1, fill: (c: ArticleClaimRow) => colorOf(colors, c.status), fillOpacity: dim, inset: 1.5, title: (c: ArticleClaimRow) => c.id, ...markKeys(marks, m.claims, (c) => c.id) })
				),
				Plot.text(STATUSES, {
					className: 'status-count',
					y: (s: Status) => s,
					x: (s: Status) => m.counts[s],
					text: (s: Status) => fmt.int(m.counts[s]),
					dx: 5,
					textAnchor: 'start',
					fontWeight: 700,
					fill: colors.ink
				}),
				// The group's claims, one block each under the tally (dx/dy are constants in Plot: a mark per item).
				...items.flatMap((d) => [
					Plot.dot([d], { frameAnchor: 'bottom-left', dx: -marginLeft + 5, dy: d.dy + listSize * 0.6, symbol: 'square', r: 4, fill: colorOf(colors, d.c.status) }),
					Plot.text([d], {
						className: 'claim-label',
						frameAnchor: 'bottom-left',
						dx: -marginLeft + 14,
						dy: d.dy,
						text: 'text',
						lineAnchor: 'top',
						textAnchor: 'start',
						lineHeight: line / listSize,
						fontSize: listSize,
						fill: colors.ink
					})
				])
			]
		});
	}
});

