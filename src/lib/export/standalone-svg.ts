import type { Datasets } from '$lib/data/rows';
import type { AnyChart } from '$lib/charts/chart-definition';
import { assembleChart, drawChart } from '$lib/charts/assemble-chart';
import { compactSvg } from '$lib/charts/compact-svg';
import { fonts, light, type } from '$lib/charts/theme';
import { dictionaries, type Lang } from '$lib/i18n';
import { wrapText } from '$lib/charts/wrap-text';
import { xml } from './xml';

export interface StandaloneSvg {
	svg: string;
	width: number;
	height: number;
	title: string;
	sourceLine: string;
	url: string;
}

/** What the <metadata> of an exported file holds: enough to recover every number it draws. */
export interface ExportMetadata {
	chart: string;
	state: string;
	lang: Lang;
	title: string;
	url: string;
	licence: string;
	sources: { id: string; title: string; publisher: string; url: string | null }[];
	rows: Partial<Datasets>;
}

const WIDE_PAD = 24;
const NARROW_PAD = 12;
const SIZES = { title: 22, subtitle: 15, note: 12.5, source: 12.5 };
const LINE = 1.3;

/**
 * A chart as a file that stands on its own: xmlns and viewBox, light colours as plain attributes (no
 * page CSS, no CSS variables, no currentColor), <title> and <desc>, the title, subtitle, notes,
 * sources and licence drawn as editable text, and the chart's rows in <metadata> as JSON.
 */
export function standaloneSvg(opts: {
	def: AnyChart;
	data: Datasets;
	lang: Lang;
	state: string;
	document: Document;
	width?: number;
	/** The rows in <metadata> (the default): a download carries its data; a page's picture need not. */
	withData?: boolean;
}): StandaloneSvg {
	const { def, data, lang, state, document } = opts;
	const width = opts.width ?? 800;
	const ui = dictionaries[lang].ui;
	// A phone-width file keeps its margins narrow: the room is the drawing's.
	const PAD = width < 500 ? NARROW_PAD : WIDE_PAD;
	const inner = width - 2 * PAD;
	const view = assembleChart(def, data, { lang, state, width: inner });
	const { text, sources, sourceLine, url, rows } = view;

	const plot = drawChart(def, rows, { lang, state, width: inner, document, mode: 'export' });
	if (plot.tagName.toLowerCase() !== 'svg') throw new Error(`Chart "${def.id}" must render an <svg>, not <${plot.tagName}>`);
	plot.querySelectorAll('style').forEach((s) => s.remove());
	plot.removeAttribute('class');
	// Presentation attributes as well as Plot's inline style: some editors read only one of the two.
	plot.setAttribute('font-family', fonts.family);
	plot.setAttribute('font-size', String(type.tick));
	const plotHeight = Number(plot.getAttribute('height'));

	const header: string[] = [];
	const footer: string[] = [];
	let lines = header;
	let y = PAD;
	const line = (t: string, size: number, fill: string, weight = 400) => {
		y += size * LINE;
		lines.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xml(t)}</text>`);
	};
	for (const t of wrapText(text.title, inner, SIZES.title, 0.52)) line(t, SIZES.title, light.ink, 700);
	for (const t of wrapText(text.subtitle, inner, SIZES.subtitle)) line(t, SIZES.subtitle, light.muted);
	y += 12;
	plot.setAttribute('x', String(PAD));
	plot.setAttribute('y', y.toFixed(1));
	y += plotHeight + 8;
	lines = footer;
	for (const note of text.notes) for (const t of wrapText(`• ${note}`, inner, SIZES.note)) line(t, SIZES.note, light.muted);
	for (const t of wrapText(sourceLine, inner, SIZES.source)) line(t, SIZES.source, light.ink);
	for (const t of wrapText(`${ui.licenceText} · ${url}`, inner, SIZES.source)) line(t, SIZES.source, light.muted);
	const height = Math.ceil(y + PAD);

	const meta: ExportMetadata = {
		chart: def.id,
		state,
		lang,
		title: text.title,
		url,
		licence: 'CC-BY-4.0',
		sources: sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, url: s.url })),
		rows
	};
	const plotMarkup = compactSvg(plot.outerHTML).replaceAll('currentColor', light.ink);
	const svg = [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(fonts.family)}" lang="${lang}">`,
		`<title>${xml(text.title)}</title>`,
		`<desc>${xml(text.alt)}</desc>`,
		...(opts.withData === false ? [] : [`<metadata id="chart-data" data-format="application/json">${xml(JSON.stringify(meta))}</metadata>`]),
		`<rect width="${width}" height="${height}" fill="${light.background}"/>`,
		...header,
		plotMarkup,
		...footer,
		`</svg>`
	].join('\n');
	return { svg, width, height, title: text.title, sourceLine, url };
}
