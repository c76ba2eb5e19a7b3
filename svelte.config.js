import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// src/app.html marks <html class="js"> with one inline script before the first paint, so the page is
// laid out for scrolling from the start (no shift) and without it for readers with JavaScript off.
// The policy allows exactly that script, by its hash.
const jsFlag = /<script>(.*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';
const jsFlagHash = `sha256-${createHash('sha256').update(jsFlag).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; a static host serves the build folder as it is.
		// BUILD_DIR and KIT_OUT_DIR let a test build elsewhere (the broken-data runs) without touching build/.
		adapter: adapter({ pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build', strict: true }),
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
