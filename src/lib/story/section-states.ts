import type { RenderedSection } from './render-story';

/**
 * The state a chart shows while step `at` of a section is active: that of its latest step so far,
 * else of its first step. At step 0 it is the state a pinned chart is prerendered in.
 */
export function stateAt(section: RenderedSection, chart: string, at: number): string {
	const mine = section.steps.map((s, i) => ({ ...s, i })).filter((s) => s.chart === chart);
	return (mine.filter((s) => s.i <= at).pop() ?? mine[0]).state;
}
