import en from './en';
import es from './es';
import { makeFormatters, type Formatters } from './format';

/** The languages the explainer is published in. A third is a new folder beside en/ and es/. */
export const langs = ['en', 'es'] as const;
export type Lang = (typeof langs)[number];

/** English is the reference shape; every other language must supply the same keys (the compiler checks). */
export type Dictionary = typeof en;

export const dictionaries: Record<Lang, Dictionary> = { en, es };

const formatters = new Map<Lang, Formatters>();

export function formattersFor(lang: Lang): Formatters {
	let f = formatters.get(lang);
	if (!f) {
		f = makeFormatters(dictionaries[lang].locale);
		formatters.set(lang, f);
	}
	return f;
}

/** The path prefix of a language's pages: English at the root, others under /xx/. */
export const pathPrefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
