import { langFromParam } from '$lib/i18n/langs';
import { NARROW_EXPORT_WIDTH } from '$lib/export/paths';
import { stateEntries, exportSvg } from '$lib/server/exports';

export const prerender = true;
export const entries = () => stateEntries();

// The phone-width export, which the story shows readers without JavaScript on a narrow screen.
export function GET({ params }) {
	const file = exportSvg(params.id, params.state, langFromParam(params.lang), NARROW_EXPORT_WIDTH);
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml' } });
}
