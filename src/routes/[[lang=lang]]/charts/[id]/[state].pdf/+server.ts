import type { Lang } from '$lib/i18n';
import { stateEntries } from '$lib/server/exports';
import { shareExport } from '$lib/server/share-exports';

export const prerender = true;
export const entries = () => stateEntries();

export async function GET({ params }) {
	const pdf = await shareExport('pdf', params.id, params.state, (params.lang || 'en') as Lang);
	return new Response(pdf as BodyInit, { headers: { 'content-type': 'application/pdf' } });
}
