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
import { charts } from '$lib/charts';
import { pngText } from '$lib/server/png';

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});

const exported = [...walk('build/charts'), ...walk('build/es/charts')];
const svgs = exported.filter((f) => f.endsWith('.svg'));

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF): the exported files are read by
 * other code than the d3-dsv that wrote them, as a reuser's spreadsheet would read them.
 */
function readCsv(text: string): { columns: string[]; rows: Record<string, string>[] } {
	const lines: string[][] = [];
	let line: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === ',') line.push(cell), (cell = '');
		else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			line.push(cell), lines.push(line), (line = []), (cell = '');
		} else cell += ch;
	}
	expect(quoted, 'a quoted field is never closed').toBe(false);
	if (cell !== '' || line.length) line.push(cell), lines.push(line);
	const [columns, ...body] = lines;
	for (const [i, l] of body.entries()) expect(l.length, `line ${i + 2} has ${l.length} fields, the header ${columns.length}`).toBe(columns.length);
	return { columns, rows: body.map((l) => Object.fromEntries(columns.map((c, i) => [c, l[i]]))) };
}

const csvs = new Map<string, ReturnType<typeof readCsv>>();
const csvAt = (file: string) => {
	if (!csvs.has(file)) csvs.set(file, readCsv(readFileSync(file, 'utf8')));
	return csvs.get(file)!;
};

/** One cell's text and a value, equal as a reader would take them ("243.0" is 243; null is empty). */
function sameValue(text: string | undefined, value: unknown): boolean {
	const other = value === null || value === undefined ? '' : String(value);
	if (text === undefined) return false;
	return text === other || (text.trim() !== '' && other.trim() !== '' && Number.isFinite(Number(text)) && Number(text) === Number(other));
}

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
			// The numbers are recoverable: the metadata holds, row for row, the rows of the chart's CSV.
			const meta = JSON.parse(svg.getElementsByTagName('metadata')[0]!.textContent!);
			expect(file).toContain(`/charts/${meta.chart}`);
			const fromMeta = Object.entries(meta.rows as Record<string, Record<string, unknown>[]>).flatMap(([dataset, rows]) => rows.map((r) => ({ dataset, ...r })));
			const csv = csvAt(`build/charts/${meta.chart}.csv`).rows;
			expect(fromMeta.length).toBe(csv.length);
			fromMeta.forEach((row, i) => {
				for (const [column, value] of Object.entries(row)) expect(sameValue(csv[i][column], value), `row ${i + 2}, ${column}: ${csv[i][column]} ≠ ${value}`).toBe(true);
			});
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

	it('a second renderer (resvg, without our fonts) draws every SVG, not a blank page', () => {
		// (Its output size comes from the file's own width and height, so comparing the two proves
		// nothing; what a reuser would notice is an empty picture.)
		for (const file of svgs.filter((f) => !f.includes('/es/'))) {
			const image = PNG.sync.read(new Resvg(readFileSync(file, 'utf8'), { font: { loadSystemFonts: true } }).render().asPng());
			let inked = 0;
			for (let i = 0; i < image.data.length; i += 4) if (image.data[i + 3] > 0 && image.data[i] < 200) inked++;
			expect(inked / (image.width * image.height), file).toBeGreaterThan(0.01);
		}
	});
});

describe('chart CSVs', () => {
	for (const c of charts) {
		it(`/charts/${c.id}.csv holds rows of data/, each unchanged and naming its dataset, with their sources`, () => {
			const { columns, rows } = csvAt(`build/charts/${c.id}.csv`);
			expect(columns[0]).toBe('dataset');
			expect(rows.length).toBeGreaterThan(0);
			for (const [i, r] of rows.entries()) {
				// The dataset's own file, as a reuser downloads it from /data/.
				const source = csvAt(`data/${r.dataset}.csv`);
				const match = source.rows.find((row) => source.columns.every((col) => sameValue(r[col] ?? '', row[col])));
				expect(match, `row ${i + 2} (${r.dataset}) is no row of data/${r.dataset}.csv`).toBeDefined();
				// A column of another dataset stays empty.
				for (const col of columns) if (col !== 'dataset' && !source.columns.includes(col)) expect(r[col], `row ${i + 2}, ${col}`).toBe('');
			}
			// Every row names its source, but for the sources themselves and the translations of a row that does.
			if (columns.includes('source'))
				for (const r of rows) {
					if (r.source || r.dataset === 'sources') continue;
					const translated = /^(.+)-translations$/.exec(r.dataset)?.[1];
					expect(translated, `a ${r.dataset} row (${r.id}) without a source`).toBeDefined();
					expect(rows.some((o) => o.dataset === translated && o.id === r.id && o.source), `${r.dataset} ${r.id} translates no sourced row`).toBe(true);
				}
		});
	}
});
