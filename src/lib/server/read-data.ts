import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataPackage } from '../data/descriptor.ts';
import { DataError } from '../data/data-error.ts';
import { validatePackage, type Tables } from '../data/validate-package.ts';

/**
 * Reads and validates the package in `dir`: by default the project's data/, or DATA_DIR when set
 * (the end-to-end tests build the site against broken copies of data/ that way).
 */
export function readPackage(
	dir = resolve(process.env.DATA_DIR || 'data'),
	label = dir === resolve('data') ? 'data' : dir
): { pkg: DataPackage; tables: Tables } {
	let pkg: DataPackage;
	const descriptorText = readFileSync(join(dir, 'datapackage.json'), 'utf8');
	try {
		pkg = JSON.parse(descriptorText);
	} catch (e) {
		throw new DataError(`${label}/datapackage.json`, 1, null, null, `is not valid JSON: ${(e as Error).message}`);
	}
	const tables = validatePackage(pkg, (path) => readFileSync(join(dir, path), 'utf8'), label);
	return { pkg, tables };
}
