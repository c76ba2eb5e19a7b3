import { describe, expect, it } from 'vitest';
import { datasets } from '$lib/server/datasets';
import { formattersFor, type Lang } from '$lib/i18n';
import { charts } from '$lib/charts';
import type { Datasets } from '$lib/data/rows';
import { storyFacts, type StoryFacts } from '$lib/story/story-facts';
import type { Prose, Story } from '$lib/story/story-types';
import { story as en } from '$lib/story/en';
import { story as es } from '$lib/story/es';

const stories: Record<Lang, Story> = { en, es };

/** Every paragraph function of a story, in reading order. */
function proseOf(story: Story): Prose[] {
	return [
		...story.sections.flatMap((s) => [...(s.intro ?? []), ...s.steps.flatMap((step) => step.text), ...(s.outro ?? [])]),
		...story.ending.text,
		...story.methods.text
	];
}

/** The plain strings of a story that are not prose functions (the published date aside). */
function labelsOf(story: Story): string[] {
	return [story.title, story.dek, story.byline, story.ending.heading, story.methods.heading, ...story.sections.map((s) => s.heading)];
}

/** A facts object whose every property is the same placeholder: any digit left in the text was typed by hand. */
const placeholder = new Proxy({} as StoryFacts, {
	get: (_target, prop) => (typeof prop === 'string' ? '⟨x⟩' : undefined)
});

const realText = (lang: Lang) => {
	const f = storyFacts(datasets().data, formattersFor(lang));
	return proseOf(stories[lang]).map((p) => p(f)).join('\n');
};

describe('the story', () => {
	it('names a registered chart and one of its states in every step', () => {
		for (const lang of ['en', 'es'] as const) {
			for (const section of stories[lang].sections) {
				for (const step of section.steps) {
					const chart = charts.find((c) => c.id === step.chart);
					expect(chart, `${lang} #${section.id}: unknown chart "${step.chart}"`).toBeDefined();
					expect(chart!.states, `${lang} #${section.id}: chart "${step.chart}" has no state "${step.state}"`).toContain(step.state);
				}
			}
		}
	});

	it('has at least one step per section, each with at least one paragraph', () => {
		for (const lang of ['en', 'es'] as const) {
			for (const section of stories[lang].sections) {
				expect(section.steps.length, `${lang} #${section.id}`).toBeGreaterThan(0);
				for (const step of section.steps) expect(step.text.length, `${lang} #${section.id}`).toBeGreaterThan(0);
			}
		}
	});

	it('never shows the same chart in the same state in two consecutive steps', () => {
		for (const lang of ['en', 'es'] as const) {
			const steps = stories[lang].sections.flatMap((s) => s.steps.map((st) => ({ id: s.id, view: `${st.chart}/${st.state}` })));
			for (let i = 1; i < steps.length; i++) expect(steps[i].view, `${lang}: step ${i + 1} (#${steps[i].id}) repeats the step before it`).not.toBe(steps[i - 1].view);
		}
	});

	for (const lang of ['en', 'es'] as const) {
		it(`types no number or date by hand (${lang})`, () => {
			const paragraphs = proseOf(stories[lang]).map((p) => p(placeholder));
			for (const text of [...paragraphs, ...labelsOf(stories[lang])]) {
				expect(text, `a digit was typed by hand in: ${text}`).not.toMatch(/[0-9]/);
			}
		});

		it(`fills every placeholder with a real value (${lang})`, () => {
			const text = realText(lang);
			expect(text).not.toMatch(/undefined|NaN|⟨x⟩|\[object /);
		});
	}

	it('prints the facts in each language’s own format', () => {
		const english = realText('en');
		expect(english).toContain('126');
		expect(english).toContain('3 February 2026');
		expect(english).toContain('3,001');

		const spanish = realText('es');
		expect(spanish).toContain('3.001');
		expect(spanish).toContain('3 de febrero de 2026');
		expect(spanish).toContain('12,6 %');
	});

	it('has the same sections and the same chart/state sequence in English and Spanish', () => {
		const shape = (s: Story) => s.sections.map((sec) => ({ id: sec.id, steps: sec.steps.map((st) => `${st.chart}/${st.state}`) }));
		expect(shape(es)).toEqual(shape(en));
		expect(es.methods.id).toBe(en.methods.id);
		expect(en.methods.id).toBe('methods');
		expect(en.sections.map((s) => s.id)).toEqual(['now', 'breakdown', 'venezuela', 'meeting', 'boat-strikes', 'coca', 'extraditions', 'aid', 'what-next']);
		expect(es.ending.id).toBe(en.ending.id);
	});
});

describe('storyFacts', () => {
	const { data } = datasets();
	const fmt = formattersFor('en');

	/** A copy of the data with the rows of one table that match `drop` removed. */
	function without<K extends keyof Datasets>(table: K, drop: (row: Datasets[K][number]) => boolean): Datasets {
		return { ...data, [table]: (data[table] as Datasets[K][number][]).filter((r) => !drop(r)) };
	}

	it('gives a non-empty string for every fact', () => {
		for (const lang of ['en', 'es'] as const) {
			const f = storyFacts(data, formattersFor(lang));
			for (const [key, value] of Object.entries(f)) {
				expect(typeof value, key).toBe('string');
				expect(value.length, key).toBeGreaterThan(0);
			}
		}
	});

	it('derives its numbers from the rows', () => {
		const f = storyFacts(data, fmt);
		expect(f.articleDeaths).toBe('126');
		expect(f.tallyKilled).toBe('116');
		expect(f.tallyPresumed).toBe('10');
		expect(f.lastDecertYear).toBe('1997');
		expect(f.decertGapYears).toBe('28');
		expect(f.prodRisePct).toBe('12.6');
		expect(f.articleAid).toBe('450');
		expect(f.meetingHoursWords).toBe('two');
		expect(f.claimsConfirmed).toBe(String(data['article-claims'].filter((r) => r.status === 'confirmed').length));
		expect(f.claimsContradicted).toBe(String(data['article-claims'].filter((r) => r.status === 'contradicted').length));
		expect(f.visaGrantedMonth).toBe('January 2026');
		// The last two running totals: AP's "at least" and AFP's "more than".
		const [ap, afp] = [...data['boat-strikes']].sort((a, b) => a.date.localeCompare(b.date)).slice(-2);
		expect([f.apLateDeaths, f.afpLateDeaths]).toEqual([String(ap.deaths), String(afp.deaths)]);
	});

	it('dates the story by its latest update, and the record by its newest source', () => {
		const latest = [...data.updates].map((u) => u.date).sort().pop()!;
		expect(storyFacts(data, fmt).updatedDate).toBe(fmt.date(latest));
		const later = { ...data, updates: [...data.updates, { ...data.updates[0], id: 'later', date: '2026-12-24' }] };
		expect(storyFacts(later, fmt).updatedDate).toBe('24 December 2026');
		const newest = data.sources.map((s) => s.date ?? '').sort().pop()!;
		expect(storyFacts(data, fmt).recordMonth).toBe(fmt.date(newest.slice(0, 7)));
	});

	it('stops when the data no longer bear out a sentence of the prose', () => {
		const higher = {
			...data,
			'coca-cultivation': data['coca-cultivation'].map((r) => (r.series === 'unodc_simci' && r.year === 2001 ? { ...r, hectares: 999_999 } : r))
		};
		expect(() => storyFacts(higher, fmt)).toThrow(/"the highest in the series"/);
		const contested = { ...data, 'article-claims': data['article-claims'].map((r) => (r.id === 'first-meeting' ? { ...r, status: 'contested' as const } : r)) };
		expect(() => storyFacts(contested, fmt)).toThrow(/no row is contested/);
	});

	it('throws a message naming the missing row', () => {
		expect(() => storyFacts(without('article-claims', (r) => r.id === 'strike-deaths'), fmt)).toThrow(
			'article-claims.csv has no row "strike-deaths"'
		);
		expect(() => storyFacts(without('timeline', (r) => r.id === 'determination'), fmt)).toThrow('timeline.csv has no row "determination"');
		expect(() => storyFacts(without('elections', (r) => r.contest === 'presidential_runoff' && r.party_or_candidate === 'Iván Cepeda'), fmt)).toThrow(
			/elections\.csv has no row for two candidates \(presidential_runoff\)/
		);
		expect(() => storyFacts(without('us-aid', (r) => r.series === 'highlighted_lines'), fmt)).toThrow(/us-aid\.csv has no row in series highlighted_lines/);
		expect(() => storyFacts(without('timeline', (r) => r.id === 'handover-scheduled'), fmt)).toThrow('timeline.csv has no row "handover-scheduled"');
	});

	it('throws when a cell it needs is empty', () => {
		const blank = {
			...data,
			'article-claims': data['article-claims'].map((r) => (r.id === 'meeting-duration' ? { ...r, checked_value: null } : r))
		};
		expect(() => storyFacts(blank, fmt)).toThrow(/"meeting-duration" has no value in column "checked_value"/);
	});
});
