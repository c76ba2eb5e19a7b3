import type { Handle } from '@sveltejs/kit';

// The page's language is known from its path, so <html lang> is right without JavaScript.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith('/es/') || event.url.pathname === '/es' ? 'es' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
