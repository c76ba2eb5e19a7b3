import { error } from '@sveltejs/kit';
import { datasets } from '$lib/server/datasets';

export const prerender = true;
export const entries = () => datasets().pkg.resources.map((r) => ({ name: r.name }));

/** The same rows as the CSV, typed by the schema (numbers as numbers, missing as null). */
export function GET({ params }) {
	const { pkg, data } = datasets();
	const resource = pkg.resources.find((r) => r.name === params.name);
	if (!resource) error(404, `No dataset "${params.name}"`);
	const rows = (data as unknown as Record<string, unknown[]>)[resource.name];
	return new Response(JSON.stringify({ name: resource.name, schema: resource.schema, rows }, null, 1), {
		headers: { 'content-type': 'application/json' }
	});
}
