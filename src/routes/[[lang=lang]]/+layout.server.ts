import { dictionaries, langFromParam } from '$lib/i18n';

export function load({ params }) {
	const lang = langFromParam(params.lang);
	return { lang, ui: dictionaries[lang].ui };
}
