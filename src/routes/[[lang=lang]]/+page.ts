import { browser } from '$app/environment';
import { stateAt } from '$lib/story/section-states';
import { PINNED_CHART_WIDTH } from '$lib/story/story-widths';

/**
 * Adds, on the server only, what the page shows but never changes: the prerendered drawings (one per
 * chart × state the steps show, and each pinned chart in its first state at a phone's width) and
 * each section's chart notes with their data tables, as finished
 * markup. A universal load's result is not serialized into the page, so this markup is in the HTML
 * once, and the browser keeps it as it is instead of hydrating it.
 */
export async function load({ data, parent }) {
	if (browser) return { ...data, svgs: undefined, pinnedSvgs: undefined, notes: undefined };
	const [{ prerenderSvg }, { staticMarkup }, { default: ChartNotes }, { ui }] = await Promise.all([
		import('$lib/charts/prerender-svg'),
		import('$lib/components/static-markup'),
		import('$lib/components/ChartNotes.svelte'),
		parent()
	]);
	const svgs: Record<string, string> = {};
	const pinnedSvgs: Record<string, string> = {};
	const notes: Record<string, string> = {};
	for (const section of data.story.sections) {
		for (const step of section.steps) {
			const key = `${step.chart}/${step.state}`;
			svgs[key] ??= prerenderSvg({ ...data.views[step.chart], state: step.state }, { marks: false });
		}
		for (const id of section.charts) {
			const state = stateAt(section, id, 0);
			pinnedSvgs[`${id}/${state}`] ??= prerenderSvg({ ...data.views[id], state, width: PINNED_CHART_WIDTH });
		}
		notes[section.id] = section.charts.map((id) => staticMarkup(ChartNotes, { view: data.views[id], ui, named: true })).join('');
	}
	return { ...data, svgs, pinnedSvgs, notes };
}
