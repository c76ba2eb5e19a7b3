/**
 * Small helpers for charts drawn (wholly or partly) without Plot: they build SVG in whatever
 * document they are given, so the same code runs on the server (linkedom) and in the browser.
 */
import { wrapText } from './wrap-text';
import { fonts, type } from './theme';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | null | undefined>;

/** An SVG element with its attributes (null and undefined are left out), appended to `parent` if given. */
export function svgEl(document: Document, tag: string, attrs: Attrs = {}, parent?: Element): SVGElement {
	const el = document.createElementNS(SVG_NS, tag) as SVGElement;
	for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
	if (parent) parent.appendChild(el);
	return el;
}

/** The root <svg> of a chart: fixed size, a viewBox, the theme font, no external reference. */
export function svgRoot(document: Document, width: number, height: number, ink: string): SVGElement {
	return svgEl(document, 'svg', {
		xmlns: SVG_NS,
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'font-family': fonts.family,
		'font-size': type.tick,
		fill: ink
	});
}

/** A <text> of one or more lines (one <tspan> each), the first line's baseline at y. */
export function textLines(
	document: Document,
	lines: string[],
	attrs: Attrs & { x: number; y: number },
	lineHeight: number,
	parent?: Element
): SVGElement {
	const text = svgEl(document, 'text', attrs, parent);
	lines.forEach((line, i) => {
		const tspan = svgEl(document, 'tspan', { x: attrs.x, dy: i === 0 ? null : lineHeight }, text);
		tspan.textContent = line;
	});
	return text;
}

/** Lines of a text that fit `width` px at `size` px (Source Sans averages about half an em a glyph). */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
	return wrapText(text, width, size, bold ? 0.55 : 0.5);
}

/** A run of text in one style: one <tspan>. */
export interface Run {
	text: string;
	fill: string;
	bold?: boolean;
	italic?: boolean;
}

/**
 * Runs packed into lines that fit `width` px, breaking only between runs ("3 February 2026 · Diplomacy"
 * on one line, or on two when the column is narrow); `sep` goes between runs that share a line.
 */
export function packRuns(runs: Run[], width: number, size: number, sep = ' · '): Run[][] {
	const lines: Run[][] = [];
	let used = 0;
	for (const r of runs) {
		const w = (r.text.length + (used > 0 ? sep.length : 0)) * size * (r.bold ? 0.55 : 0.5);
		if (lines.length && used + w <= width) {
			lines[lines.length - 1].push(r);
			used += w;
		} else {
			lines.push([r]);
			used = r.text.length * size * (r.bold ? 0.55 : 0.5);
		}
	}
	return lines;
}

/**
 * Lines of runs, one <text> each with a <tspan> per run, the first baseline at y: mixed styles within
 * a line, which Plot's text mark (one style per text) cannot draw.
 */
export function runLines(document: Document, lines: Run[][], attrs: Attrs & { x: number; y: number }, lineHeight: number, parent: Element, sep = ' · '): void {
	lines.forEach((line, i) => {
		const text = svgEl(document, 'text', { ...attrs, y: px(attrs.y + i * lineHeight) }, parent);
		line.forEach((r, k) => {
			const span = svgEl(document, 'tspan', { fill: r.fill, 'font-weight': r.bold ? 700 : null, 'font-style': r.italic ? 'italic' : null }, text);
			span.textContent = (k > 0 ? sep : '') + r.text;
		});
	});
}

/** Rounds a pixel coordinate for compact markup. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** An SVG element with text content (a label drawn outside Plot). */
export function svgElText(document: Document, tag: string, attrs: Attrs, text?: string): SVGElement {
	const el = svgEl(document, tag, attrs);
	if (text !== undefined) el.textContent = text;
	return el;
}

/** A rough text width: Source Sans averages about half an em a character. */
export const textWidth = (s: string, size: number) => s.length * size * 0.52;
