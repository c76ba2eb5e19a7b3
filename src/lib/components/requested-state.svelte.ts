import { page } from '$app/state';
import type { ChartView } from '$lib/charts/assemble-chart';

/**
 * The state a chart page shows: ?state=NAME when NAME is one of the chart's states, else its default.
 * Read in the browser, since a prerendered page has no query string.
 */
export function requestedState(view: () => ChartView) {
	let requested = $state<string | undefined>(undefined);
	$effect(() => {
		const s = page.url.searchParams.get('state');
		if (s && view().states.some((x) => x.id === s)) requested = s;
	});
	return {
		get shown() {
			return requested ?? view().state;
		}
	};
}
