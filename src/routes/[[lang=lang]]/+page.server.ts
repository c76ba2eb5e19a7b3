import { charts } from '$lib/charts';
import { assembleChart, type ChartView } from '$lib/charts/assemble-chart';
import { langEntries, langFromParam } from '$lib/i18n/langs';
import { datasets } from '$lib/server/datasets';
import { stories } from '$lib/story';
import { STEP_FIGURE_WIDTH } from '$lib/story/story-widths';
import { renderStory } from '$lib/story/render-story';


export const entries = langEntries;

export function load({ params }) {
	const lang = langFromParam(params.lang);
	const { data } = datasets();
	const story = renderStory(stories[lang], data, lang);
	const used = new Set(story.sections.flatMap((s) => s.charts));
	const views: Record<string, ChartView> = {};
	for (const def of charts) if (used.has(def.id)) views[def.id] = assembleChart(def, data, { lang, width: STEP_FIGURE_WIDTH });
	return { story, views };
}
