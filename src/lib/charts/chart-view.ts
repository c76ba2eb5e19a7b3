import type { Datasets, SourceRow } from '$lib/data/rows';
import { dictionaries, formattersFor, type Lang } from '$lib/i18n';
import type { ChartDefinition, ChartLocale, ChartText, TableView } from './chart-definition';
import { chartById, chartSourceIds } from './index';
import { compactSvg } from './compact-svg';
import { palette, type PaintMode } from './theme';

/**
 * The drawing of a view as the server prerenders it. It is kept out of ChartView so that the page's
 * hydration data does not carry every SVG a second time.
 */
export function viewSvg(view: ChartView, document: Document): string {
	const svg = drawChart(chartById(view.id), view.rows, { lang: view.lang, state: view.state, width: view.width, document, mode: 'page' });
	svg.setAttribute('aria-hidden', 'true');
	return compactSvg(svg.outerHTML);
}

/** What a component needs to show one chart in one state: plain data, so it crosses from server to page. */
export interface ChartView {
	id: string;
	lang: Lang;
	state: string;
	states: { id: string; label: string }[];
	/** The width the server drew at; the browser redraws only when its own differs. */
	width: number;
	text: ChartText;
	/** The text alternative of every state, so a change of state changes what a screen reader hears. */
	alts: Record<string, string>;
	table: TableView;
	sources: Pick<SourceRow, 'id' | 'title' | 'publisher' | 'url' | 'reliability'>[];
	/** The rows the chart draws, so the browser can redraw it at another width or state. */
	rows: Partial<Datasets>;
}

export function chartLocale(def: ChartDefinition, lang: Lang): ChartLocale<any> {
	const dict = dictionaries[lang];
	return { lang, fmt: formattersFor(lang), t: (dict.charts as Record<string, unknown>)[def.id] };
}

/** Draws a chart to an SVG element in whatever document it is given (server shim or browser). */
export function drawChart(
	def: ChartDefinition,
	rows: Partial<Datasets>,
	opts: { lang: Lang; state: string; width: number; document: Document; mode: PaintMode }
): Element {
	if (!def.states.includes(opts.state)) {
		throw new Error(`Chart "${def.id}" has no state "${opts.state}". Its states: ${def.states.join(', ')}`);
	}
	const locale = chartLocale(def, opts.lang);
	const svg = def.render(rows as never, { ...locale, width: opts.width, state: opts.state, document: opts.document, colors: palette(opts.mode) });
	return svg;
}

export function chartView(
	def: ChartDefinition,
	data: Datasets,
	opts: { lang: Lang; state?: string; width: number }
): ChartView {
	const state = opts.state ?? def.states[0];
	const rows = def.select(data) as Partial<Datasets>;
	const locale = chartLocale(def, opts.lang);
	const ids = chartSourceIds(rows);
	return {
		id: def.id,
		lang: opts.lang,
		state,
		states: def.states.map((id) => ({ id, label: locale.t.states[id] as string })),
		width: opts.width,
		text: def.text(rows as never, state, locale),
		alts: Object.fromEntries(def.states.map((s) => [s, def.text(rows as never, s, locale).alt])),
		table: def.table(rows as never, locale),
		sources: ids.map((id) => {
			const s = data.sources.find((r) => r.id === id);
			if (!s) throw new Error(`Chart "${def.id}" cites source "${id}", which data/sources.csv lacks`);
			return { id: s.id, title: s.title, publisher: s.publisher, url: s.url, reliability: s.reliability };
		}),
		rows
	};
}
