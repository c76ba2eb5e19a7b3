/**
 * The languages the explainer is published in: the one list every route, hook, header and page head
 * iterates. Adding a language is one line here and a folder beside en/ and es/ with its dictionary
 * (the type-check then names every word still missing). Kept apart from the dictionaries so that the
 * page furniture that needs only these (links, the language switch, the route matcher) does not pull
 * every word into the browser.
 */
export const languages = [
	{ code: 'en', name: 'English', ogLocale: 'en_US' },
	{ code: 'es', name: 'Español', ogLocale: 'es_CO' }
] as const;

export type Lang = (typeof languages)[number]['code'];
export const langs: readonly Lang[] = languages.map((l) => l.code);

/** The language published at the site's root (the others live under /code/), and the x-default of hreflang. */
export const defaultLang: Lang = languages[0].code;

/** The language data/ is written in: its text columns (a timeline event) are in it, translations sit beside. */
export const dataLang: Lang = 'en';

export const languageInfo = (lang: Lang) => languages.find((l) => l.code === lang)!;

/** The path prefix of a language's pages: nothing for the default language, /code for the others. */
export const pathPrefix = (lang: Lang) => (lang === defaultLang ? '' : `/${lang}`);

/** The value of the optional [[lang]] route parameter for a language ('' for the default). */
export const langParam = (lang: Lang) => (lang === defaultLang ? '' : lang);

/** A page's language from its [[lang]] parameter; the route matcher has already rejected unknown codes. */
export const langFromParam = (param: string | undefined): Lang => (param ? (langs.find((l) => l === param) ?? defaultLang) : defaultLang);

/** A page's language from its path (/es/… → es), for code that sees only the URL. */
export const langFromPath = (pathname: string): Lang => langFromParam(pathname.split('/')[1]);

/** Prerender entries of a route under [[lang]]: one per language. */
export const langEntries = () => langs.map((lang) => ({ lang: langParam(lang) }));

/**
 * A descriptor's text in a language: `key` in the data's language, `key_CODE` (title_es) in another.
 * The data package keeps its translations as such sibling properties.
 */
export function translated(obj: object, key: string, lang: Lang): string | undefined {
	const value = (obj as Record<string, unknown>)[lang === dataLang ? key : `${key}_${lang}`];
	return typeof value === 'string' ? value : undefined;
}
