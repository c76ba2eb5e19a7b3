import { dictionaries, langFromParam } from '$lib/i18n';
import { publication } from '$lib/server/publication';

export function load({ params }) {
	const lang = langFromParam(params.lang);
	// publication: the site's address and the data release, which citations and load snippets name.
	return { lang, ui: dictionaries[lang].ui, publication: publication() };
}
