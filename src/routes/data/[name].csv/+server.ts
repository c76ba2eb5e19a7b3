import { error } from '@sveltejs/kit';
import { datasets } from '$lib/server/datasets';
import { rawDataFile } from '$lib/server/data-files';

export const prerender = true;
export const entries = () => datasets().pkg.resources.map((r) => ({ name: r.name }));

export function GET({ params }) {
	const resource = datasets().pkg.resources.find((r) => r.name === params.name);
	if (!resource) error(404, `No dataset "${params.name}"`);
	return new Response(rawDataFile(resource.path), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
