import { browser } from '$app/environment';
import type { ChartView } from './assemble-chart';

/**
 * Adds a view's prerendered drawing to a page's data, on the server only. A universal load's result
 * is not serialized into the page, so the SVG is in the HTML once and not again in the hydration
 * data; in the browser the prerendered markup is kept (and redrawn when width or state change).
 */
export async function withSvg<T extends { view: ChartView }>(data: T): Promise<T & { svg: string | undefined }> {
	if (browser) return { ...data, svg: undefined };
	const { prerenderSvg } = await import('./prerender-svg');
	return { ...data, svg: prerenderSvg(data.view) };
}
