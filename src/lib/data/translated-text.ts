import { dataLang, type Lang } from '$lib/i18n/langs';

/**
 * A text cell in a language: the row's own cell in the data's language (English), otherwise its row in
 * the table of translations beside it (id, lang, text). A missing translation stops the build naming
 * the file, the row and the language: nothing falls back to English silently.
 */
export function translatedText<T extends { id: string; lang: string }>(
	row: { id: string },
	own: string,
	lang: Lang,
	translations: T[],
	text: (t: T) => string,
	file: string
): string {
	if (lang === dataLang) return own;
	const t = translations.find((r) => r.id === row.id && r.lang === lang);
	if (!t) throw new Error(`data/${file} has no row for "${row.id}" in language "${lang}"`);
	return text(t);
}
