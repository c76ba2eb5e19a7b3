import { pathPrefix, type Lang } from '$lib/i18n/langs';

/**
 * The stable addresses of a chart's exports. The default state lives at /charts/ID.svg; every state
 * also at /charts/ID/STATE.svg (and .png, .pdf). The CSV is the chart's rows, the same in every
 * language. The square social image and the link preview exist for every state, under /square/ and
 * /previews/ (a folder of their own: /charts/ID/STATE.png is already the 2× PNG).
 */
export function exportPaths(id: string, state: string, lang: Lang, isDefault = false) {
	const base = `${pathPrefix(lang)}/charts/${id}`;
	const stem = isDefault ? base : `${base}/${state}`;
	return {
		svg: `${stem}.svg`,
		png: `${stem}.png`,
		pdf: `${stem}.pdf`,
		square: squarePath(id, state, lang),
		csv: `/charts/${id}.csv`
	};
}

/**
 * The standalone SVG drawn for a phone's column, which a page shows readers without JavaScript on a
 * narrow screen (a folder of its own, like the previews: /charts/ID/STATE.svg is the full-size file).
 */
export const narrowSvgPath = (id: string, state: string, lang: Lang) => `${pathPrefix(lang)}/narrow/${id}/${state}.svg`;
/** The narrow file's width: its drawing is NARROW_EXPORT_WIDTH less its margins, a phone's 360 px. */
export const NARROW_EXPORT_WIDTH = 384;

/** The 1080×1080 PNG for social posts. */
export const squarePath = (id: string, state: string, lang: Lang) => `${pathPrefix(lang)}/square/${id}/${state}.png`;

/** The 1200×630 link preview, without the language prefix (PageMeta adds it). */
export const previewPath = (id: string, state: string) => `/previews/${id}/${state}.png`;

/** A link preview's size (Open Graph, X, Slack…): the size the major services crop least. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** The square image for social posts. */
export const SQUARE_SIZE = { width: 1080, height: 1080 } as const;
