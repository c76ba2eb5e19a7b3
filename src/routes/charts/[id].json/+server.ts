import { charts } from '$lib/charts';
import { exportRowsJson } from '$lib/server/exports';

export const prerender = true;
export const entries = () => charts.map((c) => ({ id: c.id }));

// The story's pages carry no rows: a chart redrawn in the browser fetches its own here (draw-in-browser.ts).
export function GET({ params }) {
	return new Response(exportRowsJson(params.id), { headers: { 'content-type': 'application/json' } });
}
