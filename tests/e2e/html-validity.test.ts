/**
 * Every built page passes the W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run by the Java
 * runtime that .ci/run installs) with no error. The checker runs once, on every page together, and on a
 * known-bad page as well, so a checker that silently checked nothing could not pass. On failure it
 * prints each error as file:line: message [the markup around it].
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileFor, pagePaths } from './site-pages';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	message: string;
	extract?: string;
}

/** A page with the one error the build used to have: Plot's font-variant="tabular-nums" on a <g>. */
const KNOWN_BAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Known bad</title></head>
<body><svg viewBox="0 0 10 10"><g font-variant="tabular-nums"><text>1</text></g></svg></body></html>`;

function runVnu(files: string[]): VnuMessage[] {
	const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 110_000 });
	if (run.error) throw new Error(`could not run the Nu HTML Checker (${run.error.message}): install a Java runtime, e.g. apt-get install -y default-jre-headless (see .ci/run)`);
	// vnu writes its JSON report to stderr; its exit code only says whether it found errors.
	try {
		return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
	} catch {
		throw new Error(`the Nu HTML Checker printed no JSON report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
	}
}

describe('W3C Nu HTML Checker', () => {
	it('finds no error in any built page', () => {
		const pages = pagePaths().map((p) => resolve(fileFor(p)!));
		expect(pages.length).toBeGreaterThan(10);
		const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
		const bad = join(dir, 'known-bad.html');
		writeFileSync(bad, KNOWN_BAD);
		let messages: VnuMessage[];
		try {
			messages = runVnu([...pages, bad]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		// Warnings are left out: checked from files, the CSP in each page's <meta> is read against a file:
		// origin (its 'self' stylesheets and hashed inline scripts look blocked; Chromium's console, checked
		// in quality.test.ts, says otherwise).
		const errors = messages.filter((m) => m.type !== 'info');
		const where = (m: VnuMessage) => (m.url ?? '').replace(/^file:/, '').replace(`${resolve('build')}/`, 'build/');
		const fromBad = errors.filter((m) => where(m) === bad);
		expect(fromBad.map((m) => m.message), 'the checker must flag the known-bad page').toEqual([
			'Bad value “tabular-nums” for attribute “font-variant” on element “g”.'
		]);
		const report = errors.filter((m) => where(m) !== bad).map((m) => `${where(m)}:${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`);
		expect(report, `${report.length} errors from the Nu HTML Checker:\n${report.join('\n')}`).toEqual([]);
	}, 120_000);
});
