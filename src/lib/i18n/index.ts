import en from './en';
import es from './es';
import { makeFormatters, type Formatters } from './format';

import type { Lang } from './langs';

// The languages the explainer is published in (langs.ts). A third is a new folder beside en/ and es/.
export { langs, pathPrefix, type Lang } from './langs';

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
