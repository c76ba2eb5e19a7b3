import { describe, expect, it } from 'vitest';
import { loadSnippets } from '$lib/seo/load-snippets';

describe('loadSnippets', () => {
	const url = 'https://example.org/data/boat-strikes.csv';
	const byTool = Object.fromEntries(loadSnippets('boat-strikes', url).map((s) => [s.tool, s.code]));

	it('gives one line each for pandas, readr and DuckDB, reading the published address', () => {
		expect(Object.keys(byTool)).toEqual(['Python (pandas)', 'R (readr)', 'DuckDB']);
		for (const code of Object.values(byTool)) {
			expect(code).not.toContain('\n');
			expect(code).toContain(url);
		}
	});

	it('names the table with a name each language accepts', () => {
		expect(byTool['Python (pandas)']).toMatch(/^import pandas as pd; boat_strikes = pd\.read_csv\(/);
		expect(byTool['R (readr)']).toMatch(/^boat_strikes <- readr::read_csv\(/);
		expect(byTool.DuckDB).toMatch(/^CREATE TABLE boat_strikes AS SELECT \* FROM read_csv\('/);
	});

	it('treats only an empty cell as missing, as the data README says', () => {
		expect(byTool['Python (pandas)']).toContain('keep_default_na=False, na_values=[""]');
		expect(byTool['R (readr)']).toContain('na = ""');
	});
});
