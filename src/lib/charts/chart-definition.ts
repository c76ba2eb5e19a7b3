import type { Datasets, DatasetName } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n';
import type { Palette } from './theme';

/** The words and numbers a chart shows around its drawing, in one language. */
export interface ChartText {
	title: string;
	subtitle: string;
	/** What is contested, refined or partial, in our words: drawn in the caption and the export. */
	notes: string[];
	/** A text alternative that states what the chart shows in this state, with its key numbers. */
	alt: string;
}

/** The table behind a chart, already formatted for its language. */
export interface TableView {
	caption: string;
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, string>[];
}

/** Everything language-dependent a chart needs: the language, its formatters and the chart's own strings. */
export interface ChartLocale<S> {
	lang: Lang;
	fmt: Formatters;
	t: S;
}

export interface RenderOptions<S> extends ChartLocale<S> {
	width: number;
	state: string;
	document: Document;
	colors: Palette;
}

/**
 * One chart, defined once. The page, the no-JavaScript page, the exports, the embed and the tests all
 * go through these functions; none of them touches the DOM outside the element `render` returns.
 */
export interface ChartDefinition<K extends DatasetName = DatasetName, S = unknown> {
	id: string;
	/** Named views the story steps through; the first is the default. */
	states: readonly string[];
	/** The rows this chart draws, by dataset: also what its CSV and its export metadata hold. */
	select: (data: Datasets) => Pick<Datasets, K>;
	text: (rows: Pick<Datasets, K>, state: string, locale: ChartLocale<S>) => ChartText;
	table: (rows: Pick<Datasets, K>, locale: ChartLocale<S>) => TableView;
	render: (rows: Pick<Datasets, K>, options: RenderOptions<S>) => Element;
}
