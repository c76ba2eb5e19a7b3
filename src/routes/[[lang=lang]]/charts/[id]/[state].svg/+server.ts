import { langFromParam } from '$lib/i18n/langs';
import { stateEntries, exportSvg } from '$lib/server/exports';

export const prerender = true;
export const entries = () => stateEntries();

export function GET({ params }) {
	const file = exportSvg(params.id, params.state, langFromParam(params.lang));
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml' } });
}
