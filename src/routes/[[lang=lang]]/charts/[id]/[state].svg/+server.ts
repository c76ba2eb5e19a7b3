import type { Lang } from '$lib/i18n';
import { stateEntries, exportSvg } from '$lib/server/exports';

export const prerender = true;
export const entries = () => stateEntries();

export function GET({ params }) {
	const file = exportSvg(params.id, params.state, (params.lang || 'en') as Lang);
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml' } });
}
