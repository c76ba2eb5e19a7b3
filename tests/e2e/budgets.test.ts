/**
 * The byte and element budgets, which are deterministic and so are tests (timed budgets are printed
 * by `npm run bench`, never asserted): the story's HTML is at most 70 KB gzipped, of which at most 30 KB
 * (raw) is hydration data, and holds at most 1,500 elements for a browser that runs scripts; it ships
 * at most 60 KB of gzipped JavaScript before its first chart is visible, and at most 400 KB gzipped in
 * all, fonts and chart code included.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const KB = 1024;

/**
 * The files the page's start-up script loads: kit's two entry modules and the page's route nodes
 * (named in the script), with every module they import statically, followed file by file.
 */
function startupModules(path: string): Set<string> {
	const html = readFileSync(`build${path}index.html`, 'utf8');
	const roots = [...html.matchAll(/import\("([^"]+\.m?js)"\)/g)].map((m) => join('build', new URL(m[1], `http://x${path}`).pathname));
	const nodeIds = JSON.parse(/node_ids: (\[[\d, ]+\])/.exec(html)![1]) as number[];
	const nodes = readdirSync('build/_app/immutable/nodes');
	for (const id of nodeIds) roots.push(join('build/_app/immutable/nodes', nodes.find((f) => f.startsWith(`${id}.`))!));
	expect(roots.length).toBeGreaterThan(2);
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		// Static imports only ("import … from" and bare "import"); import("…") is loaded later, on demand.
		for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.m?js)"/g)) visit(join(dirname(file), m[1]));
	};
	roots.forEach(visit);
	return seen;
}

for (const path of ['/', '/es/']) {
	describe(`${path} byte budgets`, () => {
		const html = `build${path}index.html`;
		const { document } = parseHTML(readFileSync(html, 'utf8'));

		it('is at most 70 KB of gzipped HTML, of which at most 30 KB (raw) is hydration data', () => {
			expect(gz(html) / KB).toBeLessThanOrEqual(70);
			// The data kit hands the page to hydrate it: the words the components render and each chart's
			// frame; the rows a redraw needs are fetched with the chart code, the tables stay in the HTML.
			const hydration = /\bdata: (\[[^]*?\]),\s*form:/.exec(readFileSync(html, 'utf8'));
			expect(hydration, 'the start-up script hands kit its data').not.toBeNull();
			expect(hydration![1].length / KB).toBeLessThanOrEqual(30);
		});

		it('holds at most 1,500 elements for a browser that runs scripts', () => {
			// linkedom parses <noscript> content as elements, as a browser without scripts does; a browser
			// that runs them reads it as text, so its elements are not counted.
			const all = document.querySelectorAll('*').length;
			const unparsed = [...document.querySelectorAll('noscript')].reduce((n, el) => n + el.querySelectorAll('*').length, 0);
			expect(unparsed, 'the flat steps and the tables wait inside <noscript>').toBeGreaterThan(1000);
			expect(all - unparsed).toBeLessThanOrEqual(1500);
		});

		it('ships at most 60 KB of gzipped JavaScript before the first chart is visible', () => {
			// The charts are in the HTML and the start-up modules are only fetched early (rel=preload), not
			// compiled before the first paint (no modulepreload), so the first chart is on screen before
			// any script runs. Counted anyway, as if it were needed first: the whole start-up code.
			expect(document.querySelectorAll('link[rel="modulepreload"]').length).toBe(0);
			const preloaded = [...document.querySelectorAll('link[rel="preload"][as="script"]')].map((l) => join('build', new URL(l.getAttribute('href')!, `http://x${path}`).pathname));
			expect(new Set(preloaded)).toEqual(startupModules(path));
			const bytes = [...startupModules(path)].reduce((s, f) => s + gz(f), 0);
			expect(bytes / KB).toBeLessThanOrEqual(60);
		});

		it('weighs at most 400 KB gzipped in all: HTML, CSS, fonts, start-up code and the chart code it loads later', () => {
			// Stylesheets are inlined; the links kit leaves behind are disabled and never fetched.
			const css = [...document.querySelectorAll('link[rel="stylesheet"]:not([disabled])')].map((l) => join('build', new URL(l.getAttribute('href')!, `http://x${path}`).pathname));
			const fonts = readdirSync('build/fonts').filter((f) => f.endsWith('.woff2')).map((f) => `build/fonts/${f}`);
			const startup = startupModules(path);
			// The chart code a redraw loads: the dynamic entry and everything it imports, from Vite's manifest.
			const manifest: Record<string, { file: string; imports?: string[]; css?: string[] }> = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
			const lazy = new Set<string>();
			const visit = (key: string) => {
				const entry = manifest[key];
				if (!entry || lazy.has(entry.file)) return;
				lazy.add(entry.file);
				for (const css of entry.css ?? []) lazy.add(css);
				for (const k of entry.imports ?? []) visit(k);
			};
			visit('src/lib/charts/draw-in-browser.ts');
			// And the details on the marks, loaded once the page has started.
			visit('src/lib/components/MarkDetails.svelte');
			expect(lazy.size).toBeGreaterThan(0);
			const files = new Set([html, ...css, ...fonts, ...startup, ...[...lazy].map((f) => join('build', f))]);
			const total = [...files].reduce((s, f) => s + gz(f), 0);
			expect(total / KB).toBeLessThanOrEqual(400);
		});
	});
}
