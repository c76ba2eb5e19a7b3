import { charts } from '$lib/charts';
import { exportCsv } from '$lib/server/exports';

export const prerender = true;
export const entries = () => charts.map((c) => ({ id: c.id }));

export function GET({ params }) {
	return new Response(exportCsv(params.id), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
