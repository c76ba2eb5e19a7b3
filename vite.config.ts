import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { readPackage } from './src/lib/server/read-data.ts';

/**
 * Validates data/ before anything is built, so a bad cell stops `npm run build` with one line that
 * names file, row, column, value and rule, rather than a stack trace from deep in prerendering.
 */
function validateData(): Plugin {
	return {
		name: 'validate-data',
		apply: 'build',
		buildStart() {
			try {
				readPackage();
			} catch (e) {
				this.error((e as Error).message);
			}
		}
	};
}

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// PREVIEW=chart-id runs the preview tool, BENCH=1 the render benchmark (see scripts/).
					include: process.env.BENCH
						? ['scripts/bench-render.test.ts']
						: process.env.PREVIEW
							? ['scripts/preview.test.ts']
							: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: process.env.PREVIEW || process.env.BENCH ? [] : ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					// One browser at a time: the machine has two cores.
					fileParallelism: false,
					// Tests a file marks concurrent (axe on every page) run two at a time.
					maxConcurrency: 2,
					testTimeout: 120_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
