import { datasets } from '$lib/server/datasets';

export function load() {
	const { pkg, data } = datasets();
	return {
		title: pkg.title ?? pkg.name,
		datasets: pkg.resources.map((r) => ({ name: r.name, title: r.title ?? r.name, rows: (data as unknown as Record<string, unknown[]>)[r.name].length }))
	};
}
