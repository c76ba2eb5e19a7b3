/** Geometry attributes whose numbers are coordinates or sizes, never words a reader sees. */
const GEOMETRY = /\b(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|points|viewBox)="([^"]*)"/g;

/**
 * The SVG markup as we publish it, in pages and exported files: geometry rounded, and CSS-only values
 * moved out of presentation attributes. Text is never touched.
 */
export function compactSvg(markup: string): string {
	return cssValuesToStyle(roundGeometry(markup));
}

/**
 * Rounds the coordinates of an SVG's geometry to two decimals (a hundredth of a pixel). Plot writes
 * them to sixteen digits; rounding shrinks each drawing by a third without any visible change. Only
 * the geometry attributes above.
 */
function roundGeometry(markup: string): string {
	return markup.replace(GEOMETRY, (_, name: string, value: string) => `${name}="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`);
}

/** A start tag that carries a font-variant attribute (Plot's tick labels: font-variant="tabular-nums"). */
const FONT_VARIANT_TAG = /<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*?)\s+font-variant="([^"]*)"((?:\s+[\w:-]+="[^"]*")*)(\s*\/?)>/g;

/**
 * SVG's font-variant presentation attribute allows only `normal` and `small-caps`; Plot writes
 * `tabular-nums` there (the CSS shorthand), which the HTML checker rejects. The same declaration in
 * the element's style attribute is valid and styles the text the same (tabular figures), in browsers
 * and in exported files alike.
 */
function cssValuesToStyle(markup: string): string {
	return markup.replace(FONT_VARIANT_TAG, (tag, name: string, before: string, value: string, after: string, end: string) => {
		if (value === 'normal' || value === 'small-caps') return tag;
		const declaration = `font-variant:${value}`;
		const attrs = `${before}${after}`;
		const style = /\sstyle="([^"]*)"/.exec(attrs);
		const merged = style
			? attrs.replace(style[0], ` style="${style[1].replace(/;?\s*$/, '')};${declaration}"`)
			: `${attrs} style="${declaration}"`;
		return `<${name}${merged}${end}>`;
	});
}
