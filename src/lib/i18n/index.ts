import en from './en';
import es from './es';
import { makeFormatters, type Formatters } from './format';

import type { Lang } from './langs';

// The languages the explainer is published in (langs.ts). A third is a new folder beside en/ and es/.
export * from './langs';

/** English is the reference shape; every other language must supply the same keys (the compiler checks). */
export type Dictionary = typeof en;

/** One line per folder: a language in langs.ts without its dictionary here fails the type-check. */
export const dictionaries = { en, es } satisfies Record<Lang, Dictionary>;

const formatters = new Map<Lang, Formatters>();

export function formattersFor(lang: Lang): Formatters {
	let f = formatters.get(lang);
	if (!f) {
		f = makeFormatters(dictionaries[lang].locale);
		formatters.set(lang, f);
	}
	return f;
}
