import { DataError } from './data-error.ts';
import { asList, type DataPackage } from './descriptor.ts';
import { validateTable, type Row } from './validate-table.ts';

export type Tables = Record<string, Row[]>;

/**
 * Validates every resource of a package, then every foreign key across them. `readText` supplies a
 * resource's CSV by its path, so the same code runs on files, fixtures and strings in tests.
 */
export function validatePackage(pkg: DataPackage, readText: (path: string) => string, dir = 'data'): Tables {
	if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) {
		throw new DataError(`${dir}/datapackage.json`, 1, 'resources', null, 'lists no resources');
	}
	const tables: Tables = {};
	for (const resource of pkg.resources) {
		tables[resource.name] = validateTable(resource, readText(resource.path), `${dir}/${resource.path}`);
	}
	for (const resource of pkg.resources) {
		for (const fk of resource.schema.foreignKeys ?? []) {
			const [from] = asList(fk.fields);
			const [to] = asList(fk.reference.fields);
			const target = pkg.resources.find((r) => r.name === fk.reference.resource);
			if (!target) {
				throw new DataError(`${dir}/datapackage.json`, 1, from, fk.reference.resource, `names a resource that the package does not have (foreign key of ${resource.name})`);
			}
			const ids = new Set(tables[target.name].map((r) => r[to]));
			tables[resource.name].forEach((row, i) => {
				const value = row[from];
				if (value !== null && !ids.has(value)) {
					throw new DataError(`${dir}/${resource.path}`, i + 2, from, String(value), `is not an ${to} in ${dir}/${target.path} (foreign key)`);
				}
			});
		}
	}
	return tables;
}
