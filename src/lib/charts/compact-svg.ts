/** Geometry attributes whose numbers are coordinates or sizes, never words a reader sees. */
const GEOMETRY = /\b(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|points|viewBox)="([^"]*)"/g;

/**
 * Rounds the coordinates of an SVG's geometry to two decimals (a hundredth of a pixel). Plot writes
 * them to sixteen digits; rounding shrinks each drawing by a third without any visible change. Text
 * is never touched: only the geometry attributes above.
 */
export function compactSvg(markup: string): string {
	return markup.replace(GEOMETRY, (_, name: string, value: string) => `${name}="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`);
}
