/**
 * Details on every mark: each mark that carries a number is tagged on the page, and its details say
 * the value with its bound and unit, its date, its status and its source, in the reader's language,
 * from typed columns only.
 */
import { describe, expect, it } from 'vitest';
import { charts, chartById } from '$lib/charts';
import { markDetails, chartLocale, tagMarks, viewSvg } from '$lib/charts/assemble-chart';
import { parseHTML } from 'linkedom';
import { langs } from '$lib/i18n';
import type { Datasets } from '$lib/data/rows';
import { data, draw, view } from './render-helpers';

/** A chart's own page: its view carries its rows and its sources. */
const shown = (v: ReturnType<typeof view>, state: string) => markDetails(v, v.rows, state);

const drawnKeys = (svg: Element) => [...svg.querySelectorAll('[data-mark]')].map((el) => el.getAttribute('data-mark')!);
const WORDS_OF_A_BUG = /NaN|undefined|null|\[object|Infinity/;
/** Every word a reader gets from some details. */
const words = (ds: { label: string; value: string; date: string; status: string | null; sources: (string | { text: string; rating: string })[] }[]) =>
	ds.flatMap((d) => [d.label, d.value, d.date, d.status ?? '', ...d.sources.flatMap((s) => (typeof s === 'string' ? [s] : [s.text, s.rating]))]).join(' | ');

/** Details that have no date because their data has none: the border's length is a length, not an event. */
const UNDATED = new Set(['border-map/border-length']);

describe('details on every mark', () => {
	for (const chart of charts) {
		for (const state of chart.states) {
			it(`${chart.id} · ${state}: one details entry per tagged mark, each with value, date, status and a linked source`, () => {
				for (const lang of langs) {
					const details = shown(view(chart.id, { lang }), state);
					const keys = details.map((d) => d.key);
					expect(new Set(keys).size, 'keys are unique').toBe(keys.length);
					expect(keys.length).toBeGreaterThan(0);
					for (const width of [360, 640]) {
						const drawn = drawnKeys(draw(chart.id, { state, lang, width, mode: 'page' }));
						// Every tagged element has details, and every detail has its mark in the drawing.
						expect([...new Set(drawn)].sort(), `${lang} ${width}px`).toEqual([...keys].sort());
					}
					for (const d of details) {
						const where = `${chart.id}/${d.key} (${lang})`;
						expect(d.label, where).not.toBe('');
						// A scorecard claim with neither a number nor a date ("the first meeting") has only its words and status.
						const claim = chart.id === 'fact-check' ? data()['article-claims'].find((c) => c.id === d.key)! : null;
						if (!claim || claim.value !== null || claim.date !== null) expect(d.value, where).not.toBe('');
						if (!UNDATED.has(`${chart.id}/${d.key}`) && !(chart.id === 'fact-check')) expect(d.date, where).not.toBe('');
						expect(d.sources.length, where).toBeGreaterThan(0);
						for (const s of d.sources) {
							expect(s.text, where).not.toBe('');
							// How far to trust the value goes with it: its source's rating, in the reader's language.
							expect(Object.values(chartLocale(chart, lang).vocab.reliability), where).toContain(s.rating);
						}
						expect(words([d]), where).not.toMatch(WORDS_OF_A_BUG);
					}
				}
			});
		}
		it(`${chart.id}: an export carries no data-mark`, () => {
			expect(drawnKeys(draw(chart.id, { state: chart.states[chart.states.length - 1] }))).toEqual([]);
		});
	}

	it('the prerendered drawing carries no keys; the page gives its marks theirs without redrawing it', () => {
		for (const chart of charts) {
			const state = chart.states[chart.states.length - 1];
			const v = { ...view(chart.id, { lang: 'es' }), state };
			const { document } = parseHTML(`<!doctype html><html><body>${viewSvg(v, parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document)}</body></html>`);
			const svg = document.querySelector('svg')!;
			expect(drawnKeys(svg), chart.id).toEqual([]);
			// The same element comes back, now with a key on every mark that has details.
			expect(tagMarks(v, v.rows, state, svg), chart.id).toBe(svg);
			expect([...new Set(drawnKeys(svg))].sort(), chart.id).toEqual(markDetails(v, v.rows, state).map((d) => d.key).sort());
		}
	});

	it('says the bound and the unit in the reader language, with the source title from sources.csv', () => {
		const strikes = data()['boat-strikes'];
		const bounded = strikes.find((r) => r.deaths_bound === 'at_least')!;
		const en = shown(view('boat-strikes'), 'all').find((d) => d.key === bounded.date)!;
		const es = shown(view('boat-strikes', { lang: 'es' }), 'all').find((d) => d.key === bounded.date)!;
		const fmt = chartLocale(chartById('boat-strikes'), 'es').fmt;
		expect(en.value).toBe(`at least ${bounded.deaths.toLocaleString('en-US')} killed`);
		expect(es.value).toBe(`al menos ${fmt.int(bounded.deaths)} muertos`);
		const source = data().sources.find((s) => s.id === bounded.source)!;
		const rating = { strong: ['strong', 'sólida'], medium: ['medium', 'media'], weak: ['weak', 'débil'] }[source.reliability];
		expect(en.sources).toEqual([{ text: source.title, href: source.url, lang: source.lang, rating: rating[0] }]);
		expect(es.sources.map((s) => s.rating)).toEqual([rating[1]]);
		// The date at its precision: a year-only figure reads as the year, never as 1 January.
		const coca = shown(view('coca-cultivation'), 'all')[0];
		expect(coca.date).toMatch(/^\d{4}$/);
	});

	it('a leaked figure says it is leaked, and the status comes from the shared vocabulary', () => {
		const leaked = data()['coca-cultivation'].find((r) => r.release === 'leaked')!;
		const d = shown(view('coca-cultivation', { lang: 'es' }), 'all').find((x) => x.key === `${leaked.series}-${leaked.as_of ?? leaked.year}`)!;
		expect(d.status).toContain('filtrado');
	});

	it('missing optional values never show as NaN or undefined', () => {
		// Every column that is empty in some row is blanked in all rows: the least data the schema allows.
		const sparse = Object.fromEntries(
			Object.entries(data()).map(([name, rows]) => {
				const nullable = new Set((rows as Record<string, unknown>[]).flatMap((r) => Object.keys(r).filter((k) => r[k] === null)));
				return [name, (rows as Record<string, unknown>[]).map((r) => ({ ...r, ...Object.fromEntries([...nullable].map((k) => [k, null])) }))];
			})
		) as unknown as Datasets;
		let checked = 0;
		for (const chart of charts) {
			for (const state of chart.states)
				for (const lang of langs) {
					let details;
					try {
						details = chart.details(chart.model(chart.select(sparse)), state, chartLocale(chart, lang));
					} catch (e) {
						// A chart that needs a value the sparse data lacks stops the build with a message naming it.
						expect(String(e)).toMatch(/data\/|chart/);
						continue;
					}
					expect(words(details), `${chart.id} ${state} ${lang}`).not.toMatch(WORDS_OF_A_BUG);
					checked++;
				}
		}
		expect(checked).toBeGreaterThan(10);
	});

	it("the runoff's lead is a mark of its own, with its bound, in the runoff state only", () => {
		const leader = data().elections.find((r) => r.contest === 'presidential_runoff' && r.lead_votes !== null)!;
		const lead = (state: string) => shown(view('elections'), state).filter((d) => d.label.includes('lead'));
		expect(lead('first-votes')).toEqual([]);
		const [d] = lead('runoff');
		expect(d.value).toBe(`about ${leader.lead_votes!.toLocaleString('en-US')} votes`);
		expect(d.status).toBe('preliminary count');
		expect(drawnKeys(draw('elections', { state: 'runoff', mode: 'page' }))).toContain(d.key);
	});
});
