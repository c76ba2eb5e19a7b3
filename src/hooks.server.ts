import type { Handle } from '@sveltejs/kit';

// The page's language is known from its path, so <html lang> is right without JavaScript.
// No <link rel="modulepreload">: the page is whole without its scripts, and preloaded modules are
// fetched and compiled on the main thread before the first paint (about 200 ms on a slow phone,
// measured with `npm run bench`). The start script at the end of the body imports them instead.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith('/es/') || event.url.pathname === '/es' ? 'es' : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang),
		preload: ({ type }) => type !== 'js'
	});
};
