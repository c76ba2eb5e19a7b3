/**
 * The broken-data corpus, end to end: with each broken file in place of the real one, `npm run build`
 * stops with a non-zero exit and prints the file, row, column, value and rule.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { brokenCases, brokenCopy } from '../broken-data';

describe('npm run build on broken data', () => {
	for (const c of brokenCases) {
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
