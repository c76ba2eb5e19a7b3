// Cuts the locator map's shapes out of world-atlas (Natural Earth 1:50m) once, so the browser never
// loads the whole world: node scripts/cut-region.mjs > src/lib/charts/geo/region.json
// Keeps the countries whose bounds reach the map's frame (and of those, only the parts that do), with
// coordinates rounded to 0.01° (about 1 km) for Colombia, Venezuela and Ecuador and 0.05° for the
// context countries (under two pixels at the map's widest), and the Colombia–Venezuela border mesh.
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { geoBounds } from 'd3-geo';

const FRAME = [[-84, -5], [-58, 13]];
const PAIR = new Set(['170', '862']);
const FOCUS = new Set(['170', '862', '218']);
const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
const [[w, s], [e, n]] = FRAME;
const near = (part) => {
	const [[x0, y0], [x1, y1]] = geoBounds({ type: 'Polygon', coordinates: part });
	return x1 >= w - 2 && x0 <= e + 2 && y1 >= s - 2 && y0 <= n + 2;
};
const geometry = (g, step = 0.01) => {
	const round = (c) => [Math.round(c[0] / step) * step, Math.round(c[1] / step) * step].map((v) => +v.toFixed(2));
	const ring = (r) => r.map(round).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
	const polygon = (p) => p.map(ring).filter((r) => r.length >= 4);
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(g.coordinates) };
	if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.filter(near).map(polygon).filter((p) => p.length) };
	return { type: 'MultiLineString', coordinates: g.coordinates.map(ring) };
};
const countries = feature(topology, topology.objects.countries).features.filter((f) => {
	const [[x0, y0], [x1, y1]] = geoBounds(f);
	return x0 <= x1 && x1 >= w - 2 && x0 <= e + 2 && y1 >= s - 2 && y0 <= n + 2;
});
const border = mesh(topology, topology.objects.countries, (a, b) => a !== b && PAIR.has(String(a.id)) && PAIR.has(String(b.id)));
process.stdout.write(
	JSON.stringify({
		source: 'Natural Earth 1:50m via world-atlas 2.0.2, cut by scripts/cut-region.mjs',
		frame: FRAME,
		countries: countries
			.map((f) => ({ type: 'Feature', id: String(f.id), properties: { name: f.properties.name }, geometry: geometry(f.geometry, FOCUS.has(String(f.id)) ? 0.01 : 0.05) }))
			.filter((f) => f.geometry.coordinates.length),
		border: geometry(border)
	})
);
