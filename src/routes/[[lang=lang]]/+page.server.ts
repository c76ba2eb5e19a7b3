import { charts } from '$lib/charts';
import { assembleChart, chartFrame, type ChartFrame, type ChartView } from '$lib/charts/assemble-chart';
import type { ExportedSizes } from '$lib/components/ExportedFigure.svelte';
import { langEntries, langFromParam } from '$lib/i18n/langs';
import { ServerOnly } from '$lib/server-only';
import { datasets } from '$lib/server/datasets';
import { exportSvg, narrowSvg } from '$lib/server/exports';
import { stories } from '$lib/story';
import { PINNED_CHART_WIDTH } from '$lib/story/story-widths';
import { renderStory } from '$lib/story/render-story';

export const entries = langEntries;

/**
 * The story, and each chart it shows. The browser gets what its components render and redraw: the
 * story's steps and each chart's frame (its rows load with the chart code, when a chart is first
 * redrawn). What only the server's render needs (the charts in full, for their notes and tables, the
 * closing sections, the exported figures' sizes) stays on the server (ServerOnly; see +page.ts).
 */
export function load({ params }) {
	const lang = langFromParam(params.lang);
	const { data } = datasets();
	const { ending, methods, updates, ...story } = renderStory(stories[lang], data, lang);
	const used = new Set(story.sections.flatMap((s) => s.charts));
	const views: Record<string, ChartView> = {};
	const frames: Record<string, ChartFrame> = {};
	for (const def of charts) {
		if (!used.has(def.id)) continue;
		// Drawn as the pinned chart of a phone is: at its width, compact (RenderOptions.compact).
		views[def.id] = assembleChart(def, data, { lang, width: PINNED_CHART_WIDTH, compact: true });
		frames[def.id] = chartFrame(views[def.id]);
	}
	// The no-JavaScript figures are the exported files (the same renders the export routes write).
	const exported: Record<string, ExportedSizes> = {};
	for (const step of story.sections.flatMap((s) => s.steps)) {
		const size = ({ width, height }: { width: number; height: number }) => ({ width, height });
		exported[`${step.chart}/${step.state}`] ??= {
			wide: size(exportSvg(step.chart, step.state, lang)),
			narrow: size(narrowSvg(step.chart, step.state, lang))
		};
	}
	return {
		story: { ...story, ending: { id: ending.id, heading: ending.heading }, methods: { id: methods.id, heading: methods.heading } },
		views: frames,
		server: new ServerOnly({ views, exported, closing: { ending, methods, updates } })
	};
}
