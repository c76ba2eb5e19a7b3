import { csvFormat } from 'd3-dsv';
import type { Datasets } from '$lib/data/rows';

/**
 * The rows of one or more datasets as one tidy CSV. Columns are the union of the datasets' columns, in
 * first-seen order, after a `dataset` column; a cell a dataset does not have is left empty.
 */
export function tableCsv(rows: Partial<Datasets>): string {
	const records: Record<string, unknown>[] = [];
	const columns: string[] = ['dataset'];
	for (const [dataset, table] of Object.entries(rows)) {
		for (const row of table as unknown as Record<string, unknown>[]) {
			for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
			records.push({ dataset, ...row });
		}
	}
	return csvFormat(
		records.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])]))),
		columns
	) + '\n';
}
