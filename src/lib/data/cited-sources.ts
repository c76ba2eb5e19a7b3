import type { Datasets, SourceRow } from './rows';

/** A column holds a source id (a foreign key into sources.csv, which the loader checks) by its name. */
const isSourceColumn = (key: string) => key === 'source' || key.endsWith('_source');

/** Source ids some rows cite, in first-seen order. */
export function citedSourceIds(rows: Partial<Datasets> | Record<string, unknown>[][]): string[] {
	const ids = new Set<string>();
	for (const table of Object.values(rows) as Record<string, unknown>[][]) {
		for (const row of table) {
			for (const [key, v] of Object.entries(row)) if (isSourceColumn(key) && typeof v === 'string' && v) ids.add(v);
		}
	}
	return [...ids];
}

/** The rows of sources.csv for some ids; an id it lacks is an error naming who cites it. */
export function sourcesFor(sources: SourceRow[], ids: string[], citedBy: string): SourceRow[] {
	return ids.map((id) => {
		const s = sources.find((r) => r.id === id);
		if (!s) throw new Error(`${citedBy} cites source "${id}", which data/sources.csv lacks`);
		return s;
	});
}
