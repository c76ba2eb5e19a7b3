/**
 * The width the story's pinned charts are prerendered at (readers without JavaScript and paper get
 * the exported files instead: ExportedFigure). The browser redraws a chart only when its box
 * differs from it by more than a few pixels, and loads the chart code (Plot, d3) only then.
 */

/**
 * The pinned charts, shown only when scripts run: a phone's box (a 390 px screen less the page's
 * 1rem margins), so that on most phones the drawing in the HTML is already the right one and the
 * start-up loads no chart code; a desktop, with the CPU to spare, redraws at its own width.
 */
export const PINNED_CHART_WIDTH = 358;
