/**
 * What search engines and dataset search read in the build: the story's NewsArticle and the data
 * package's Dataset (JSON-LD), with every property Google's Article and Dataset guidelines require or
 * recommend, each address in them a file of the build, and no trouble in a browser with the CSP.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { csvParse } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { SITE_URL } from '$lib/site';
import { LEAD_CHART } from '$lib/story/lead-chart';
import { launch, viewports } from './browser';
import { fileFor } from './site-pages';

type Json = Record<string, any>;

const base = inject('baseUrl');
const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const docOf = (path: string) => parseHTML(html(path)).document;

/** The page's one JSON-LD block, parsed as a crawler parses it: from the opening tag to the first </script>. */
function jsonLd(path: string): Json {
	const page = html(path);
	const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
	expect(blocks.length, path).toBe(1);
	expect(blocks[0].index!, `${path}: JSON-LD in <head>`).toBeLessThan(page.indexOf('</head>'));
	return JSON.parse(blocks[0][1]);
}

/** Every string in the tree that is an address (http…), with the key it was found under. */
function addresses(node: unknown, key = ''): { key: string; url: string }[] {
	if (typeof node === 'string') return /^https?:\/\//.test(node) ? [{ key, url: node }] : [];
	if (Array.isArray(node)) return node.flatMap((n) => addresses(n, key));
	if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => addresses(v, k));
	return [];
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
	const b = readFileSync(file);
	if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Every address under SITE_URL is a file of the build (a `url` with a fragment also names an element of
 * that page: an `@id` is a node name, not an anchor); the only other addresses are schema.org's and the licence's.
 */
function expectAddressesResolve(tree: Json, path: string) {
	const found = addresses(tree);
	expect(found.length).toBeGreaterThan(3);
	for (const { key, url } of found) {
		if (!url.startsWith(`${SITE_URL}/`)) {
			expect([pkg.licenses[0].path, 'https://schema.org'], `${path}: ${key} → ${url}`).toContain(url);
			continue;
		}
		const target = new URL(url.slice(SITE_URL.length), 'http://site');
		expect(fileFor(target.pathname), `${path}: ${key} → ${url} is not in the build`).not.toBeNull();
		if (target.hash && key !== '@id') expect(docOf(target.pathname).getElementById(target.hash.slice(1)), `${path}: ${key} → ${url}`).not.toBeNull();
	}
}

describe('the story as a NewsArticle', () => {
	for (const [path, other] of [['/', '/es/'], ['/es/', '/']]) {
		it(`${path}: headline, description, dates, author, publisher, language, images and the other edition`, () => {
			const a = jsonLd(path);
			const document = docOf(path);
			expect(a['@context']).toBe('https://schema.org');
			expect(a['@type']).toBe('NewsArticle');
			expect(a.url).toBe(document.querySelector('link[rel="canonical"]')!.getAttribute('href'));
			expect(a.headline).toBe(document.querySelector('h1')!.textContent);
			expect(a.headline.length).toBeLessThanOrEqual(110); // Google shows no more
			expect(a.description).toBe(document.querySelector('meta[name="description"]')!.getAttribute('content'));
			expect(a.inLanguage).toBe(document.documentElement.getAttribute('lang'));
			expect(a.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(a.dateModified >= a.datePublished).toBe(true);
			for (const who of [a.author, a.publisher]) {
				expect(who['@type']).toBe('Organization');
				expect(who.name.length).toBeGreaterThan(3);
				expect(who.url).toMatch(/^https?:\/\//);
			}
			expect(a.author.name).toBe(pkg.contributors[0].title);
			// Large images in more than one shape, each the lead chart, each the size it says.
			expect(a.image.length).toBeGreaterThanOrEqual(2);
			for (const img of a.image) {
				expect(img.url).toContain(`/${LEAD_CHART}/`);
				const size = pngSize(fileFor(img.url.slice(SITE_URL.length))!);
				expect(size).toEqual({ width: Number(img.width), height: Number(img.height) });
				expect(size!.width * size!.height).toBeGreaterThanOrEqual(50_000);
			}
			expect(new Set(a.image.map((i: Json) => (i.width / i.height).toFixed(2))).size).toBe(a.image.length);
			// The other edition, named by the @id that page gives itself.
			const twin = jsonLd(other);
			const link = path === '/' ? a.workTranslation[0] : a.translationOfWork;
			expect(link['@id']).toBe(twin['@id']);
			expect(link.url).toBe(twin.url);
			expect(link.inLanguage).toBe(twin.inLanguage);
			expect(a.isBasedOn.url).toBe(`${SITE_URL}${path === '/' ? '' : '/es'}/data/`);
			expectAddressesResolve(a, path);
		});
	}
});

describe('the data package as a Dataset', () => {
	/** What Google's Dataset guidelines require or recommend, and what this package can give. */
	const expectDataset = (d: Json, where: string) => {
		expect(d['@type'], where).toBe('Dataset');
		expect(d.name.length, where).toBeGreaterThan(3);
		// Google's bounds for a description.
		expect(d.description.length, where).toBeGreaterThanOrEqual(50);
		expect(d.description.length, where).toBeLessThanOrEqual(5000);
		expect(d.license, where).toBe(pkg.licenses[0].path);
		expect(d.creator, where).toMatchObject({ '@type': 'Organization', name: pkg.contributors[0].title });
		expect(d.version, where).toBe(pkg.version);
		expect(changelog, where).toContain(`## [${d.version}] – ${d.dateModified}`);
		expect(d.isAccessibleForFree, where).toBe(true);
		expect(d.citation, where).toContain(pkg.version);
		expect(d.keywords.length, where).toBeGreaterThan(3);
		expect(d.temporalCoverage, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
		const [from, to = from] = d.temporalCoverage.split('/');
		expect(from <= to, where).toBe(true);
		expect(d.spatialCoverage.length, where).toBeGreaterThan(0);
		for (const p of d.spatialCoverage) expect(p, where).toMatchObject({ '@type': 'Place', name: expect.stringMatching(/\w{4}/) });
		expect(d.variableMeasured.length, where).toBeGreaterThan(0);
		for (const v of d.variableMeasured) {
			expect(v['@type'], where).toBe('PropertyValue');
			expect(v.description.length, `${where} ${v.name}`).toBeGreaterThan(3);
		}
		const formats = d.distribution.map((f: Json) => f.encodingFormat);
		expect(formats, where).toContain('text/csv');
		expect(formats, where).toContain('application/json');
		for (const f of d.distribution) {
			expect(f['@type'], where).toBe('DataDownload');
			expect(fileFor(f.contentUrl.slice(SITE_URL.length)), `${where}: ${f.contentUrl}`).not.toBeNull();
		}
	};

	for (const path of ['/data/', '/es/data/']) {
		it(`${path}: the package and each of its files, with every required and recommended property`, () => {
			const d = jsonLd(path);
			expect(d['@context']).toBe('https://schema.org');
			expect(d.url).toBe(`${SITE_URL}${path}`);
			expectDataset(d, `${path} package`);
			expect(d.alternateName).toBe(pkg.name);
			expect(d.hasPart.map((p: Json) => p.alternateName)).toEqual(pkg.resources.map((r: Json) => r.name));
			for (const [i, part] of d.hasPart.entries()) {
				const r = pkg.resources[i];
				expectDataset(part, `${path} ${r.name}`);
				expect(part.isPartOf['@id']).toBe(d['@id']);
				expect(part.variableMeasured.map((v: Json) => v.name)).toEqual(r.schema.fields.map((f: Json) => f.name));
				// The CSV it points to is the very file in data/; the JSON holds the same rows.
				const csv = part.distribution.find((f: Json) => f.encodingFormat === 'text/csv');
				expect(readFileSync(fileFor(csv.contentUrl.slice(SITE_URL.length))!, 'utf8')).toBe(readFileSync(`data/${r.path}`, 'utf8'));
				const json = part.distribution.find((f: Json) => f.encodingFormat === 'application/json');
				const rows = JSON.parse(readFileSync(fileFor(json.contentUrl.slice(SITE_URL.length))!, 'utf8')).rows;
				expect(rows.length).toBe(csvParse(readFileSync(`data/${r.path}`, 'utf8')).length);
			}
			expectAddressesResolve(d, path);
		});
	}
});

describe('JSON-LD in a browser', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const path of ['/', '/data/']) {
		it(`${path}: the block breaks no Content Security Policy and survives hydration`, async () => {
			const page = await browser.newPage({ viewport: viewports.desktop });
			const problems: string[] = [];
			page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
			page.on('pageerror', (e) => problems.push(e.message));
			await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			const types = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => JSON.parse(e.textContent!)['@type']));
			expect(types).toEqual([path === '/' ? 'NewsArticle' : 'Dataset']);
			expect(problems).toEqual([]);
			await page.close();
		});
	}
});
