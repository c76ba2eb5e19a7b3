import { chartById } from '$lib/charts';
import { assembleChart } from '$lib/charts/assemble-chart';
import type { StandaloneSvg } from '$lib/export/standalone-svg';
import { dictionaries, type Lang } from '$lib/i18n';
import { datasets } from './datasets';
import { exportSvg } from './exports';
import { svgToPng } from './png';
import { svgToPdf } from './pdf';
import { framedSvg, type Frame } from './preview-image';
import { publication } from './publication';

/**
 * The exports made from a chart's standalone SVG for sharing and print: the link preview (1200×630),
 * the square social image (1080×1080) and the vector PDF. The default-state address and the first
 * state's address are the same file, and prerendering asks for both: each is made once per build.
 */
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
	if (!made.has(key)) made.set(key, make());
	return made.get(key) as T;
}

function standalone(id: string, state: string | undefined, lang: Lang): StandaloneSvg {
	const s = state ?? chartById(id).states[0];
	return once(`svg:${id}:${s}:${lang}`, () => exportSvg(id, s, lang));
}

/** The chart framed as a preview or a square image, as PNG at exactly the frame's size. */
export function exportFramedPng(frame: Frame, id: string, state: string | undefined, lang: Lang): Uint8Array {
	const def = chartById(id);
	const s = state ?? def.states[0];
	return once(`${frame}:${id}:${s}:${lang}`, () => {
		const file = standalone(id, s, lang);
		const { ui } = dictionaries[lang];
		const { subtitle } = assembleChart(def, datasets().data, { lang, state: s, width: file.width }).text;
		const pub = publication();
		const svg = framedSvg(
			file,
			{ site: ui.siteShort, title: file.title, subtitle, sourceLine: file.sourceLine, licence: ui.licenceText },
			frame,
			new URL(pub.siteUrl).host
		);
		return svgToPng(svg, { Title: file.title, Source: file.sourceLine, Copyright: 'CC BY 4.0', URL: file.url }, 1);
	});
}

/** The chart's standalone SVG as a one-page vector PDF with Source Sans 3 embedded. */
export function exportPdf(id: string, state: string | undefined, lang: Lang): Promise<Uint8Array> {
	const s = state ?? chartById(id).states[0];
	return once(`pdf:${id}:${s}:${lang}`, () => {
		const file = standalone(id, s, lang);
		const pub = publication();
		return svgToPdf(file.svg, {
			title: file.title,
			author: pub.author,
			subject: `${file.sourceLine} ${dictionaries[lang].ui.licenceText}. ${file.url}`,
			date: new Date(`${pub.released}T00:00:00Z`)
		});
	});
}
