import { dictionaries, type Lang } from '$lib/i18n';

export function load({ params }) {
	const lang = (params.lang ?? 'en') as Lang;
	return { lang, ui: dictionaries[lang].ui };
}
