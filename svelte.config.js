import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; a static host serves the build folder as it is.
		// BUILD_DIR and KIT_OUT_DIR let a test build elsewhere (the broken-data runs) without touching build/.
		adapter: adapter({ pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build', strict: true }),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/es/'] },
		// A strict policy in every page's <meta>: scripts only from this origin or hashed by the build.
		// Styles allow inline because Plot writes a <style> into each chart and Svelte sets style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
