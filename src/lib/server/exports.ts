import { citedSourceIds, sourcesFor } from '$lib/data/cited-sources';
import { parseHTML } from 'linkedom';
import { chartById, charts } from '$lib/charts';
import { langParam, langs, type Lang } from '$lib/i18n';
import { standaloneSvg, type StandaloneSvg } from '$lib/export/standalone-svg';
import { tableCsv } from '$lib/export/csv';
import { NARROW_EXPORT_WIDTH } from '$lib/export/paths';
import type { Datasets } from '$lib/data/rows';
import { datasets } from './datasets';
import { svgToPng } from './png';



/** The prerender's entries for the default-state exports: every chart in every language. */
export const chartEntries = () => langs.flatMap((lang) => charts.map((c) => ({ lang: langParam(lang), id: c.id })));

/** The entries for the per-state exports: every chart × state × language. */
export const stateEntries = () =>
	langs.flatMap((lang) => charts.flatMap((c) => c.states.map((state) => ({ lang: langParam(lang), id: c.id, state }))));

// Each file is made once per build: the default state's export is also its state's (/charts/ID.svg and
// /charts/ID/STATE.svg), and the story's pages read the same files' sizes.
const svgs = new Map<string, StandaloneSvg>();
const pngs = new Map<string, Uint8Array>();

/** A chart's standalone SVG, the download: at the export's full width, its rows in its <metadata>. */
export function exportSvg(id: string, state: string | undefined, lang: Lang): StandaloneSvg {
	return standaloneOnce(id, state, lang);
}

/**
 * The phone-width twin the story shows readers without JavaScript (/narrow/ID/STATE.svg): a picture
 * for the page, not a download, so without the rows (the full-size file and the CSV carry them).
 */
export function narrowSvg(id: string, state: string, lang: Lang): StandaloneSvg {
	return standaloneOnce(id, state, lang, NARROW_EXPORT_WIDTH);
}

function standaloneOnce(id: string, state: string | undefined, lang: Lang, width?: number): StandaloneSvg {
	const def = chartById(id);
	const s = state ?? def.states[0];
	const key = `${id}/${s}/${lang}/${width ?? ''}`;
	if (!svgs.has(key)) {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		svgs.set(key, standaloneSvg({ def, data: datasets().data, lang, state: s, document: document as unknown as Document, width, withData: width === undefined }));
	}
	return svgs.get(key)!;
}

export function exportPng(id: string, state: string | undefined, lang: Lang): Uint8Array {
	const key = `${id}/${state ?? chartById(id).states[0]}/${lang}`;
	if (!pngs.has(key)) {
		const file = exportSvg(id, state, lang);
		pngs.set(key, svgToPng(file.svg, { Title: file.title, Source: file.sourceLine, Copyright: 'CC BY 4.0', URL: file.url }));
	}
	return pngs.get(key)!;
}

/** The rows a chart draws, as JSON: what a page fetches to redraw the chart in the browser. */
export function exportRowsJson(id: string): string {
	const { data } = datasets();
	const rows = chartById(id).select(data) as Partial<Datasets>;
	// With the sources its rows cite, so the details of a mark can name and link them in the browser.
	return JSON.stringify({ ...rows, sources: sourcesFor(data.sources, citedSourceIds(rows), `Chart "${id}"`) });
}

/** The rows a chart draws, as one CSV: a `dataset` column says which table each row comes from. */
export function exportCsv(id: string): string {
	const rows = chartById(id).select(datasets().data) as Partial<Datasets>;
	return tableCsv(rows);
}
