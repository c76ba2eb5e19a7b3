/**
 * The package read by tools other than ours: the Frictionless Data libraries for JavaScript validate
 * the descriptor against the official Data Package profile and read every CSV against its own schema.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the Frictionless libraries ship no types
import { Package, validate } from 'datapackage';
import { readFileSync } from 'node:fs';

describe('data/datapackage.json as Frictionless tools read it', () => {
	const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));

	it('validates against the official tabular-data-package profile', async () => {
		const report = await validate(descriptor);
		expect(report.errors ?? []).toEqual([]);
		expect(report.valid).toBe(true);
	});

	it('reads every resource against its Table Schema, with foreign keys, without errors', async () => {
		const pkg = await Package.load('data/datapackage.json', { basePath: 'data', strict: true });
		expect(pkg.errors).toEqual([]);
		for (const name of pkg.resourceNames as string[]) {
			const resource = pkg.getResource(name);
			const rows = await resource.read({ keyed: true, relations: true });
			expect(rows.length, name).toBeGreaterThan(0);
		}
	}, 30_000);
});
