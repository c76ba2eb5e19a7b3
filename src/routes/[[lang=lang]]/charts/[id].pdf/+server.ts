import type { Lang } from '$lib/i18n';
import { chartEntries } from '$lib/server/exports';
import { shareExport } from '$lib/server/share-exports';

export const prerender = true;
export const entries = () => chartEntries();

export async function GET({ params }) {
	const pdf = await shareExport('pdf', params.id, undefined, (params.lang || 'en') as Lang);
	return new Response(pdf as BodyInit, { headers: { 'content-type': 'application/pdf' } });
}
