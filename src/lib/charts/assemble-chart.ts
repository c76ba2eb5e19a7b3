import type { Datasets, SourceRow } from '$lib/data/rows';
import { citedSourceIds, sourcesFor } from '$lib/data/cited-sources';
import { dictionaries, formattersFor, pathPrefix, type Lang } from '$lib/i18n';
import { SITE_URL } from '$lib/site';
import type { AnyChart, ChartLocale, ChartStrings, ChartText, MarkDetail, TableCell, TableView } from './chart-definition';
import { chartById } from './index';
import { compactSvg } from './compact-svg';
import { palette, type PaintMode } from './theme';

/**
 * One chart in one state with everything around it: its words for every state, its table, its
 * sources and source line, its address and the rows it draws. Plain data, so it crosses from the
 * server to the page; every consumer (the story, the chart page, the embed, the SVG and PNG exports,
 * the CSV) reads this one assembly.
 */
export interface ChartView {
	id: string;
	lang: Lang;
	state: string;
	states: { id: string; label: string }[];
	/** The width the server drew at; the browser redraws only when its own differs. */
	width: number;
	/** Drawn compact (RenderOptions.compact): the story's pinned charts, prerendered for a phone. */
	compact?: boolean;
	text: ChartText;
	/** The text alternative of every state, so a change of state changes what a screen reader hears. */
	alts: Record<string, string>;
	table: TableView;
	sources: Pick<SourceRow, 'id' | 'title' | 'publisher' | 'url' | 'reliability' | 'date' | 'lang'>[];
	/** "Sources: AP; AFP." in the chart's language, as the exports print it. */
	sourceLine: string;
	/** The chart's own page, absolute. */
	url: string;
	/** The rows the chart draws, so the browser can redraw it at another width or state. */
	rows: Partial<Datasets>;
}

/**
 * What a drawing needs in the browser: enough to redraw it at another width or state, and the words
 * drawn above it. The story's pages send only this; the rows a redraw needs come with the chart code
 * (draw-in-browser.ts fetches them) unless the view carries them, as a chart's own page does.
 */
export type ChartFrame = Pick<ChartView, 'id' | 'lang' | 'state' | 'states' | 'width' | 'compact'> & {
	text: Pick<ChartText, 'title' | 'subtitle'>;
	rows?: ChartView['rows'];
};

/** A view cut down to its frame. */
export const chartFrame = ({ id, lang, state, states, width, compact, text }: ChartView): ChartFrame => ({
	id,
	lang,
	state,
	states,
	width,
	compact,
	text: { title: text.title, subtitle: text.subtitle }
});

export function chartLocale(def: AnyChart, lang: Lang): ChartLocale<ChartStrings<AnyChart['id']>> {
	return { lang, fmt: formattersFor(lang), vocab: dictionaries[lang].vocabulary, t: dictionaries[lang].charts[def.id] };
}

// A chart's model, computed once per set of rows: a redraw at another width or state reuses it.
const models = new WeakMap<object, unknown>();
export function chartModel(def: AnyChart, rows: Partial<Datasets>): unknown {
	if (!models.has(rows)) models.set(rows, def.model(rows));
	return models.get(rows);
}

/** Draws a chart to an SVG element in whatever document it is given (server shim or browser). */
export function drawChart(
	def: AnyChart,
	rows: Partial<Datasets>,
	opts: { lang: Lang; state: string; width: number; document: Document; mode: PaintMode; marks?: boolean; compact?: boolean }
): Element {
	if (!def.states.includes(opts.state)) {
		throw new Error(`Chart "${def.id}" has no state "${opts.state}". Its states: ${def.states.join(', ')}`);
	}
	const svg = def.render(chartModel(def, rows), { ...chartLocale(def, opts.lang), width: opts.width, state: opts.state, document: opts.document, colors: palette(opts.mode), marks: opts.marks ?? opts.mode === 'page', compact: opts.compact ?? false });
	// On the page, Plot's stylesheet (one <style> in each drawing) is the page's own (Figure.svelte): a
	// drawing that brings a stylesheet into the document, or takes one out, makes the browser restyle
	// every drawing on the page, a long frame on a slow phone at each change of state.
	if (opts.mode === 'page') for (const style of svg.querySelectorAll('style')) style.remove();
	return svg;
}

/** The address of a chart's page in a language. */
export const chartUrl = (id: string, lang: Lang) => `${SITE_URL}${pathPrefix(lang)}/charts/${id}/`;

export function assembleChart(def: AnyChart, data: Datasets, opts: { lang: Lang; state?: string; width: number; compact?: boolean }): ChartView {
	const state = opts.state ?? def.states[0];
	if (!def.states.includes(state)) throw new Error(`Chart "${def.id}" has no state "${state}". Its states: ${def.states.join(', ')}`);
	const rows = def.select(data);
	const model = chartModel(def, rows);
	const locale = chartLocale(def, opts.lang);
	const sources = sourcesFor(data.sources, citedSourceIds(rows), `Chart "${def.id}"`);
	const ui = dictionaries[opts.lang].ui;
	const alts = Object.fromEntries(def.states.map((s) => [s, def.text(model, s, locale).alt]));
	return {
		id: def.id,
		lang: opts.lang,
		state,
		states: def.states.map((id) => ({ id, label: (locale.t.states as Record<string, string>)[id] })),
		width: opts.width,
		...(opts.compact ? { compact: true } : {}),
		text: def.text(model, state, locale),
		alts,
		table: withSourceLinks(def.table(model, locale), data.sources),
		// Dates as a reader reads them, at the precision the source has.
		sources: sources.map(({ id, title, publisher, url, reliability, date, lang }) => ({ id, title, publisher, url, reliability, lang, date: date ? locale.fmt.date(date) : null })),
		sourceLine: `${ui.sources}: ${[...new Set(sources.map((s) => s.publisher))].join('; ')}.`,
		url: chartUrl(def.id, opts.lang),
		rows
	};
}

/**
 * The drawing of a view as the server prerenders it. It is kept out of ChartView so that the page's
 * hydration data does not carry every SVG a second time, and its marks carry no keys: a page without
 * scripts has no use for them, and a page with scripts adds them when a reader first asks (tagMarks).
 */
export function viewSvg(view: ChartView, document: Document): string {
	const svg = drawChart(chartById(view.id), view.rows, { lang: view.lang, state: view.state, width: view.width, compact: view.compact, document, mode: 'page', marks: false });
	svg.setAttribute('aria-hidden', 'true');
	return compactSvg(svg.outerHTML);
}

/** A mark's details as the page shows them: its sources by title, linked to their pages. */
export interface ShownMarkDetail extends Omit<MarkDetail, 'sources'> {
	/** Each source with how data/sources.csv rates it, in the reader's language: a value's provenance
	 *  includes how far to trust it, above all where the value has no fact-check status of its own. */
	sources: { text: string; href: string | null; lang: string; rating: string }[];
}

/**
 * The details of every tagged mark of a chart in a state. Their sources are the titles a chart's own
 * page already carries, or else those its rows file brings along (/charts/ID.json lists the sources
 * its rows cite), so a story page sends none of them up front.
 */
export function markDetails(view: ChartFrame | ChartView, rows: Partial<Datasets>, state: string): ShownMarkDetail[] {
	const def = chartById(view.id);
	const locale = chartLocale(def, view.lang);
	const details = def.details(chartModel(def, rows), state, locale);
	const known: Pick<SourceRow, 'id' | 'title' | 'url' | 'lang' | 'reliability'>[] = 'sources' in view ? view.sources : (rows.sources ?? []);
	return details.map((d) => ({
		...d,
		sources: d.sources.map((id) => {
			const s = known.find((r) => r.id === id);
			if (!s) throw new Error(`Chart "${view.id}": a mark cites source "${id}", which the chart's sources lack`);
			return { text: s.title, href: s.url, lang: s.lang, rating: locale.vocab.reliability[s.reliability] };
		})
	}));
}

/**
 * Gives the marks of a prerendered drawing their keys: the same drawing, made again with them, has the
 * same elements in the same order, so each key is copied to its element. Should the two differ (they
 * never should), the new drawing takes the old one's place.
 */
export function tagMarks(view: ChartFrame | ChartView, rows: Partial<Datasets>, state: string, svg: Element): Element {
	const width = Number(svg.getAttribute('width')) || view.width;
	const tagged = drawChart(chartById(view.id), rows, { lang: view.lang, state, width, compact: view.compact, document: svg.ownerDocument, mode: 'page' });
	tagged.setAttribute('aria-hidden', 'true');
	const [from, to] = [tagged.querySelectorAll('*'), svg.querySelectorAll('*')];
	if (from.length !== to.length || [...from].some((el, i) => el.tagName !== to[i].tagName)) {
		svg.replaceWith(tagged);
		return tagged;
	}
	from.forEach((el, i) => {
		const key = el.getAttribute('data-mark');
		if (key !== null) to[i].setAttribute('data-mark', key);
	});
	return svg;
}

/**
 * A table's source cells name a source by its id (a chart's table() stays a pure function of its rows);
 * a reader gets the source's title, linked to its page, in every chart's table alike.
 */
function withSourceLinks(table: TableView, sources: SourceRow[]): TableView {
	const keys = table.columns.map((c) => c.key).filter((k) => k === 'source' || k.endsWith('_source'));
	if (!keys.length) return table;
	// A cell may name several sources, comma-separated.
	const cell = (v: TableCell): TableCell => {
		if (typeof v !== 'string' || !v) return v;
		return v.split(/,\s*/).map((id) => {
			const s = sources.find((r) => r.id === id);
			if (!s) throw new Error(`A chart's table cites source "${id}", which data/sources.csv lacks`);
			// A title keeps the language it was published in, so a reader's tools pronounce it right.
			return { text: s.title, href: s.url, lang: s.lang };
		});
	};
	return { ...table, rows: table.rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, cell(r[k])])) })) };
}
