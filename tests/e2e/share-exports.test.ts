/**
 * The files made for sharing, as the services and people who open them get them: a 1200×630 link
 * preview for every chart in every state (named in og:image on every page, with its size and a large
 * card), a square 1080×1080 PNG, and a vector PDF whose text is real text in embedded Source Sans 3,
 * read back by an independent reader (poppler-utils).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { charts } from '$lib/charts';
import { pngText } from '$lib/server/png';
import { SITE_URL } from '$lib/site';
import { LEAD_CHART } from '$lib/story/lead-chart';
import { fileFor, pagePaths } from './site-pages';

const prefixes = ['', '/es'];
const everyState = prefixes.flatMap((prefix) => charts.flatMap((c) => c.states.map((state) => ({ prefix, id: c.id, state }))));

/** Width and height from a PNG's IHDR chunk: what a service reads before it decodes anything. */
function pngHeader(file: string): { width: number; height: number } {
	const b = readFileSync(file);
	expect(b.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
	expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The share of pixels darker than light grey: a frame with a title and a chart is well above 1%. */
function inked(file: string): number {
	const image = PNG.sync.read(readFileSync(file));
	let n = 0;
	for (let i = 0; i < image.data.length; i += 4) if (image.data[i] < 200) n++;
	return n / (image.width * image.height);
}

/** The title a chart's standalone SVG gives itself, in that state and language. */
const svgTitle = (prefix: string, id: string, state: string) =>
	new DOMParser().parseFromString(readFileSync(`build${prefix}/charts/${id}/${state}.svg`, 'utf8'), 'image/svg+xml').getElementsByTagName('title')[0]!.textContent!;

describe('link previews', () => {
	for (const path of pagePaths()) {
		it(`${path}: og:image is a 1200×630 PNG of the build, stated with its size, in a large card`, () => {
			const { document } = parseHTML(readFileSync(fileFor(path)!, 'utf8'));
			const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
			const image = meta('og:image')!;
			expect(image.startsWith(`${SITE_URL}/`), image).toBe(true);
			expect(meta('twitter:image')).toBe(image);
			expect(meta('twitter:card')).toBe('summary_large_image');
			expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
			expect(pngHeader(fileFor(image.slice(SITE_URL.length))!)).toEqual({ width: 1200, height: 630 });
			// A chart's page previews that chart; the story previews its lead chart, not the site's name.
			const chart = /\/charts\/([^/]+)\//.exec(path)?.[1] ?? (/^\/(es\/)?$/.test(path) ? LEAD_CHART : null);
			if (chart) {
				expect(image).toContain(`/previews/${chart}/`);
				expect(meta('og:image:alt')).toBe(svgTitle(path.startsWith('/es/') ? '/es' : '', chart, charts.find((c) => c.id === chart)!.states[0]));
			}
		});
	}

	it('exist for every chart in every state and both languages, titled as the chart, not blank', () => {
		for (const { prefix, id, state } of everyState) {
			const file = `build${prefix}/previews/${id}/${state}.png`;
			expect(pngHeader(file), file).toEqual({ width: 1200, height: 630 });
			expect(inked(file), file).toBeGreaterThan(0.01);
			expect(pngText(readFileSync(file)).Title, file).toBe(svgTitle(prefix, id, state));
		}
	});
});

describe('square images for social posts', () => {
	it('exist for every chart in every state and both languages at 1080×1080, attributed, not blank', () => {
		for (const { prefix, id, state } of everyState) {
			const file = `build${prefix}/square/${id}/${state}.png`;
			expect(pngHeader(file), file).toEqual({ width: 1080, height: 1080 });
			expect(inked(file), file).toBeGreaterThan(0.01);
			const text = pngText(readFileSync(file));
			expect(text.Title, file).toBe(svgTitle(prefix, id, state));
			expect(text.Copyright).toBe('CC BY 4.0');
		}
	});
});

/** A tool from poppler-utils, with a clear message where it is missing (.ci/run installs it). */
function poppler(tool: string, args: string[]): string {
	try {
		return execFileSync(tool, args, { encoding: 'utf8' });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: apt-get install -y poppler-utils (see .ci/run)`);
		throw e;
	}
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('vector PDFs', () => {
	const pdfs = [
		...everyState.map(({ prefix, id, state }) => ({ pdf: `build${prefix}/charts/${id}/${state}.pdf`, svg: `build${prefix}/charts/${id}/${state}.svg` })),
		...prefixes.flatMap((prefix) => charts.map((c) => ({ pdf: `build${prefix}/charts/${c.id}.pdf`, svg: `build${prefix}/charts/${c.id}.svg` })))
	];

	for (const { pdf, svg } of pdfs) {
		it(`${pdf}: Source Sans 3 embedded, title and sources as text, the drawing's size`, () => {
			const doc = new DOMParser().parseFromString(readFileSync(svg, 'utf8'), 'image/svg+xml').documentElement!;
			const title = doc.getElementsByTagName('title')[0]!.textContent!;
			const meta = JSON.parse(doc.getElementsByTagName('metadata')[0]!.textContent!);
			const sourceLine = `${pdf.includes('/es/') ? 'Fuentes' : 'Sources'}: ${[...new Set(meta.sources.map((s: { publisher: string }) => s.publisher))].join('; ')}.`;

			// pdffonts: name, type, encoding, then "emb sub uni" as yes/no, then the object id.
			const fonts = poppler('pdffonts', [pdf])
				.split('\n')
				.slice(2)
				.filter(Boolean)
				.map((line) => ({ name: line.split(/\s+/)[0], embedded: / (yes|no) +(yes|no) +(yes|no) +\d+ +\d+\s*$/.exec(line)?.[1] }));
			expect(fonts.length).toBeGreaterThanOrEqual(2);
			for (const f of fonts) {
				expect(f.name, pdf).toMatch(/^[A-Z]{6}\+SourceSans3-(Regular|Bold|It|BoldIt)$/);
				expect(f.embedded, `${f.name} in ${pdf}`).toBe('yes');
			}
			expect(fonts.map((f) => f.name.split('+')[1])).toEqual(expect.arrayContaining(['SourceSans3-Regular', 'SourceSans3-Bold']));

			const text = squash(poppler('pdftotext', [pdf, '-']));
			expect(text).toContain(squash(title));
			expect(text).toContain(squash(sourceLine));

			// Page size in points: the SVG's pixels at 96 dpi.
			const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(poppler('pdfinfo', [pdf]))!;
			expect(Number(size[1])).toBeCloseTo(Number(doc.getAttribute('width')) * 0.75, 1);
			expect(Number(size[2])).toBeCloseTo(Number(doc.getAttribute('height')) * 0.75, 1);
		});
	}
});

describe('download links', () => {
	for (const prefix of prefixes) {
		it(`${prefix}/charts/*: the square PNG and the PDF are offered beside the SVG and the PNG`, () => {
			for (const c of charts) {
				const path = `${prefix}/charts/${c.id}/`;
				const { document } = parseHTML(readFileSync(fileFor(path)!, 'utf8'));
				const hrefs = [...document.querySelectorAll('.export a[download]')].map((a) => a.getAttribute('href'));
				const state = c.states[0];
				expect(hrefs, path).toEqual([
					`${prefix}/charts/${c.id}/${state}.svg`,
					`${prefix}/charts/${c.id}/${state}.png`,
					`${prefix}/square/${c.id}/${state}.png`,
					`${prefix}/charts/${c.id}/${state}.pdf`,
					`/charts/${c.id}.csv`
				]);
			}
		});
	}
});
