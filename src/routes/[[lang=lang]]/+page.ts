import { browser } from '$app/environment';

/**
 * Adds the prerendered drawings (one per chart × state the steps show) on the server only: a universal
 * load's result is not serialized into the page, so each SVG is in the HTML once, not twice.
 */
export async function load({ data }) {
	if (browser) return { ...data, svgs: undefined };
	const { prerenderSvg } = await import('$lib/charts/prerender-svg');
	const svgs: Record<string, string> = {};
	for (const section of data.story.sections) {
		for (const step of section.steps) {
			const key = `${step.chart}/${step.state}`;
			svgs[key] ??= prerenderSvg({ ...data.views[step.chart], state: step.state });
		}
	}
	return { ...data, svgs };
}
