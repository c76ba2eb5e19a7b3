import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bib, chartCitation, type ChartCitationInput } from '$lib/seo/cite';
import { publication, releaseDate } from '$lib/server/publication';

const input: ChartCitationInput = {
	id: 'boat-strikes',
	title: 'Strikes & deaths: 100% of them_counted',
	url: 'https://example.org/charts/boat-strikes/',
	author: 'Explainer data team',
	site: 'Colombia and the United States: the rift, in data',
	version: '2.3.1',
	released: '2027-02-09',
	licence: 'CC BY 4.0',
	lang: 'en',
	words: { chart: 'Chart', in: 'In', dataVersion: 'data version' }
};

/** A BibTeX entry's fields as written: name → raw value (braces of the outer group removed). */
function bibFields(entry: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of entry.matchAll(/^\s+(\w+)\s*=\s*(\{.*\}|\w+),?$/gm)) out[m[1]] = m[2].startsWith('{') ? m[2].slice(1, -1) : m[2];
	return out;
}

describe('chartCitation', () => {
	const { reference, bibtex } = chartCitation(input);

	it('gives a reference with author, year, title, site, data version, release day, licence and address', () => {
		expect(reference).toBe(
			'Explainer data team (2027). Strikes & deaths: 100% of them_counted [Chart]. In Colombia and the United States: the rift, in data (data version 2.3.1, 2027-02-09). CC BY 4.0. https://example.org/charts/boat-strikes/'
		);
	});

	it('gives a BibTeX entry whose braces balance and whose fields carry the version and the date', () => {
		expect(bibtex).toMatch(/^@misc\{boat-strikes-en-v2\.3\.1,\n/);
		expect(bibtex.endsWith('\n}')).toBe(true);
		let depth = 0;
		for (const ch of bibtex.replace(/\\[{}]/g, '')) {
			depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
			expect(depth).toBeGreaterThanOrEqual(0);
		}
		expect(depth).toBe(0);
		const f = bibFields(bibtex);
		expect(f.title).toBe('{Strikes \\& deaths: 100\\% of them\\_counted}');
		expect(f.author).toBe('{Explainer data team}');
		expect([f.year, f.month, f.date, f.version]).toEqual(['2027', 'feb', '2027-02-09', '2.3.1']);
		expect(f.note).toBe('data version 2.3.1. CC BY 4.0');
		expect(f.url).toBe(input.url);
		expect(f.langid).toBe('english');
	});

	it('refuses a release date that is not a day', () => {
		expect(() => chartCitation({ ...input, released: '2027-02' })).toThrow(/YYYY-MM-DD/);
	});

	it('escapes every character BibTeX would read as a command', () => {
		expect(bib('a\\b{c}~d^e#f$g')).toBe('a\\textbackslash{}b\\{c\\}\\~{}d\\^{}e\\#f\\$g');
	});
});

describe('the publication a citation names', () => {
	it('reads the version from data/datapackage.json and its release day from data/CHANGELOG.md', () => {
		const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
		const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
		const pub = publication();
		expect(pub.version).toBe(pkg.version);
		expect(changelog).toContain(`## [${pub.version}] – ${pub.released}`);
		expect(pub.author).toBe(pkg.contributors[0].title);
	});

	it('finds a version heading in the Keep a Changelog forms, and no other version', () => {
		const log = '# Changelog\n\n## [1.10.0] - 2027-01-02\n\n## v1.1.0 — 2026-12-01\n\n## [1.0.0] – 2026-11-25\n';
		expect(releaseDate('1.10.0', log)).toBe('2027-01-02');
		expect(releaseDate('1.1.0', log)).toBe('2026-12-01');
		expect(releaseDate('1.0.0', log)).toBe('2026-11-25');
		expect(releaseDate('1.0', log)).toBeUndefined();
	});
});
