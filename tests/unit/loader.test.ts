import { describe, expect, it } from 'vitest';
import { readPackage } from '$lib/server/read-data';
import { DataError } from '$lib/data/data-error';
import { validateTable } from '$lib/data/validate-table';
import type { Resource } from '$lib/data/descriptor';
import { brokenCases, brokenCopy } from '../broken-data';

describe('the loader rejects every broken cell with file, row, column, value and rule', () => {
	it('has one case per rule it enforces', () => {
		expect(brokenCases.length).toBeGreaterThanOrEqual(18);
	});

	for (const c of brokenCases) {
		it(`${c.rule}: ${c.message}`, () => {
			const dir = brokenCopy(c);
			let error: unknown;
			try {
				readPackage(dir, 'data');
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(DataError);
			expect((error as Error).message).toBe(c.message);
		});
	}

	it('accepts the real data unchanged', () => {
		expect(() => readPackage()).not.toThrow();
	});
});

describe('validateTable', () => {
	const resource: Resource = {
		name: 't',
		path: 't.csv',
		schema: {
			fields: [
				{ name: 'month', type: 'yearmonth', constraints: { required: true } },
				{ name: 'n', type: 'number' }
			],
			missingValues: ['']
		}
	};

	it('returns typed values and null for a missing cell', () => {
		expect(validateTable(resource, 'month,n\n2025-09,1.5\n2025-10,\n', 'data/t.csv')).toEqual([
			{ month: '2025-09', n: 1.5 },
			{ month: '2025-10', n: null }
		]);
	});

	it('never reads a thousands separator or a unit as a number', () => {
		expect(() => validateTable(resource, 'month,n\n2025-09,"3,001"\n', 'data/t.csv')).toThrow(
			'data/t.csv row 2, column n: "3,001" is not a number'
		);
		expect(() => validateTable(resource, 'month,n\n2025-09,12 t\n', 'data/t.csv')).toThrow('"12 t" is not a number');
	});

	it('rejects a month that does not exist', () => {
		expect(() => validateTable(resource, 'month,n\n2025-13,1\n', 'data/t.csv')).toThrow(
			'data/t.csv row 2, column month: "2025-13" is not a year and month (YYYY-MM)'
		);
	});
});
