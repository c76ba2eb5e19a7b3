/**
 * The country shapes of the locator map: Natural Earth 1:50m via world-atlas, cut to the region once
 * by scripts/cut-region.mjs (region.json) so that drawing the map loads 70 KB, not the whole world.
 * The file is bundled with the chart code, so the map makes no request. The shapes are drawing
 * material, not data: nothing here is a figure the explainer reports.
 */
import region from './region.json';
import { geoBounds } from 'd3';
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

const countries = region.countries as unknown as CountryFeature[];
const regionCache = new Map<string, CountryFeature[]>();

/** Every country whose bounds reach into a lon/lat box ([[west, south], [east, north]]). */
export function countriesWithin(box: [[number, number], [number, number]]): CountryFeature[] {
	const key = box.flat().join(',');
	const hit = regionCache.get(key);
	if (hit) return hit;
	const [[w, s], [e, n]] = box;
	const found = countries.filter((f) => {
		const [[x0, y0], [x1, y1]] = geoBounds(f);
		// A country straddling the antimeridian reports x0 > x1; none of those is near South America.
		return x0 <= x1 && x1 >= w && x0 <= e && y1 >= s && y0 <= n;
	});
	regionCache.set(key, found);
	return found;
}

/** The land border between Colombia and Venezuela: the arcs the two countries share (cut with topojson's mesh). */
export function colombiaVenezuelaBorder(): MultiLineString {
	return region.border as unknown as MultiLineString;
}
