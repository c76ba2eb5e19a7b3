import type { Datasets } from '$lib/data/rows';
import { chartById } from '$lib/charts';
import { assembleChart, type ChartView } from '$lib/charts/assemble-chart';
import { formattersFor, type Lang } from '$lib/i18n';
import type { Story } from './story-types';
import { lastUpdated, storyFacts } from './story-facts';
import { storyUpdates, type StoryUpdate } from './story-updates';

/** A step as the page shows it: plain strings, so it crosses from the server to the page. */
export interface RenderedStep {
	chart: string;
	state: string;
	paragraphs: string[];
	/** What the chart shows in this step, read after the step's text by a screen reader. */
	alt: string;
}

export interface RenderedSection {
	id: string;
	heading: string;
	intro: string[];
	steps: RenderedStep[];
	outro: string[];
	/** The charts this section's steps show, in order of first appearance. */
	charts: string[];
}

export interface RenderedStory {
	lang: Lang;
	title: string;
	dek: string;
	byline: string;
	published: string;
	/** The latest date in data/updates.csv, formatted: the story's "Updated" line. */
	updated: string;
	/** The same date as ISO, for the page's <time datetime>. */
	updatedIso: string;
	sections: RenderedSection[];
	ending: { id: string; heading: string; paragraphs: string[] };
	methods: { id: string; heading: string; paragraphs: string[] };
	/** Corrections and updates, newest first (data/updates.csv). */
	updates: StoryUpdate[];
}

/**
 * Evaluates a story against the data: every number in the prose is filled in from the datasets here,
 * and every step gets the text alternative its chart gives for its state.
 */
export function renderStory(story: Story, data: Datasets, lang: Lang): RenderedStory {
	const fmt = formattersFor(lang);
	const facts = storyFacts(data, fmt);
	// Each chart assembled once for the whole story: a step reads the text alternative of its state.
	const assembled = new Map<string, ChartView>();
	const view = (id: string) => {
		if (!assembled.has(id)) assembled.set(id, assembleChart(chartById(id), data, { lang, width: 0 }));
		return assembled.get(id)!;
	};
	return {
		lang,
		title: story.title,
		dek: story.dek,
		byline: story.byline,
		published: fmt.date(story.published),
		updated: facts.updatedDate,
		updatedIso: lastUpdated(data),
		sections: story.sections.map((section) => ({
			id: section.id,
			heading: section.heading,
			intro: (section.intro ?? []).map((p) => p(facts)),
			outro: (section.outro ?? []).map((p) => p(facts)),
			charts: [...new Set(section.steps.map((s) => s.chart))],
			steps: section.steps.map((step) => {
				const def = chartById(step.chart);
				if (!def.states.includes(step.state)) {
					throw new Error(`Story (${lang}) section "${section.id}": chart "${step.chart}" has no state "${step.state}"`);
				}
				return {
					chart: step.chart,
					state: step.state,
					paragraphs: step.text.map((p) => p(facts)),
					alt: view(step.chart).alts[step.state]
				};
			})
		})),
		ending: { id: story.ending.id, heading: story.ending.heading, paragraphs: story.ending.text.map((p) => p(facts)) },
		methods: { id: story.methods.id, heading: story.methods.heading, paragraphs: story.methods.text.map((p) => p(facts)) },
		updates: storyUpdates(data, lang, fmt)
	};
}
