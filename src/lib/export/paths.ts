import { pathPrefix, type Lang } from '$lib/i18n/langs';

/**
 * The stable addresses of a chart's exports. The default state lives at /charts/ID.svg; every state
 * also at /charts/ID/STATE.svg. The CSV is the chart's rows, the same in every language.
 */
export function exportPaths(id: string, state: string, lang: Lang, isDefault = false) {
	const base = `${pathPrefix(lang)}/charts/${id}`;
	const stem = isDefault ? base : `${base}/${state}`;
	return { svg: `${stem}.svg`, png: `${stem}.png`, csv: `/charts/${id}.csv` };
}
