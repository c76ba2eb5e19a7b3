/**
 * How long the story is, per language, measured on the text a reader gets (every number filled in):
 * words of prose, steps, and the longest step. A phone shows a step as a card over the pinned chart,
 * so a step's text must leave the chart visible: at most 70 words, and at most 16 steps in all.
 *
 *   npx vitest run --project unit tests/unit/story-length.test.ts     prints the table, and enforces the limits
 *   STORY_TEXT=es npx vitest run …/story-length.test.ts              also prints that language's text, step by step
 */
import { describe, expect, it } from 'vitest';
import { datasets } from '$lib/server/datasets';
import { langs, type Lang } from '$lib/i18n';
import { stories } from '$lib/story';
import { renderStory, type RenderedStory } from '$lib/story/render-story';

const MAX_STEPS = 16;
const MAX_STEP_WORDS = 70;

/** Words as a reader counts them: runs of letters or digits between spaces ("2,219-kilometre" is one). */
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function stats(s: RenderedStory) {
	const steps = s.sections.flatMap((sec) => sec.steps.map((st) => ({ section: sec.id, chart: `${st.chart}/${st.state}`, words: words(st.paragraphs.join(' ')) })));
	const stepWords = steps.reduce((n, st) => n + st.words, 0);
	const around = s.sections.flatMap((sec) => [...sec.intro, ...sec.outro]);
	const prose = stepWords + words(around.join(' ')) + words(s.ending.paragraphs.join(' ')) + words(s.methods.paragraphs.join(' '));
	return {
		steps,
		prose,
		stepWords,
		intros: words(around.join(' ')),
		ending: words(s.ending.paragraphs.join(' ')),
		methods: words(s.methods.paragraphs.join(' ')),
		headline: words([s.title, s.dek].join(' ')),
		longest: steps.reduce((a, b) => (b.words > a.words ? b : a))
	};
}

const rendered = Object.fromEntries(langs.map((lang) => [lang, renderStory(stories[lang], datasets().data, lang)])) as Record<Lang, RenderedStory>;

describe('the story’s length', () => {
	it('prints words and steps per language', () => {
		const lines = ['lang  prose words  steps  in steps  intros  ending  methods  title+dek  longest step'];
		for (const lang of langs) {
			const s = stats(rendered[lang]);
			lines.push(
				`${lang.padEnd(4)}  ${String(s.prose).padStart(11)}  ${String(s.steps.length).padStart(5)}  ${String(s.stepWords).padStart(8)}  ${String(s.intros).padStart(6)}  ${String(s.ending).padStart(6)}  ${String(s.methods).padStart(7)}  ${String(s.headline).padStart(9)}  ${s.longest.words} (${s.longest.section}, ${s.longest.chart})`
			);
		}
		for (const lang of langs) {
			lines.push(`\n${lang}: words per step`);
			stats(rendered[lang]).steps.forEach((st, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${String(st.words).padStart(3)}  #${st.section}  ${st.chart}`));
		}
		console.log(lines.join('\n'));
		const print = process.env.STORY_TEXT as Lang | undefined;
		if (print && rendered[print]) {
			const s = rendered[print];
			const out = [s.title, s.dek, s.updated, ''];
			for (const sec of s.sections) {
				out.push(`## ${sec.heading} (#${sec.id})`, ...sec.intro);
				for (const st of sec.steps) out.push(`[${st.chart}/${st.state}] ${st.paragraphs.join(' ')}`);
			}
			out.push(`## ${s.ending.heading}`, ...s.ending.paragraphs, `## ${s.methods.heading}`, ...s.methods.paragraphs);
			console.log(out.join('\n\n'));
		}
	});

	for (const lang of langs) {
		it(`has at most ${MAX_STEPS} steps, each of at most ${MAX_STEP_WORDS} words (${lang})`, () => {
			const { steps } = stats(rendered[lang]);
			expect(steps.length).toBeLessThanOrEqual(MAX_STEPS);
			for (const [i, st] of steps.entries()) expect(st.words, `${lang} step ${i + 1} (#${st.section}, ${st.chart})`).toBeLessThanOrEqual(MAX_STEP_WORDS);
		});
	}
});
