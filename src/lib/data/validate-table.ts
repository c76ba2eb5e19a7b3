import { csvParseRows } from 'd3-dsv';
import { DataError } from './data-error.ts';
import { asList, type Resource } from './descriptor.ts';
import { castCell, precisionOf, type Cell } from './cast-cell.ts';

export type Row = Record<string, Cell>;

/**
 * Reads one CSV against its Table Schema and returns typed rows. The first broken rule throws a
 * DataError; nothing is dropped or coerced. `file` is the path readers see, e.g. data/x.csv.
 */
export function validateTable(resource: Resource, text: string, file: string): Row[] {
	const { fields } = resource.schema;
	const missing = new Set(resource.schema.missingValues ?? ['']);
	const records = csvParseRows(text.replace(/^\uFEFF/, ''));
	// A trailing newline is normal; a blank line inside the table is not, and is reported below.
	while (records.length && records[records.length - 1].length === 1 && records[records.length - 1][0] === '') records.pop();
	if (records.length === 0) throw new DataError(file, 1, null, null, 'is empty: the header row is missing');

	const header = records[0];
	fields.forEach((field, i) => {
		if (header[i] !== field.name) {
			const got = header[i] ?? '';
			throw new DataError(file, 1, field.name, got, `is in the header where the schema expects field ${i + 1} "${field.name}" (header must equal the schema's fields, in order)`);
		}
	});
	if (header.length > fields.length) {
		throw new DataError(file, 1, header[fields.length], header[fields.length], 'is a header column the schema does not describe');
	}

	const rows: Row[] = [];
	const uniqueSeen = new Map<string, Map<Cell, number>>();
	const keySeen = new Map<string, number>();
	const primaryKey = asList(resource.schema.primaryKey);

	records.slice(1).forEach((cells, i) => {
		const line = i + 2;
		if (cells.length !== fields.length) {
			throw new DataError(file, line, null, null, `has ${cells.length} cells where the header has ${fields.length}`);
		}
		const row: Row = {};
		fields.forEach((field, j) => {
			const raw = cells[j];
			const c = field.constraints ?? {};
			const fail = (rule: string): never => {
				throw new DataError(file, line, field.name, raw, rule);
			};
			if (missing.has(raw)) {
				if (c.required || primaryKey.includes(field.name)) fail('is empty, but the column is required');
				row[field.name] = null;
				return;
			}
			if (raw !== raw.trim()) fail('has spaces at its start or end');
			const cast = castCell(field, raw);
			if ('rule' in cast) return fail(cast.rule);
			const value = cast.value;
			if (c.enum && !c.enum.map(String).includes(raw)) fail(`is not one of the allowed values: ${c.enum.join(', ')}`);
			if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(raw)) fail(`does not match the pattern ${c.pattern}`);
			if (typeof value === 'number') {
				if (c.minimum !== undefined && value < c.minimum) fail(`is below the minimum ${c.minimum}`);
				if (c.maximum !== undefined && value > c.maximum) fail(`is above the maximum ${c.maximum}`);
			}
			if (c.minLength !== undefined && raw.length < c.minLength) fail(`is shorter than ${c.minLength} characters`);
			if (c.maxLength !== undefined && raw.length > c.maxLength) fail(`is longer than ${c.maxLength} characters`);
			if (c.unique) {
				const seen = uniqueSeen.get(field.name) ?? new Map<Cell, number>();
				uniqueSeen.set(field.name, seen);
				const first = seen.get(value);
				if (first !== undefined) fail(`repeats row ${first}, but the column must be unique`);
				seen.set(value, line);
			}
			row[field.name] = value;
		});
		checkPrecision(resource, row, file, line);
		if (primaryKey.length) {
			const key = JSON.stringify(primaryKey.map((k) => row[k]));
			const first = keySeen.get(key);
			if (first !== undefined) {
				const shown = primaryKey.map((k) => String(row[k])).join(', ');
				throw new DataError(file, line, primaryKey.join(', '), shown, `repeats the primary key of row ${first}; (${primaryKey.join(', ')}) must be unique`);
			}
			keySeen.set(key, line);
		}
		rows.push(row);
	});
	return rows;
}

/** A date stored as a month must say "month": the chart draws it as a month, never as a day. */
function checkPrecision(resource: Resource, row: Row, file: string, line: number) {
	for (const field of resource.schema.fields) {
		const by = field['x-precisionField'];
		if (!by) continue;
		const value = row[field.name];
		const precision = row[by];
		if (value === null) continue;
		const form = precisionOf(String(value));
		if (form === null) throw new DataError(file, line, field.name, String(value), 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
		if (precision === null) throw new DataError(file, line, by, '', `is empty, but ${field.name} holds a date and needs its precision`);
		if (form !== precision) {
			throw new DataError(file, line, field.name, String(value), `is written as a ${form}, but column ${by} says "${precision}"`);
		}
	}
}
