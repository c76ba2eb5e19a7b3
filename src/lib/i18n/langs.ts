/**
 * The languages and their addresses, apart from the dictionaries: the page furniture that needs only
 * these (links, the language switch, the route matcher) does not pull every word into the browser.
 */
export const langs = ['en', 'es'] as const;
export type Lang = (typeof langs)[number];

/** The path prefix of a language's pages: English at the root, others under /xx/. */
export const pathPrefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
