import { langFromParam } from '$lib/i18n/langs';
import { chartEntries, exportPng } from '$lib/server/exports';

export const prerender = true;
export const entries = () => chartEntries();

export function GET({ params }) {
	const png = exportPng(params.id, undefined, langFromParam(params.lang));
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
