/**
 * A crawl of the built site: every internal link, anchor, download and asset resolves; every page has
 * one h1, a lang, a title and a description; Spanish pages carry no untranslated English UI string.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { dictionaries } from '$lib/i18n';
import { fileFor, pagePaths } from './site-pages';

const pages = pagePaths();
const docOf = (path: string) => parseHTML(readFileSync(fileFor(path)!, 'utf8')).document;

describe('built pages', () => {
	it('include the story, timeline, data catalogue and every chart page in both languages', () => {
		for (const p of ['/', '/timeline/', '/data/', '/es/', '/es/timeline/', '/es/data/']) expect(pages).toContain(p);
		expect(pages.filter((p) => /^\/charts\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(7);
	});

	for (const path of pages) {
		it(`${path}: one h1, the right lang, a title, a description, and links that resolve`, () => {
			const document = docOf(path);
			expect(document.querySelectorAll('h1').length).toBe(1);
			expect(document.documentElement.getAttribute('lang')).toBe(path.startsWith('/es/') ? 'es' : 'en');
			expect(document.querySelector('title')?.textContent?.length).toBeGreaterThan(5);
			expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);

			const refs = [
				...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
				...[...document.querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"])')].map((l) => l.getAttribute('href')!),
				...[...document.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src')!)
			];
			for (const ref of refs) {
				if (/^(https?:|mailto:)/.test(ref)) continue;
				const url = new URL(ref, `http://site${path}`);
				if (url.hash && url.pathname === new URL(`http://site${path}`).pathname) {
					expect(document.getElementById(url.hash.slice(1)), `${path} → ${ref}`).not.toBeNull();
					continue;
				}
				const file = fileFor(url.pathname);
				expect(file, `${path} links to ${ref}, which the build lacks`).not.toBeNull();
				if (url.hash) expect(docOf(url.pathname).getElementById(url.hash.slice(1)), `${path} → ${ref}`).not.toBeNull();
			}
			// Resources load only from this origin: an external address may only be a link a reader follows.
			for (const el of document.querySelectorAll('script[src], img[src], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"]')) {
				expect(el.getAttribute('src') ?? el.getAttribute('href')).not.toMatch(/^(https?:)?\/\//);
			}
		});
	}

	const englishOnly = Object.entries(dictionaries.en.ui)
		.filter(([k, v]) => typeof v === 'string' && v.length > 3 && v !== (dictionaries.es.ui as Record<string, unknown>)[k])
		.map(([, v]) => v as string);

	for (const path of pages.filter((p) => p.startsWith('/es/'))) {
		it(`${path}: no English UI string left untranslated`, () => {
			const document = docOf(path);
			// Text that is English on purpose (data notes, the language switch) carries lang="en"; names of
			// publishers (<cite>) are names, not UI strings.
			for (const el of document.querySelectorAll('[lang="en"], cite, script, style')) el.remove();
			const text = document.body.textContent ?? '';
			for (const s of englishOnly) expect(text, `"${s}" on ${path}`).not.toContain(s);
		});
	}
});
