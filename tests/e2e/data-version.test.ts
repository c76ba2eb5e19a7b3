/**
 * /data/ in both languages shows the data package's version, the one in data/datapackage.json and
 * CITATION.cff (tests/unit/data-version.test.ts holds those two together), in its summary line and in
 * its citation, and serves the descriptor with that version.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

const version = JSON.parse(readFileSync('data/datapackage.json', 'utf8')).version as string;

describe('/data/ shows the data version', () => {
	for (const [path, word] of [['/data/', 'Version'], ['/es/data/', 'Versión']] as const) {
		it(`${path} names version ${version} in its summary and its citation`, () => {
			const { document } = parseHTML(readFileSync(`build${path}index.html`, 'utf8'));
			const summary = document.querySelector('.package')?.textContent?.replace(/\s+/g, ' ') ?? '';
			expect(summary).toContain(`${word} ${version} ·`);
			expect(document.querySelector('.citation')?.textContent).toContain(`(${version})`);
		});
	}

	it('serves the descriptor with the same version at /data/datapackage.json', () => {
		expect(JSON.parse(readFileSync('build/data/datapackage.json', 'utf8')).version).toBe(version);
	});
});
