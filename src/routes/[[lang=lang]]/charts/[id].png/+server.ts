import type { Lang } from '$lib/i18n';
import { chartEntries, exportPng } from '$lib/server/exports';

export const prerender = true;
export const entries = () => chartEntries();

export function GET({ params }) {
	const png = exportPng(params.id, undefined, (params.lang || 'en') as Lang);
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
