/**
 * Broken data stops `npm run build`: with a broken file in place of the real one, the build exits
 * non-zero and prints the file, row, column, value and rule.
 *
 * Three representative cases only: a cell of the wrong type, a foreign key to nothing, and a renamed
 * header. Every rule's exact message is checked against the loader by the unit corpus
 * (tests/unit/loader.test.ts, one case per rule in tests/fixtures/broken-data.json); what this file
 * adds is that the build runs that loader first and stops with its message, which a few full builds
 * prove as well as eighteen would, at a sixth of the time.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { brokenCases, brokenCopy } from '../broken-data';

const representative = ['integer', 'foreign key', 'header'];

describe('npm run build on broken data', () => {
	it('has the representative cases in the corpus', () => {
		expect(brokenCases.map((c) => c.rule)).toEqual(expect.arrayContaining(representative));
	});

	for (const c of brokenCases.filter((c) => representative.includes(c.rule))) {
		it(`fails on ${c.rule}`, () => {
			const dir = brokenCopy(c);
			const run = spawnSync('npx', ['vite', 'build'], {
				env: { ...process.env, DATA_DIR: dir, BUILD_DIR: `${dir}/build`, KIT_OUT_DIR: `${dir}/.svelte-kit` },
				encoding: 'utf8',
				timeout: 60_000
			});
			rmSync(dir, { recursive: true, force: true });
			expect(run.status).not.toBe(0);
			// The build reads a copy of data/, so the message names the copy's folder in place of data/.
			expect(run.stdout + run.stderr).toContain(c.message.replaceAll('data/', `${dir}/`));
		});
	}
});
