import type { Field } from './descriptor.ts';

/** A validated cell. Dates stay ISO strings (their precision matters); years become numbers. */
export type Cell = string | number | boolean | null;

/** Casts one non-missing cell, or returns the rule it breaks (worded to follow the quoted value). */
export function castCell(field: Field, raw: string): { value: Cell } | { rule: string } {
	switch (field.type) {
		case 'string':
			return { value: raw };
		case 'integer':
			return /^-?\d+$/.test(raw) ? { value: Number(raw) } : { rule: 'is not an integer' };
		case 'number':
			// Plain decimals only: a thousands separator or a unit in the cell is an error, not a guess.
			return /^-?\d+(\.\d+)?$/.test(raw) ? { value: Number(raw) } : { rule: 'is not a number' };
		case 'boolean': {
			const yes = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
			const no = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
			if (yes.includes(raw)) return { value: true };
			if (no.includes(raw)) return { value: false };
			return { rule: `is not a boolean (${[...yes, ...no].join(', ')})` };
		}
		case 'year':
			return /^\d{4}$/.test(raw) ? { value: Number(raw) } : { rule: 'is not a year (YYYY)' };
		case 'yearmonth':
			return /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? { value: raw } : { rule: 'is not a year and month (YYYY-MM)' };
		case 'date':
			return isCalendarDate(raw) ? { value: raw } : { rule: 'is not a date (YYYY-MM-DD)' };
		default:
			return { rule: `has a type the loader does not know: ${String((field as Field).type)}` };
	}
}

export function isCalendarDate(raw: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export type Precision = 'day' | 'month' | 'year';

/** The precision a date string's form expresses, or null when the form is not a date at all. */
export function precisionOf(raw: string): Precision | null {
	if (/^\d{4}$/.test(raw)) return 'year';
	if (/^\d{4}-(0[1-9]|1[0-2])$/.test(raw)) return 'month';
	if (isCalendarDate(raw)) return 'day';
	return null;
}
