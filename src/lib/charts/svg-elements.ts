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
