import { browser } from '$app/environment';
import { stateAt } from '$lib/story/section-states';

/**
 * Adds, on the server only, what the page shows but never changes, as finished markup: the first
 * section's pinned drawings (the first screen; the other sections' draw themselves as they come near),
 * each section's chart notes with their data tables, and the closing sections. A universal load's
 * result is not serialized into the page, so this markup is in the HTML once, and the browser keeps
 * it as it is instead of hydrating it.
 */
export async function load({ data, parent }) {
	if (browser) return { ...data, server: undefined, exported: undefined, pinnedSvgs: undefined, notes: undefined, closing: undefined };
	const [{ prerenderSvg }, { staticMarkup }, { default: ChartNotes }, { default: StoryClosing }, { ui }] = await Promise.all([
		import('$lib/charts/prerender-svg'),
		import('$lib/components/static-markup'),
		import('$lib/components/ChartNotes.svelte'),
		import('$lib/components/StoryClosing.svelte'),
		parent()
	]);
	const { views, exported, closing } = data.server.get();
	const pinnedSvgs: Record<string, string> = {};
	const notes: Record<string, string> = {};
	data.story.sections.forEach((section, i) => {
		if (i === 0) {
			for (const id of section.charts) {
				const state = stateAt(section, id, 0);
				pinnedSvgs[`${id}/${state}`] ??= prerenderSvg({ ...views[id], state });
			}
		}
		notes[section.id] = section.charts.map((id) => staticMarkup(ChartNotes, { view: views[id], ui, named: true, deferred: true })).join('');
	});
	return { ...data, server: undefined, exported, pinnedSvgs, notes, closing: staticMarkup(StoryClosing, { story: closing, ui }) };
}
