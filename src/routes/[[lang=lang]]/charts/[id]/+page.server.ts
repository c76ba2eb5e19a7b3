import { error } from '@sveltejs/kit';
import { charts } from '$lib/charts';
import { assembleChart } from '$lib/charts/assemble-chart';
import { langFromParam, langParam, langs } from '$lib/i18n';
import { datasets } from '$lib/server/datasets';

export const entries = () =>
	langs.flatMap((lang) => charts.map((c) => ({ lang: langParam(lang), id: c.id })));

/** The width a standalone chart is prerendered at; the browser redraws to its container. */
const WIDTH = 720;

export function load({ params }) {
	const def = charts.find((c) => c.id === params.id);
	if (!def) error(404, `No chart "${params.id}"`);
	const lang = langFromParam(params.lang);
	return { view: assembleChart(def, datasets().data, { lang, width: WIDTH }) };
}
