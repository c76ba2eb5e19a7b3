import type { StoryFacts } from './story-facts';

/** A paragraph of prose, written as a function of the facts so that no number is typed by hand. */
export type Prose = (f: StoryFacts) => string;

/** One scroll step: its text, and the chart and state the pinned graphic shows while it is read. */
export interface Step {
	/** Chart id from the registry (src/lib/charts/index.ts). */
	chart: string;
	/** One of that chart's states. */
	state: string;
	/** The step's paragraphs. Quotations only inside quotation marks, attributed. */
	text: Prose[];
}

export interface Section {
	/** The anchor (/#boat-strikes): stable across languages so links and tests can rely on it. */
	id: string;
	heading: string;
	/** Paragraphs before the steps (optional). */
	intro?: Prose[];
	steps: Step[];
	/** Paragraphs after the steps (optional). */
	outro?: Prose[];
}

export interface Story {
	title: string;
	dek: string;
	byline: string;
	/** Shown on the page as "Published …"; a date, formatted by the page. */
	published: string;
	sections: Section[];
	/** What is known as of the update, each with its date, and what is not: plain paragraphs, no steps. */
	ending: { id: string; heading: string; text: Prose[] };
	/** The closing methods section: plain paragraphs, no scroll steps. */
	methods: { id: string; heading: string; text: Prose[] };
}
