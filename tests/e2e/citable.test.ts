/**
 * What a researcher copies: "Cite this chart" on every chart page (a reference and BibTeX naming the
 * data version and its release day, copyable, readable without JavaScript), and on /data/ a line of
 * pandas, R and DuckDB per dataset whose address serves that very file.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { charts } from '$lib/charts';
import { SITE_URL } from '$lib/site';
import { launch, viewports } from './browser';
import { fileFor } from './site-pages';

const base = inject('baseUrl');
const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
const docOf = (path: string) => parseHTML(readFileSync(fileFor(path)!, 'utf8')).document;

describe('Cite this chart', () => {
	for (const lang of ['', '/es']) {
		it(`${lang}/charts/*: a reference and BibTeX naming the data version and its release day`, () => {
			for (const c of charts) {
				const path = `${lang}/charts/${c.id}/`;
				const document = docOf(path);
				const [reference, bibtex] = [...document.querySelectorAll('.cite pre')].map((p) => p.textContent!);
				const title = document.querySelector('h1')!.textContent!;
				const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
				expect(reference, path).toContain(title);
				expect(reference, path).toContain(pkg.version);
				expect(reference, path).toContain(canonical);
				const day = /\b\d{4}-\d{2}-\d{2}\b/.exec(reference)![0];
				expect(changelog, path).toContain(`## [${pkg.version}] – ${day}`);
				expect(bibtex, path).toMatch(/^@misc\{[\w.:-]+,\n/);
				expect(bibtex, path).toContain(`  version      = {${pkg.version}},`);
				expect(bibtex, path).toContain(`  date         = {${day}},`);
				expect(bibtex, path).toContain(`  url          = {${canonical}},`);
				expect(bibtex.split('{').length, path).toBe(bibtex.split('}').length);
			}
		});
	}

	it('copies the exact text with the button, and reads without JavaScript with no dead button', async () => {
		const browser = await launch();
		try {
			const context = await browser.newContext({ viewport: viewports.desktop });
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
			const page = await context.newPage();
			await page.goto(`${base}/charts/coca-cultivation/`, { waitUntil: 'networkidle' });
			const bibtex = page.locator('.cite .copy-block').nth(1);
			await bibtex.getByRole('button').click();
			await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await bibtex.locator('pre').textContent());
			await expect.poll(() => bibtex.getByRole('button').textContent()).toBe('Copied');
			await context.close();

			const plain = await browser.newPage({ javaScriptEnabled: false, viewport: viewports.phone });
			await plain.goto(`${base}/charts/coca-cultivation/`);
			expect(await plain.locator('.cite pre').count()).toBe(2);
			expect(await plain.locator('.cite pre').first().isVisible()).toBe(true);
			expect(await plain.locator('.cite button').first().isVisible()).toBe(false);
		} finally {
			await browser.close();
		}
	});
});

describe('loading the data from its published address', () => {
	for (const path of ['/data/', '/es/data/']) {
		it(`${path}: pandas, R and DuckDB lines for every dataset, each reading the file the site serves`, () => {
			const document = docOf(path);
			for (const r of pkg.resources) {
				const lines = [...document.querySelectorAll(`#dataset-${r.name} .load pre`)].map((p) => p.textContent!);
				expect(lines.length, r.name).toBe(3);
				expect(lines[0]).toMatch(/^import pandas as pd; \w+ = pd\.read_csv\("[^"]+"/);
				expect(lines[1]).toMatch(/^\w+ <- readr::read_csv\("[^"]+"/);
				expect(lines[2]).toMatch(/^CREATE TABLE \w+ AS SELECT \* FROM read_csv\('[^']+'\);$/);
				for (const line of lines) {
					const url = /["'](https?:\/\/[^"']+)["']/.exec(line)![1];
					expect(url.startsWith(`${SITE_URL}/`), line).toBe(true);
					const file = fileFor(url.slice(SITE_URL.length));
					expect(file, `${line}: nothing at that address`).not.toBeNull();
					expect(readFileSync(file!, 'utf8')).toBe(readFileSync(`data/${r.path}`, 'utf8'));
				}
			}
		});
	}
});
