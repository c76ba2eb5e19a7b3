import { parseHTML } from 'linkedom';
import { chartById, charts } from '$lib/charts';
import { langParam, langs, type Lang } from '$lib/i18n';
import { standaloneSvg, type StandaloneSvg } from '$lib/export/standalone-svg';
import { tableCsv } from '$lib/export/csv';
import type { Datasets } from '$lib/data/rows';
import { datasets } from './datasets';
import { svgToPng } from './png';



/** The prerender's entries for the default-state exports: every chart in every language. */
export const chartEntries = () => langs.flatMap((lang) => charts.map((c) => ({ lang: langParam(lang), id: c.id })));

/** The entries for the per-state exports: every chart × state × language. */
export const stateEntries = () =>
	langs.flatMap((lang) => charts.flatMap((c) => c.states.map((state) => ({ lang: langParam(lang), id: c.id, state }))));

export function exportSvg(id: string, state: string | undefined, lang: Lang): StandaloneSvg {
	const def = chartById(id);
	const s = state ?? def.states[0];
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return standaloneSvg({ def, data: datasets().data, lang, state: s, document: document as unknown as Document });
}

export function exportPng(id: string, state: string | undefined, lang: Lang): Uint8Array {
	const file = exportSvg(id, state, lang);
	return svgToPng(file.svg, { Title: file.title, Source: file.sourceLine, Copyright: 'CC BY 4.0', URL: file.url });
}

/** The rows a chart draws, as one CSV: a `dataset` column says which table each row comes from. */
export function exportCsv(id: string): string {
	const rows = chartById(id).select(datasets().data) as Partial<Datasets>;
	return tableCsv(rows);
}
