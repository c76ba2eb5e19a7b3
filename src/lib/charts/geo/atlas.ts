/**
 * The country shapes of the locator map, from Natural Earth 1:50m via world-atlas. The TopoJSON is
 * imported as a module, so it is bundled with the chart code: drawing the map makes no request.
 * The shapes are drawing material, not data: nothing here is a figure the explainer reports.
 */
import atlas from 'world-atlas/countries-50m.json';
import { geoBounds } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, Geometry } from 'geojson';

/** ISO 3166-1 numeric codes, as world-atlas ids its countries. */
export const ISO = {
	colombia: '170',
	venezuela: '862',
	ecuador: '218',
	panama: '591',
	peru: '604',
	brazil: '076'
} as const;

export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

let countries: CountryFeature[] | undefined;
const regionCache = new Map<string, CountryFeature[]>();
let border: MultiLineString | undefined;

/** Every country whose bounds reach into a lon/lat box ([[west, south], [east, north]]). */
export function countriesWithin(box: [[number, number], [number, number]]): CountryFeature[] {
	const key = box.flat().join(',');
	const hit = regionCache.get(key);
	if (hit) return hit;
	countries ??= (feature(topology, topology.objects.countries).features as CountryFeature[]).map((f) => ({ ...f, id: String(f.id) }));
	const [[w, s], [e, n]] = box;
	const found = countries.filter((f) => {
		const [[x0, y0], [x1, y1]] = geoBounds(f);
		// A country straddling the antimeridian reports x0 > x1; none of those is near South America.
		return x0 <= x1 && x1 >= w && x0 <= e && y1 >= s && y0 <= n;
	});
	regionCache.set(key, found);
	return found;
}

/** The land border between Colombia and Venezuela: the arcs the two countries share. */
export function colombiaVenezuelaBorder(): MultiLineString {
	const pair = new Set<string>([ISO.colombia, ISO.venezuela]);
	border ??= mesh(topology, topology.objects.countries, (a, b) => a !== b && pair.has(String(a.id)) && pair.has(String(b.id)));
	return border;
}
