/**
 * Notes are words for people: no code may read a number, a date or a kind out of them. With every
 * `note` cell in data/ replaced by "x", every drawing and every number of the story must stay the same.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { charts } from '$lib/charts';
import { drawChart } from '$lib/charts/assemble-chart';
import type { Datasets } from '$lib/data/rows';
import { formattersFor, langs } from '$lib/i18n';
import { storyFacts } from '$lib/story/story-facts';
import { data } from './render-helpers';

function withBlankNotes(d: Datasets): Datasets {
	const blank = Object.fromEntries(
		Object.entries(d).map(([name, rows]) => [name, (rows as object[]).map((r) => ('note' in r ? { ...r, note: 'x' } : r))])
	);
	return blank as unknown as Datasets;
}

function svgOf(d: Datasets, id: string, state: string, lang: (typeof langs)[number]) {
	const chart = charts.find((c) => c.id === id)!;
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return drawChart(chart, chart.select(d) as never, { lang, state, width: 640, document: document as unknown as Document, mode: 'export' }).outerHTML;
}

describe('notes carry no facts', () => {
	const real = data();
	const blank = withBlankNotes(real);

	it('the test really blanks notes', () => {
		const notes = Object.values(real).flatMap((rows) => (rows as { note?: string | null }[]).map((r) => r.note).filter(Boolean));
		expect(notes.length).toBeGreaterThan(50);
		expect(Object.values(blank).flatMap((rows) => (rows as { note?: string | null }[]).map((r) => r.note)).every((n) => n === undefined || n === 'x')).toBe(true);
	});

	for (const lang of langs) {
		it(`every number of the story is the same (${lang})`, () => {
			expect(storyFacts(blank, formattersFor(lang))).toEqual(storyFacts(real, formattersFor(lang)));
		});
		for (const chart of charts) {
			it(`${chart.id}: every state draws the same (${lang})`, () => {
				for (const state of chart.states) expect(svgOf(blank, chart.id, state, lang), state).toBe(svgOf(real, chart.id, state, lang));
			});
		}
	}
});
