/**
 * The build's precompressed files, as a static host that serves them finds them: a .gz and a .br beside
 * every text file, each the same bytes once decompressed (a stale or truncated twin would send readers
 * an old page), none beside files that are compressed already; and the test server, which serves them as
 * such a host does, sends the brotli or gzip twin to a browser that asks for it.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { allBuiltFiles, builtFiles, isCompressedTwin } from './site-pages';

const TEXT = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.txt', '.md', '.csv']);
const files = builtFiles();
const text = files.filter((f) => TEXT.has(extname(f)));
const base = inject('baseUrl');

describe('precompressed build', () => {
	it('covers the pages, scripts, styles, exports and data', () => {
		for (const ext of ['.html', '.mjs', '.css', '.svg', '.json', '.csv']) expect(text.some((f) => f.endsWith(ext)), ext).toBe(true);
	});

	it('has a .gz and a .br beside every text file, each decompressing to the same bytes', () => {
		const wrong: string[] = [];
		for (const f of text) {
			const bytes = readFileSync(f);
			for (const [ext, unpack] of [['.gz', gunzipSync], ['.br', brotliDecompressSync]] as const) {
				if (!existsSync(f + ext)) wrong.push(`${f}${ext} is missing`);
				else if (!unpack(readFileSync(f + ext)).equals(bytes)) wrong.push(`${f}${ext} does not decompress to ${f}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('compresses nothing that is compressed already (PNG, WOFF2) and leaves no twin without its file', () => {
		const twins = allBuiltFiles().filter(isCompressedTwin);
		expect(twins.length).toBe(text.length * 2);
		for (const t of twins) expect(files, t).toContain(t.replace(/\.(gz|br)$/, ''));
		for (const f of files.filter((f) => /\.(png|woff2)$/.test(f))) expect(existsSync(`${f}.gz`) || existsSync(`${f}.br`), f).toBe(false);
	});

	it('is what the server sends to a browser that accepts brotli or gzip, and the plain file to one that does not', async () => {
		const page = readFileSync('build/index.html');
		for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
			const res = await fetch(`${base}/`, { headers: { 'accept-encoding': accept } });
			expect(res.status).toBe(200);
			expect(res.headers.get('content-encoding')).toBe(encoding);
			expect(res.headers.get('content-type')).toMatch(/^text\/html/);
			// fetch decodes what it received: the page the reader gets is the page that was built.
			expect(Buffer.from(await res.arrayBuffer()).equals(page)).toBe(true);
		}
		const sent = await fetch(`${base}/`, { headers: { 'accept-encoding': 'br' } });
		expect(Number(sent.headers.get('content-length'))).toBe(readFileSync('build/index.html.br').length);
	});
});
