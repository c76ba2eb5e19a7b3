import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { langFromPath } from '$lib/i18n/langs';
import { lowPriorityScriptPreloads } from '$lib/server/script-preloads';
import { startShareExports } from '$lib/server/share-exports';
import { structuredDataFor } from '$lib/server/structured-data';

// While the site is prerendered, the link previews, square images and PDFs are made in a worker
// thread beside the pages, rather than one by one when the prerender reaches them.
export const init: ServerInit = () => {
	if (building) startShareExports();
};

// The page's language is known from its path, so <html lang> is right without JavaScript.
export const handle: Handle = ({ event, resolve }) => {
	const lang = langFromPath(event.url.pathname);
	// The story and data pages' JSON-LD goes into the HTML here, not through a page's data: search
	// engines read it, the browser never needs it, so it is not sent again as hydration data.
	const jsonLd = structuredDataFor(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = lowPriorityScriptPreloads(html.replace('%lang%', lang));
			return jsonLd ? page.replace('</head>', `${jsonLd}\n\t</head>`) : page;
		}
	});
};
