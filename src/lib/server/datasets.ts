import { asDatasets, type Datasets } from '$lib/data/rows';
import type { DataPackage } from '$lib/data/descriptor';
import { readPackage } from './read-data';

let cached: { pkg: DataPackage; data: Datasets } | undefined;

/** The validated datasets, read once per build. A bad cell throws here and stops the prerender. */
export function datasets(): { pkg: DataPackage; data: Datasets } {
	if (!cached) {
		const { pkg, tables } = readPackage();
		cached = { pkg, data: asDatasets(tables) };
	}
	return cached;
}
