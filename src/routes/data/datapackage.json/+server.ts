import { rawDataFile } from '$lib/server/data-files';

export const prerender = true;

export function GET() {
	return new Response(rawDataFile('datapackage.json'), { headers: { 'content-type': 'application/json' } });
}
