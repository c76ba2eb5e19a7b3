import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// src/app.html marks <html class="js"> with one inline script before the first paint, so the page is
// laid out for scrolling from the start (no shift) and without it for readers with JavaScript off.
// The policy allows exactly that script, by its hash.
const jsFlag = /<script>(.*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';
const jsFlagHash = `sha256-${createHash('sha256').update(jsFlag).digest('base64')}`;

const buildDir = process.env.BUILD_DIR || 'build';

/**
 * adapter-static, then the data's CSV files compressed the way it compresses the rest (gzip level 9,
 * brotli at its best text setting): the datasets are the files reusers download most.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withCompressedCsv(inner) {
	const walk = (/** @type {string} */ dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			for (const file of walk(buildDir).filter((f) => f.endsWith('.csv'))) {
				const bytes = readFileSync(file);
				writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
				writeFileSync(
					`${file}.br`,
					brotliCompressSync(bytes, {
						params: {
							[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
							[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
							[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
						}
					})
				);
			}
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; a static host serves the build folder as it is.
		// BUILD_DIR and KIT_OUT_DIR let a test build elsewhere (the broken-data runs) without touching build/.
		// precompress writes a .gz and a .br beside every text file, for hosts that serve them as they are
		// (README, "Deploying"); withCompressedCsv adds the CSVs, which kit's list of text types leaves out.
		adapter: withCompressedCsv(adapter({ pages: buildDir, assets: buildDir, strict: true, precompress: true })),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		// The stylesheets (7 KB in all) go inside each page: the first paint waits for no request.
		inlineStyleThreshold: Infinity,
		// Start-up modules are fetched in parallel as the page arrives (no import waterfall after the
		// HTML is parsed) but, unlike modulepreload, not compiled on the main thread before the first
		// paint; the .mjs extension keeps Chromium from parsing them twice.
		output: { preloadStrategy: 'preload-mjs' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/es/'] },
		// A strict policy in every page's <meta>: scripts only from this origin or hashed by the build.
		// Styles allow inline because Plot writes a <style> into each chart and Svelte sets style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', jsFlagHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
