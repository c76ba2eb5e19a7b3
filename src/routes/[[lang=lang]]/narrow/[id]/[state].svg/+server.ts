import { langFromParam } from '$lib/i18n/langs';
import { narrowSvg, stateEntries } from '$lib/server/exports';

export const prerender = true;
export const entries = () => stateEntries();

// The phone-width export, which the story shows readers without JavaScript on a narrow screen.
export function GET({ params }) {
	const file = narrowSvg(params.id, params.state, langFromParam(params.lang));
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml' } });
}
