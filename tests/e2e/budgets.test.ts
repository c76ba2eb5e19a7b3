/**
 * The byte budgets, which are deterministic and so are tests (timed budgets are printed by
 * `npm run bench`, never asserted): the story ships at most 60 KB of gzipped JavaScript before its
 * first chart is visible, and at most 400 KB gzipped in all, fonts included.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const KB = 1024;

for (const path of ['/', '/es/']) {
	describe(`${path} byte budgets`, () => {
		const html = `build${path}index.html`;
		const { document } = parseHTML(readFileSync(html, 'utf8'));

		it('ships at most 60 KB of gzipped JavaScript before the first chart is visible', () => {
			// The charts are in the HTML, so what loads first is the app's start-up code: the modules
			// the page preloads and imports.
			const text = readFileSync(html, 'utf8');
			const modules = new Set([
				...[...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')!),
				...[...text.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
			]);
			expect(modules.size).toBeGreaterThan(0);
			const bytes = [...modules].reduce((s, m) => s + gz(join('build', new URL(m, `http://x${path}`).pathname)), 0);
			expect(bytes / KB).toBeLessThanOrEqual(60);
		});

		it('weighs at most 400 KB gzipped in all: HTML, CSS, fonts, start-up code and the chart code it loads later', () => {
			const css = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => join('build', new URL(l.getAttribute('href')!, `http://x${path}`).pathname));
			const fonts = readdirSync('build/fonts').filter((f) => f.endsWith('.woff2')).map((f) => `build/fonts/${f}`);
			const text = readFileSync(html, 'utf8');
			const startup = [
				...[...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')!),
				...[...text.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
			].map((m) => join('build', new URL(m, `http://x${path}`).pathname));
			// The chart code a redraw loads: the dynamic entry and everything it imports, from Vite's manifest.
			const manifest: Record<string, { file: string; imports?: string[] }> = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
			const lazy = new Set<string>();
			const visit = (key: string) => {
				const entry = manifest[key];
				if (!entry || lazy.has(entry.file)) return;
				lazy.add(entry.file);
				for (const k of entry.imports ?? []) visit(k);
			};
			visit('src/lib/charts/draw-in-browser.ts');
			expect(lazy.size).toBeGreaterThan(0);
			const files = new Set([html, ...css, ...fonts, ...startup, ...[...lazy].map((f) => join('build', f))]);
			const total = [...files].reduce((s, f) => s + gz(f), 0);
			expect(total / KB).toBeLessThanOrEqual(400);
		});
	});
}
