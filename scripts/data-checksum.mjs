// npm run data:checksum: records the checksum of data/ for the package's current version in
// data/checksums.json, which tests/unit/data-version.test.ts compares with data/ as it is. A change to
// any file in data/ without a new version then fails the tests.
//
//   npm run data:checksum                     record the current version (after bumping it by hand)
//   npm run data:checksum -- --bump minor     bump (major | minor | patch | X.Y.Z) in datapackage.json,
//                                             CITATION.cff and data/README.md (with the release date
//                                             from the CHANGELOG), then record it
//
// Write the CHANGELOG entry first (`## [X.Y.Z] – YYYY-MM-DD`): the script takes the release date from
// it and records nothing for a version the changelog does not describe. A version already recorded on
// main is published and never re-recorded: change the data under a new version.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHECKSUM_FILE = 'checksums.json';
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** @param {string} dir @returns {string[]} */
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/**
 * The checksum of a data folder: sha256 over each file's path and sha256, in path order. Left out: the
 * checksum file itself, hidden files (editor and OS litter), and datapackage.json's `version`, so that
 * the figure depends on the data alone. Line endings are read as LF and datapackage.json as parsed JSON,
 * so a checkout with CRLF or a re-indented descriptor gives the same figure.
 * @param {string} dir
 * @returns {string} "sha256:" and 64 hex digits
 */
export function dataChecksum(dir = 'data') {
	const files = walk(dir)
		.map((f) => relative(dir, f).split(sep).join('/'))
		.filter((f) => f !== CHECKSUM_FILE && !f.split('/').some((part) => part.startsWith('.')))
		.sort();
	const all = createHash('sha256');
	for (const f of files) {
		let text = readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n');
		if (f === 'datapackage.json') {
			const { version: _version, ...rest } = JSON.parse(text);
			text = JSON.stringify(rest);
		}
		all.update(`${f}\0${createHash('sha256').update(text).digest('hex')}\n`);
	}
	return `sha256:${all.digest('hex')}`;
}

/** @param {string} dir @returns {Record<string, string>} version → checksum */
export function recordedChecksums(dir = 'data') {
	try {
		return JSON.parse(readFileSync(join(dir, CHECKSUM_FILE), 'utf8'));
	} catch {
		return {};
	}
}

/** @param {string} a @param {string} b */
export function compareVersions(a, b) {
	const [x, y] = [a, b].map((v) => v.split('.').map(Number));
	return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** @param {string} dir */
export const packageVersion = (dir = 'data') => String(JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')).version ?? '');

/** Every version data/CHANGELOG.md has an entry for, with its date: `## [1.0.0] – 2026-11-25`. */
export function changelogVersions(dir = 'data') {
	const md = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
	return new Map([...md.matchAll(/^## \[(\d+\.\d+\.\d+)\]\s*[–-]\s*(\d{4}-\d{2}-\d{2})/gm)].map((m) => [m[1], m[2]]));
}

/** The message the test prints when data/ no longer matches its version's recorded checksum. */
export const staleMessage = (/** @type {string} */ version) =>
	`data/ changed since version ${version}: bump the version in datapackage.json and CITATION.cff, add a CHANGELOG entry, and run \`npm run data:checksum\``;

/**
 * What is wrong with a data folder's version record, or null: no checksum recorded for its version, or
 * data that changed since that checksum was recorded.
 * @param {string} dir
 * @returns {string | null}
 */
export function dataVersionProblem(dir = 'data') {
	const version = packageVersion(dir);
	const recorded = recordedChecksums(dir)[version];
	if (!recorded) return `version ${version} has no checksum in data/${CHECKSUM_FILE}: add its CHANGELOG entry and run \`npm run data:checksum\``;
	return dataChecksum(dir) === recorded ? null : staleMessage(version);
}

/** @param {string} current @param {string} how */
function nextVersion(current, how) {
	if (SEMVER.test(how)) return how;
	const [major, minor, patch] = current.split('.').map(Number);
	if (how === 'major') return `${major + 1}.0.0`;
	if (how === 'minor') return `${major}.${minor + 1}.0`;
	if (how === 'patch') return `${major}.${minor}.${patch + 1}`;
	throw new Error(`--bump takes major, minor, patch or a version such as 1.2.0, not "${how}"`);
}

/** Replaces exactly one match of `re` in `file`, or stops: a file whose layout changed is fixed by hand. */
function replaceOnce(/** @type {string} */ file, /** @type {RegExp} */ re, /** @type {string} */ by) {
	const text = readFileSync(file, 'utf8');
	if ((text.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? []).length !== 1) throw new Error(`${file}: expected one line matching ${re}; edit it by hand`);
	writeFileSync(file, text.replace(re, by));
}

/** Versions recorded on main (published): their checksums are never changed. */
function publishedChecksums() {
	try {
		return JSON.parse(execFileSync('git', ['show', `main:data/${CHECKSUM_FILE}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	} catch {
		return {};
	}
}

function main() {
	const args = process.argv.slice(2);
	const bumpAt = args.indexOf('--bump');
	/** @type {(msg: string) => never} */
	const fail = (msg) => {
		console.error(`data:checksum: ${msg}`);
		process.exit(1);
	};
	const previous = packageVersion();
	const version = bumpAt >= 0 ? nextVersion(previous, args[bumpAt + 1] ?? '') : previous;
	if (!SEMVER.test(version)) fail(`"${version}" is not a semantic version (MAJOR.MINOR.PATCH)`);
	const recorded = recordedChecksums();
	const newest = Object.keys(recorded).sort(compareVersions).at(-1);
	if (bumpAt >= 0 && compareVersions(version, previous) <= 0) fail(`${version} is not after the current version ${previous}`);
	if (newest && compareVersions(version, newest) < 0) fail(`${version} is older than ${newest}, the newest recorded version`);
	const released = changelogVersions().get(version);
	if (!released) fail(`data/CHANGELOG.md has no entry for ${version}: add "## [${version}] – YYYY-MM-DD" and what changed, then run this again${bumpAt >= 0 ? ' (nothing was changed)' : ''}`);

	if (bumpAt >= 0) {
		replaceOnce('data/datapackage.json', /("version":\s*)"[^"]*"/, `$1"${version}"`);
		replaceOnce('CITATION.cff', /^version: .*$/m, `version: "${version}"`);
		replaceOnce('CITATION.cff', /^date-released: .*$/m, `date-released: "${released}"`);
		replaceOnce('data/README.md', /^Version \S+, published \S+\./m, `Version ${version}, published ${released}.`);
		replaceOnce('data/README.md', /\(version \d+\.\d+\.\d+\)/, `(version ${version})`);
		console.log(`data:checksum: version ${previous} → ${version} in data/datapackage.json, CITATION.cff and data/README.md (released ${released})`);
	}

	const sum = dataChecksum();
	const published = publishedChecksums()[version];
	if (published && published !== sum) fail(`${staleMessage(version)}; ${version} is published on main and keeps its checksum (npm run data:checksum -- --bump patch|minor|major)`);
	if (recorded[version] === sum) return console.log(`data:checksum: ${version} is recorded already (${sum})`);
	const next = Object.fromEntries(Object.entries({ ...recorded, [version]: sum }).sort(([a], [b]) => compareVersions(a, b)));
	writeFileSync(`data/${CHECKSUM_FILE}`, `${JSON.stringify(next, null, '\t')}\n`);
	console.log(`data:checksum: recorded ${version} → ${sum} in data/${CHECKSUM_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
