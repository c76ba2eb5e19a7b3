/** Applies one case of tests/fixtures/broken-data.json to a fresh copy of data/ and returns its folder. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';

export interface BrokenCase {
	rule: string;
	file: string;
	set?: { row: number; column: string; value: string };
	header?: { column: number; value: string };
	append?: { row: number; value: string };
	message: string;
}

export const brokenCases: BrokenCase[] = JSON.parse(readFileSync('tests/fixtures/broken-data.json', 'utf8')).cases;

export function brokenCopy(c: BrokenCase): string {
	const dir = mkdtempSync(join(tmpdir(), 'broken-data-'));
	cpSync('data', dir, { recursive: true });
	const path = join(dir, c.file);
	const rows = csvParseRows(readFileSync(path, 'utf8'));
	if (c.set) {
		const col = rows[0].indexOf(c.set.column);
		if (col < 0) throw new Error(`fixture "${c.rule}": ${c.file} has no column ${c.set.column}`);
		rows[c.set.row - 1][col] = c.set.value;
	}
	if (c.header) rows[0][c.header.column - 1] = c.header.value;
	if (c.append) rows[c.append.row - 1].push(c.append.value);
	// csvFormatRows quotes only where needed; a value with edge spaces stays as written.
	writeFileSync(path, csvFormatRows(rows) + '\n');
	return dir;
}
