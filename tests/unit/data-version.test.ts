/**
 * The data package's version rule: one semantic version, the same in data/datapackage.json,
 * CITATION.cff and data/README.md (and on /data/: tests/e2e/data-version.test.ts); every version has a
 * CHANGELOG entry; and data/ is still what its version's recorded checksum says (data/checksums.json,
 * written by `npm run data:checksum`), so a change to any file in data/ needs a new version.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changelogVersions, compareVersions, dataChecksum, dataVersionProblem, packageVersion, recordedChecksums } from '../../scripts/data-checksum.mjs';

const version = packageVersion();

/** A scratch copy of data/ to break. */
function copy() {
	const dir = mkdtempSync(join(tmpdir(), 'data-'));
	cpSync('data', dir, { recursive: true });
	return dir;
}

describe('data package version', () => {
	it('is recorded with a checksum that data/ still matches', () => {
		expect(recordedChecksums()[version]).toMatch(/^sha256:[0-9a-f]{64}$/);
		// The message is the instruction (a diff of two hashes would tell a reader nothing).
		const problem = dataVersionProblem('data');
		if (problem) expect.fail(problem);
	});

	it('is a semantic version, the same in datapackage.json, CITATION.cff and data/README.md', () => {
		expect(version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
		const cff = readFileSync('CITATION.cff', 'utf8');
		expect(/^version: "?([^"\n]+)"?$/m.exec(cff)?.[1], 'CITATION.cff version').toBe(version);
		expect(/^Version (\S+), published/m.exec(readFileSync('data/README.md', 'utf8'))?.[1], 'data/README.md version').toBe(version);
		// The release date is the CHANGELOG's, in the citation and the README alike.
		const released = changelogVersions().get(version);
		expect(/^date-released: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(cff)?.[1], 'CITATION.cff date-released').toBe(released);
		expect(readFileSync('data/README.md', 'utf8')).toContain(`Version ${version}, published ${released}.`);
		expect(readFileSync('data/README.md', 'utf8'), 'data/README.md "How to cite"').toContain(`(version ${version})`);
	});

	it('is the newest recorded version, and every recorded version has a CHANGELOG entry', () => {
		const recorded = Object.keys(recordedChecksums());
		expect([...recorded].sort(compareVersions).at(-1)).toBe(version);
		const changelog = changelogVersions();
		for (const v of recorded) expect(changelog.has(v), `data/CHANGELOG.md has no "## [${v}] – date" entry`).toBe(true);
	});
});

describe('the data checksum', () => {

	it('changes with any data file, and not with the version, the checksum file or line endings', () => {
		const dir = copy();
		try {
			const original = dataChecksum(dir);
			expect(original).toBe(dataChecksum('data'));

			// Bumping the version alone, or recording a checksum, leaves the figure alone.
			const pkgFile = join(dir, 'datapackage.json');
			const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
			writeFileSync(pkgFile, JSON.stringify({ ...pkg, version: '99.0.0' }, null, 4));
			writeFileSync(join(dir, 'checksums.json'), '{}');
			const csv = join(dir, 'us-aid.csv');
			const text = readFileSync(csv, 'utf8');
			writeFileSync(csv, text.replace(/\n/g, '\r\n'));
			expect(dataChecksum(dir)).toBe(original);

			// One changed cell, a changed description, a new file: each is a new figure.
			writeFileSync(csv, text.replace(/(\n[^,\n]*,)/, '$1x'));
			const cell = dataChecksum(dir);
			expect(cell).not.toBe(original);
			writeFileSync(csv, text);
			writeFileSync(pkgFile, JSON.stringify({ ...pkg, description: `${pkg.description} More.` }));
			expect(dataChecksum(dir)).not.toBe(original);
			writeFileSync(pkgFile, JSON.stringify(pkg));
			expect(dataChecksum(dir)).toBe(original);
			writeFileSync(join(dir, 'new-table.csv'), 'a\n1\n');
			expect(dataChecksum(dir)).not.toBe(original);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('fails a copy of data/ with one changed cell, naming the version and what to do, until a new version is recorded', () => {
		const dir = copy();
		try {
			// The copy starts recorded (as data/ is when this suite passes), so only the change below counts.
			writeFileSync(join(dir, 'checksums.json'), JSON.stringify({ [version]: dataChecksum(dir) }));
			expect(dataVersionProblem(dir)).toBeNull();
			const csv = join(dir, 'timeline.csv');
			writeFileSync(csv, readFileSync(csv, 'utf8').replace(/(\n[^,\n]*,)/, '$1x'));
			expect(dataVersionProblem(dir)).toBe(
				`data/ changed since version ${version}: bump the version in datapackage.json and CITATION.cff, add a CHANGELOG entry, and run \`npm run data:checksum\``
			);
			// A new version without a recorded checksum is not enough either…
			const pkgFile = join(dir, 'datapackage.json');
			writeFileSync(pkgFile, JSON.stringify({ ...JSON.parse(readFileSync(pkgFile, 'utf8')), version: '9.0.0' }));
			expect(dataVersionProblem(dir)).toMatch(/^version 9\.0\.0 has no checksum/);
			// …recording it (what `npm run data:checksum` does) is.
			writeFileSync(join(dir, 'checksums.json'), JSON.stringify({ ...recordedChecksums(dir), '9.0.0': dataChecksum(dir) }));
			expect(dataVersionProblem(dir)).toBeNull();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
