/**
 * The one legend of every chart: a row of keys that wraps to the chart's width, drawn inside the SVG
 * so an exported file keeps it. One layout, two renderers: Plot marks for the charts Plot draws, SVG
 * elements for the two drawn by hand (the timeline and the map).
 */
import * as Plot from '@observablehq/plot';
import { symbol as d3symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, type SymbolType } from 'd3';
import { svgEl, textWidth } from './svg-elements';

/**
 * What a key looks like: a marker as the chart draws it, a short stroke for a line, an × for another
 * source's figure, or an upright bar for a mark that spans time (the timeline's).
 */
export type Swatch = 'dot' | 'diamond' | 'square' | 'triangle' | 'cross' | 'star' | 'times' | 'line' | 'bar';

export interface LegendItem {
	key: string;
	label: string;
	swatch: Swatch;
	/** Stroke colour of the marker (and fill unless `fill` is given). */
	color: string;
	/** Fill of the marker: the background colour for a hollow one. */
	fill?: string;
	dash?: string;
	opacity?: number;
	/** Starts a new row, to set a group of keys apart from the ones before it. */
	newRow?: boolean;
}

export interface LegendOptions {
	/** The width the legend may use. */
	width: number;
	fontSize: number;
	ink: string;
}

export interface PlacedItem extends LegendItem {
	x: number;
	y: number;
}

/**
 * A horizontal stroke as a symbol, so a line's key is drawn by the same dot mark as every other key
 * (and a chart can cap a range bar with it, sized in pixels).
 */
export const symbolLine: SymbolType = {
	draw(context, size) {
		const r = Math.sqrt(size) * 1.1;
		context.moveTo(-r, 0);
		context.lineTo(r, 0);
	}
};
// An upright bar about 6 by 14 px at the default size, the key of a bar that spans a stretch of time.
const symbolBar: SymbolType = {
	draw(context, size) {
		const r = Math.sqrt(size / Math.PI);
		context.rect(-r * 0.67, -r * 1.55, r * 1.33, r * 3.1);
	}
};
/** The shape of each swatch: a chart that draws its markers with these matches its legend. */
export const swatchSymbols: Record<Swatch, SymbolType> = {
	dot: symbolCircle,
	diamond: symbolDiamond,
	square: symbolSquare,
	triangle: symbolTriangle,
	cross: symbolCross,
	times: symbolTimes,
	star: symbolStar,
	line: symbolLine,
	bar: symbolBar
};
/** Keys drawn by their stroke alone: a line, and an × (it has no inside to fill). */
const strokeOnly = (s: Swatch) => s === 'line' || s === 'times';
/** A line key's symbol size (d3's area units): a stroke 11 px long, ending before its label. */
const LINE_SIZE = 25;
/** Room for the marker before its label, and between keys, in px. */
const KEY = 16;
const GAP = 14;

/** Where each key goes: left to right, a new row when the next would pass the width. */
export function legendLayout(items: LegendItem[], o: Pick<LegendOptions, 'width' | 'fontSize'>): { items: PlacedItem[]; height: number } {
	const row = Math.round(o.fontSize * 1.5);
	let x = 0;
	let y = 0;
	const placed = items.map((it) => {
		const w = KEY + textWidth(it.label, o.fontSize) + GAP;
		if (x > 0 && (x + w > o.width || it.newRow)) {
			x = 0;
			y += row;
		}
		const p = { ...it, x, y };
		x += w;
		return p;
	});
	return { items: placed, height: items.length ? y + row : 0 };
}

/**
 * The legend as Plot marks, anchored to the frame's top-left corner and `top` px above or below it
 * (negative: in the top margin), `left` px right of it (negative: from inside the left margin, e.g.
 * -marginLeft to start at the chart's edge). Each label is centred on its marker unless `align: 'top'`
 * hangs it from the marker's centre. Each label carries the class legend-KEY for tests.
 */
export function legendMarks(items: LegendItem[], o: LegendOptions & { top: number; left?: number; align?: 'top' | 'middle' }): Plot.Markish[] {
	const { items: placed } = legendLayout(items, o);
	const left = o.left ?? 0;
	return placed.flatMap((d) => [
		Plot.dot([d], {
			frameAnchor: 'top-left',
			dx: left + d.x + 6,
			dy: o.top + d.y,
			symbol: swatchSymbols[d.swatch],
			// A line's key: Plot sizes a symbol by area (πr²), so this is the 11 px stroke legendSvg draws, clear of its label.
			r: d.swatch === 'line' ? Math.sqrt(LINE_SIZE / Math.PI) : 4.5,
			fill: strokeOnly(d.swatch) ? 'none' : (d.fill ?? d.color),
			stroke: d.color,
			strokeWidth: d.swatch === 'line' ? 2.5 : 1.6,
			strokeDasharray: d.dash,
			fillOpacity: d.opacity,
			ariaHidden: 'true'
		}),
		Plot.text([d], {
			className: `legend-${d.key}`,
			frameAnchor: 'top-left',
			dx: left + d.x + KEY,
			dy: o.top + d.y,
			text: 'label',
			textAnchor: 'start',
			lineAnchor: o.align ?? 'middle',
			fill: o.ink,
			fontSize: o.fontSize
		})
	]);
}

/** The same legend as SVG elements in a <g class="legend"> at (x, y), for a chart drawn by hand. */
export function legendSvg(document: Document, items: LegendItem[], o: LegendOptions & { x: number; y: number }): SVGElement {
	const { items: placed } = legendLayout(items, o);
	// Anchored at the start even inside a Plot chart, whose root centres text.
	const g = svgEl(document, 'g', { class: 'legend', transform: `translate(${o.x},${o.y})`, 'font-size': o.fontSize, 'text-anchor': 'start' });
	for (const d of placed) {
		const key = svgEl(document, 'g', { class: `legend-${d.key}`, transform: `translate(${d.x},${d.y})` }, g);
		const size = d.swatch === 'line' ? LINE_SIZE : 64;
		svgEl(document, 'path', {
			d: d3symbol(swatchSymbols[d.swatch], size)() ?? '',
			transform: 'translate(6,0)',
			fill: strokeOnly(d.swatch) ? 'none' : (d.fill ?? d.color),
			stroke: d.color,
			'stroke-width': d.swatch === 'line' ? 2.5 : 1.6,
			'stroke-dasharray': d.dash,
			'fill-opacity': d.opacity
		}, key);
		svgEl(document, 'text', { x: KEY, y: 0, dy: '0.32em', fill: o.ink }, key).textContent = d.label;
	}
	return g;
}
