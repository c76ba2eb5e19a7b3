import { browser } from '$app/environment';

/**
 * Adds the prerendered drawing on the server only. Universal load results are not serialized into
 * the page, so the SVG is in the HTML once, not again in the hydration data.
 */
export async function load({ data }) {
	if (browser) return { ...data, svg: undefined };
	const { prerenderSvg } = await import('$lib/charts/prerender-svg');
	return { ...data, svg: prerenderSvg(data.view) };
}
