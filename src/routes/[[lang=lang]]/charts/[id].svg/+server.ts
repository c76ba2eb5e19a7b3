import { langFromParam } from '$lib/i18n/langs';
import { chartEntries, exportSvg } from '$lib/server/exports';

export const prerender = true;
export const entries = () => chartEntries();

export function GET({ params }) {
	const file = exportSvg(params.id, undefined, langFromParam(params.lang));
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml' } });
}
