import { DOMParser } from 'linkedom';
import type { StandaloneSvg } from '$lib/export/standalone-svg';
import { wrapText } from '$lib/charts/wrap-text';
import { xml } from '$lib/export/xml';
import { fonts, light } from '$lib/charts/theme';
import { PREVIEW_SIZE, SQUARE_SIZE } from '$lib/export/paths';

export type Frame = 'preview' | 'square';

export interface FrameWords {
	/** The site's short name, drawn above the title. */
	site: string;
	title: string;
	subtitle: string;
	/** "Sources: …" as the chart's own export draws it. */
	sourceLine: string;
	/** The licence line ("Chart and data: CC BY 4.0"). */
	licence: string;
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where each part of the frame goes, and how large its type is (pixels of the final image). */
const LAYOUTS = {
	// Landscape: the words in a column on the left, the chart as large as it fits on the right. At the
	// 500 or so pixels a feed shows a preview at, the 46 px title reads as 19 px text.
	preview: { pad: 48, column: 410, gap: 36, site: 20, title: 46, subtitle: 22, foot: 17, titleLines: 5, subtitleLines: 4, sourceLines: 3 },
	// Square: the words above and below, the chart across the width between them.
	square: { pad: 60, column: 0, gap: 28, site: 22, title: 52, subtitle: 26, foot: 20, titleLines: 3, subtitleLines: 3, sourceLines: 2 }
} as const;

const LINE = 1.18;
/** Source Sans 3 Bold is a little wider than the regular face that wrapText's default assumes. */
const BOLD_WIDTH = 0.53;

/**
 * A chart framed for a link preview or a social post: site name, title, subtitle, the chart's drawing
 * from its standalone SVG (the same marks, scaled to fit), its source line and licence, on the light
 * export palette. Text too long for the frame is cut at a word with an ellipsis, never clipped.
 */
export function framedSvg(file: StandaloneSvg, words: FrameWords, frame: Frame, host: string): string {
	const size = frame === 'preview' ? PREVIEW_SIZE : SQUARE_SIZE;
	const L = LAYOUTS[frame];
	const textWidth = frame === 'preview' ? L.column : size.width - 2 * L.pad;
	const out: string[] = [];
	const text = (t: string, x: number, y: number, px: number, fill: string, weight = 400) =>
		out.push(`<text x="${x}" y="${y.toFixed(1)}" font-size="${px}" font-weight="${weight}" fill="${fill}">${xml(t)}</text>`);

	// Words from the top.
	let y = L.pad;
	y += L.site;
	text(words.site.toUpperCase(), L.pad, y, L.site, light.accent, 700);
	y += L.site * 0.6;
	for (const t of clamp(wrapText(words.title, textWidth, L.title, BOLD_WIDTH), L.titleLines)) text(t, L.pad, (y += L.title * LINE), L.title, light.ink, 700);
	y += L.subtitle * 0.5;
	const subtitleTop = y;

	// Words from the bottom: source and licence.
	const foot = [
		...clamp(wrapText(words.sourceLine, textWidth, L.foot), L.sourceLines).map((t) => ({ t, fill: light.ink })),
		...wrapText(`${words.licence} · ${host}`, textWidth, L.foot).map((t) => ({ t, fill: light.muted }))
	];
	const footTop = size.height - L.pad - foot.length * L.foot * LINE;
	foot.forEach((l, i) => text(l.t, L.pad, footTop + (i + 1) * L.foot * LINE - L.foot * 0.25, L.foot, l.fill));

	let chartBox: Box;
	if (frame === 'preview') {
		// The subtitle takes what room the column has left above the source.
		const room = Math.floor((footTop - L.gap - subtitleTop) / (L.subtitle * LINE));
		for (const t of clamp(wrapText(words.subtitle, textWidth, L.subtitle), Math.min(L.subtitleLines, room))) text(t, L.pad, (y += L.subtitle * LINE), L.subtitle, light.muted);
		const x = L.pad + L.column + L.gap;
		chartBox = { x, y: L.pad, width: size.width - L.pad - x, height: size.height - 2 * L.pad };
	} else {
		for (const t of clamp(wrapText(words.subtitle, textWidth, L.subtitle), L.subtitleLines)) text(t, L.pad, (y += L.subtitle * LINE), L.subtitle, light.muted);
		const top = y + L.gap;
		chartBox = { x: L.pad, y: top, width: size.width - 2 * L.pad, height: footTop - L.gap - top };
	}

	return [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${xml(fonts.family)}">`,
		`<title>${xml(words.title)}</title>`,
		`<rect width="${size.width}" height="${size.height}" fill="${light.background}"/>`,
		...out,
		drawingIn(file.svg, chartBox),
		`</svg>`
	].join('\n');
}

/**
 * At most `n` lines; a cut ends with an ellipsis, after the last whole item of a list ("A; B; C") where
 * the last line has one, else after the last whole word that leaves room for it.
 */
function clamp(lines: string[], n: number): string[] {
	if (lines.length <= n) return lines;
	const kept = lines.slice(0, Math.max(0, n));
	if (!kept.length) return kept;
	const last = kept[kept.length - 1];
	const item = last.lastIndexOf('; ');
	kept[kept.length - 1] = item > 0 ? `${last.slice(0, item + 1)} …` : `${last.replace(/[\s,;:.–-]*\S*$/, '')}…`;
	return kept;
}

/**
 * The chart's drawing, taken from its standalone SVG (the nested <svg> its words surround), scaled to
 * fit the box without distortion and centred in it.
 */
function drawingIn(standalone: string, box: Box): string {
	const root = new DOMParser().parseFromString(standalone, 'image/svg+xml').documentElement;
	const plot = [...root.children].find((c) => c.tagName.toLowerCase() === 'svg');
	if (!plot) throw new Error('framedSvg: the standalone SVG holds no chart drawing (<svg> inside <svg>)');
	const [w, h] = [Number(plot.getAttribute('width')), Number(plot.getAttribute('height'))];
	if (!plot.getAttribute('viewBox')) plot.setAttribute('viewBox', `0 0 ${w} ${h}`);
	const scale = Math.min(box.width / w, box.height / h);
	plot.setAttribute('width', (w * scale).toFixed(1));
	plot.setAttribute('height', (h * scale).toFixed(1));
	plot.setAttribute('x', (box.x + (box.width - w * scale) / 2).toFixed(1));
	plot.setAttribute('y', (box.y + (box.height - h * scale) / 2).toFixed(1));
	return plot.outerHTML;
}
