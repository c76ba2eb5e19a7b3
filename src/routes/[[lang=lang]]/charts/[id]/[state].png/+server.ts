import { langFromParam } from '$lib/i18n/langs';
import { stateEntries, exportPng } from '$lib/server/exports';

export const prerender = true;
export const entries = () => stateEntries();

export function GET({ params }) {
	const png = exportPng(params.id, params.state, langFromParam(params.lang));
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
