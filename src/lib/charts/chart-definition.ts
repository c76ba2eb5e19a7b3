import type { Datasets } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import type { Dictionary, Lang } from '$lib/i18n';
import type { Palette } from './theme';

/**
 * A chart's id is a key of the English dictionary's `charts`: a chart with no words fails the
 * type-check, and every other language's dictionary must mirror English key for key.
 */
export type ChartId = keyof Dictionary['charts'];

/** The words of one chart, in one language (its entry in the dictionary). */
export type ChartStrings<Id extends ChartId> = Dictionary['charts'][Id];

/** The words and numbers a chart shows around its drawing, in one language. */
export interface ChartText {
	title: string;
	subtitle: string;
	/** What is contested, refined or partial, in our words: drawn in the caption and the export. */
	notes: string[];
	/** A text alternative that states what the chart shows in this state, with its key numbers. */
	alt: string;
}

/** A cell of a chart's table: words, or a list of words that link somewhere (sources' titles to their pages). */
export type TableCell = string | { text: string; href: string | null; lang?: string }[];

/** The table behind a chart, already formatted for its language. */
export interface TableView {
	caption: string;
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, TableCell>[];
}

/** Everything language-dependent a chart needs: the language, its formatters, the shared vocabulary and the chart's own strings. */
export interface ChartLocale<S> {
	lang: Lang;
	fmt: Formatters;
	/** Statuses, bounds, reliability and categories: one set of words per language for every chart. */
	vocab: Dictionary['vocabulary'];
	t: S;
}

export interface RenderOptions<S, St extends string = string> extends ChartLocale<S> {
	width: number;
	state: St;
	document: Document;
	colors: Palette;
	/**
	 * Whether each mark that carries a number is tagged with its detail's key (`data-mark`), for the
	 * page's details on hover, tap and keyboard focus. Only the page asks: an export stays as it was.
	 */
	marks: boolean;
	/**
	 * Drawn for the story's chart pinned above the cards on a phone, where height runs out before
	 * width: a chart may spend less of it (fewer legend rows, context events in fewer words, tighter
	 * rows), never smaller type, so that the box does not shrink its words below a readable size.
	 * Exports, chart pages and the figures for readers without JavaScript are drawn in full.
	 */
	compact: boolean;
}

/**
 * What a reader gets on hovering, tapping or focusing one mark: the value as the source gave it,
 * already in the reader's language. Every field comes from typed columns, never from a note.
 */
export interface MarkDetail {
	/** Stable within the chart: the drawn element carries it as `data-mark`. */
	key: string;
	/** Which mark this is, e.g. "UN survey, 2023". */
	label: string;
	/** The value with its bound and unit, e.g. "at least 199 killed". */
	value: string;
	/** The date the value refers to, at its precision ("2025", "September 2025", "2 September 2025"). */
	date: string;
	/** From the shared vocabulary (confirmed, leaked, estimate…); null where the data has no such column. */
	status: string | null;
	/** Ids of data/sources.csv; the page shows their titles, linked. */
	sources: string[];
}

/**
 * One chart, defined once. The page, the no-JavaScript page, the exports, the embed, the story and the
 * tests all go through these functions; none of them touches the DOM outside the element `render`
 * returns.
 *
 * `model` derives, once, every figure the chart stands on (the latest value, the low, the ranking of
 * editions, the totals) from the rows `select` picked; `text`, `table` and `render` read that model,
 * and so does the story (story-facts.ts), so a number is never worked out twice.
 *
 * Methods, not function-typed properties: a registry of charts with different rows and models is then
 * a plain array of `AnyChart` (TypeScript compares method parameters bivariantly), with no cast.
 */
export interface ChartDefinition<Id extends ChartId, R extends Partial<Datasets>, M, St extends string = string> {
	id: Id;
	/** Named views the story steps through; the first is the default. */
	states: readonly St[];
	/** The rows this chart draws, by dataset: also what its CSV and its export metadata hold. */
	select(data: Datasets): R;
	model(rows: R): M;
	text(model: M, state: St, locale: ChartLocale<ChartStrings<Id>>): ChartText;
	table(model: M, locale: ChartLocale<ChartStrings<Id>>): TableView;
	render(model: M, options: RenderOptions<ChartStrings<Id>, St>): Element;
	/** One entry per mark that carries a number and is drawn in this state, in reading order. */
	details(model: M, state: St, locale: ChartLocale<ChartStrings<Id>>): MarkDetail[];
}

/** Any chart of the registry, its rows and model types erased. */
export type AnyChart = ChartDefinition<ChartId, Partial<Datasets>, unknown, string>;

/** Checks a definition against the contract while keeping its own types (rows, model, states). */
export function defineChart<Id extends ChartId, R extends Partial<Datasets>, M, St extends string>(
	def: ChartDefinition<Id, R, M, St>
): ChartDefinition<Id, R, M, St> {
	return def;
}
