import { describe, expect, it } from 'vitest';
import { readPackage } from '$lib/server/read-data';
import { asDatasets, datasetNames } from '$lib/data/rows';

describe('the data package in data/', () => {
	const { pkg, tables } = readPackage();

	it('validates every resource and lists the datasets the explainer needs', () => {
		expect(pkg.resources.map((r) => r.name).sort()).toEqual([...datasetNames].sort());
		for (const name of datasetNames) expect(tables[name].length, name).toBeGreaterThan(0);
		expect(() => asDatasets(tables)).not.toThrow();
	});
});
