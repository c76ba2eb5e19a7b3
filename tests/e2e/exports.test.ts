/**
 * The exported files as a designer or a reuser gets them: every SVG opens on its own (strict XML, no
 * page CSS, no external reference, its text and data inside), every PNG is the same chart, attributed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { csvParse } from 'd3-dsv';
import { charts } from '$lib/charts';
import { datasets } from '$lib/server/datasets';
import { pngText } from '$lib/server/png';

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});

const exported = [...walk('build/charts'), ...walk('build/es/charts')];
const svgs = exported.filter((f) => f.endsWith('.svg'));
const data = datasets().data;

function parseStrict(text: string, file: string) {
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, msg) => {
			if (level !== 'warning') errors.push(`${file}: ${msg}`);
		}
	}).parseFromString(text, 'image/svg+xml');
	expect(errors).toEqual([]);
	return doc;
}

describe('exported SVGs', () => {
	it('exist for every chart, in its default state and in every state, in both languages', () => {
		for (const c of charts) {
			for (const prefix of ['build', 'build/es']) {
				expect(svgs).toContain(`${prefix}/charts/${c.id}.svg`);
				for (const s of c.states) expect(svgs).toContain(`${prefix}/charts/${c.id}/${s}.svg`);
			}
		}
	});

	for (const file of svgs) {
		it(`${file} stands alone`, () => {
			const text = readFileSync(file, 'utf8');
			const doc = parseStrict(text, file);
			const svg = doc.documentElement!;
			expect(svg.tagName).toBe('svg');
			expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
			const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
			expect(svg.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
			expect(svg.getAttribute('font-family')).toMatch(/Source Sans 3.*sans-serif/);
			const title = svg.getElementsByTagName('title')[0]?.textContent ?? '';
			const desc = svg.getElementsByTagName('desc')[0]?.textContent ?? '';
			expect(title.length).toBeGreaterThan(5);
			expect(desc.length).toBeGreaterThan(40);
			const drawn = [...Array.from(svg.getElementsByTagName('text'))].map((t) => t.textContent).join(' ');
			expect(drawn).toContain(title.split(' ')[0]);
			expect(drawn).toMatch(/(Sources|Fuentes): /);
			expect(drawn).toContain('CC BY 4.0');
			// Nothing that depends on a page or another origin.
			expect(text).not.toMatch(/currentColor|var\(--|<style|@import|url\(|xlink:href|href="http/);
			// The numbers are recoverable: the metadata holds exactly the rows the chart draws.
			const meta = JSON.parse(svg.getElementsByTagName('metadata')[0]!.textContent!);
			const def = charts.find((c) => c.id === meta.chart)!;
			expect(meta.rows).toEqual(JSON.parse(JSON.stringify(def.select(data))));
			expect(meta.sources.length).toBeGreaterThan(0);
		});
	}
});

describe('exported PNGs', () => {
	for (const file of svgs) {
		const png = file.replace(/\.svg$/, '.png');
		it(`${png} is the SVG at 2×, not blank, attributed in its text chunks`, () => {
			const svgText = readFileSync(file, 'utf8');
			const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement!;
			const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
			const bytes = readFileSync(png);
			const image = PNG.sync.read(bytes);
			expect([image.width, image.height]).toEqual([w * 2, h * 2]);
			let inked = 0;
			for (let i = 0; i < image.data.length; i += 4) if (image.data[i] < 200) inked++;
			expect(inked / (image.width * image.height)).toBeGreaterThan(0.01);
			const text = pngText(bytes);
			expect(text.Title).toBe(svg.getElementsByTagName('title')[0]!.textContent);
			expect(text.Source).toMatch(/(Sources|Fuentes): /);
			expect(text.Copyright).toBe('CC BY 4.0');
			expect(text.URL).toMatch(/\/charts\/[a-z-]+\/$/);
		});
	}

	it('a second renderer (resvg, without our fonts) draws every SVG at its size', () => {
		for (const file of svgs.filter((f) => !f.includes('/es/'))) {
			const rendered = new Resvg(readFileSync(file, 'utf8'), { font: { loadSystemFonts: true } }).render();
			const svg = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml').documentElement!;
			expect([rendered.width, rendered.height]).toEqual([Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))]);
		}
	});
});

describe('chart CSVs', () => {
	for (const c of charts) {
		it(`/charts/${c.id}.csv holds exactly the rows the chart draws, with their sources`, () => {
			const rows = csvParse(readFileSync(`build/charts/${c.id}.csv`, 'utf8'));
			const selected = c.select(data) as Record<string, { source?: string }[]>;
			expect(rows.length).toBe(Object.values(selected).reduce((n, t) => n + t.length, 0));
			expect(rows.columns[0]).toBe('dataset');
			// Every row names its source, but for the sources themselves and the translations of a row that does.
			if (rows.columns.includes('source')) expect(rows.every((r) => r.source || ['sources', 'timeline-translations'].includes(r.dataset))).toBe(true);
		});
	}
});
