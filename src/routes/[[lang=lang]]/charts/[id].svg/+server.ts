import type { Lang } from '$lib/i18n';
import { chartEntries, exportSvg } from '$lib/server/exports';

export const prerender = true;
export const entries = () => chartEntries();

export function GET({ params }) {
	const file = exportSvg(params.id, undefined, (params.lang || 'en') as Lang);
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml' } });
}
