/**
 * The widths the story's charts are prerendered at. The browser redraws a chart only when its box
 * differs from these by more than a few pixels, and loads the chart code (Plot, d3) only then.
 */

/** The step figures read without JavaScript and on paper: a comfortable column on a desktop. */
export const STEP_FIGURE_WIDTH = 640;

/**
 * The pinned charts, shown only when scripts run: a phone's box (a 390 px screen less the page's
 * 1rem margins), so that on most phones the drawing in the HTML is already the right one and the
 * start-up loads no chart code; a desktop, with the CPU to spare, redraws at its own width.
 */
export const PINNED_CHART_WIDTH = 358;
