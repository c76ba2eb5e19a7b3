import type { Handle } from '@sveltejs/kit';
import { langFromPath } from '$lib/i18n/langs';

// The page's language is known from its path, so <html lang> is right without JavaScript.
export const handle: Handle = ({ event, resolve }) => {
	const lang = langFromPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
