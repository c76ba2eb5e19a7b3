/**
 * A chart's box (.plot) holds the drawing on screen and, for a pinned chart, the drawings of the states
 * the reader may ask for next, laid out in the same place but unseen (class `staged`, after it).
 * Whatever reads or points at the marks on screen asks for this one.
 */
export const STAGED = 'staged';

/** The drawing a reader sees in a chart's box, or null before there is one. */
export const shownDrawing = (box: Element) => box.querySelector<SVGSVGElement>(`:scope > svg:not(.${STAGED})`);
