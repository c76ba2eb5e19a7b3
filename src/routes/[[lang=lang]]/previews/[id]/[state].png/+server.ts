import type { Lang } from '$lib/i18n';
import { stateEntries } from '$lib/server/exports';
import { shareExport } from '$lib/server/share-exports';

export const prerender = true;
export const entries = () => stateEntries();

export async function GET({ params }) {
	const png = await shareExport('preview', params.id, params.state, (params.lang || 'en') as Lang);
	return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
