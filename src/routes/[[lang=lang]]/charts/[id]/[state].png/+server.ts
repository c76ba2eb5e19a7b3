import type { Lang } from '$lib/i18n';
import { stateEntries, exportPng } from '$lib/server/exports';

export const prerender = true;
export const entries = () => stateEntries();

export function GET({ params }) {
	const png = exportPng(params.id, params.state, (params.lang || 'en') as Lang);
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
