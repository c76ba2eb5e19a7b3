import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { legendLayout, legendMarks, legendSvg, type LegendItem } from '$lib/charts/legend';
import { textWidth } from '$lib/charts/svg-elements';

const items: LegendItem[] = [
	{ key: 'unodc', label: 'UN survey (UNODC/SIMCI)', swatch: 'dot', color: '#b34700' },
	{ key: 'us', label: 'US government estimate', swatch: 'line', color: '#0072b2', dash: '4,3' },
	{ key: 'police', label: 'Colombian police (SIIMA)', swatch: 'diamond', color: '#555', fill: '#fff' }
];

describe('the legend every chart shares', () => {
	it('keeps every key inside a phone-width chart, wrapping to a new row', () => {
		const { items: placed, height } = legendLayout(items, { width: 300, fontSize: 13 });
		for (const p of placed) expect(p.x + 16 + textWidth(p.label, 13)).toBeLessThanOrEqual(300);
		expect(new Set(placed.map((p) => p.y)).size).toBeGreaterThan(1);
		expect(height).toBeGreaterThan(13);
	});

	it('puts all keys on one row when the width allows', () => {
		const { items: placed } = legendLayout(items, { width: 900, fontSize: 13 });
		expect(new Set(placed.map((p) => p.y))).toEqual(new Set([0]));
	});

	it('starts a new row where a key asks for one, to set a group apart', () => {
		const { items: placed } = legendLayout([...items, { key: 'span', label: 'Bar: a month', swatch: 'bar', color: '#555', newRow: true }], { width: 900, fontSize: 13 });
		expect(placed.slice(0, 3).map((p) => p.y)).toEqual([0, 0, 0]);
		expect(placed[3]).toMatchObject({ x: 0 });
		expect(placed[3].y).toBeGreaterThan(0);
	});

	it('draws a label per key in a Plot chart and in a hand-drawn one', () => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const svg = Plot.plot({ document: document as unknown as Document, width: 400, height: 200, marks: [...legendMarks(items, { width: 360, fontSize: 13, ink: '#222', top: 0 })] });
		for (const it of items) expect(svg.querySelector(`g.legend-${it.key} text`)?.textContent).toBe(it.label);
		const g = legendSvg(document as unknown as Document, items, { width: 360, fontSize: 13, ink: '#222', x: 0, y: 0 });
		expect([...g.querySelectorAll('text')].map((t) => t.textContent)).toEqual(items.map((i) => i.label));
		// A line's key is a stroke, not a filled marker.
		expect(g.querySelector('g.legend-us path')!.getAttribute('fill')).toBe('none');
	});

	it('centres each label on its marker, and starts where the chart asks', () => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const legend = (left?: number) =>
			Plot.plot({ document: document as unknown as Document, width: 400, height: 200, marginLeft: 40, marks: [...legendMarks(items, { width: 360, fontSize: 13, ink: '#222', top: 10, left })] });
		const shift = (el: Element) => (/translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
		const svg = legend();
		const label = svg.querySelector('g.legend-unodc')!;
		const marker = label.previousElementSibling!;
		// Same row: the label's group and the marker's share a y, and the label's line is centred on it (Plot's 'middle').
		expect(shift(label)[1]).toBe(shift(marker)[1]);
		expect(label.querySelector('text')!.getAttribute('y')).toBe('0.32em');
		// A negative left starts the legend that many px left of the frame, e.g. at the chart's edge.
		expect(shift(legend(-40).querySelector('g.legend-unodc')!)[0]).toBe(shift(label)[0] - 40);
	});

	it('draws a cross key by its stroke alone, and starts the legend where it is told', () => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const cross: LegendItem[] = [{ key: 'other', label: "Another outlet's count", swatch: 'times', color: '#0060a8' }];
		const g = legendSvg(document as unknown as Document, cross, { width: 360, fontSize: 13, ink: '#222', x: 0, y: 0 });
		expect(g.querySelector('g.legend-other path')!.getAttribute('fill')).toBe('none');
		const at = (left?: number) => {
			const svg = Plot.plot({ document: document as unknown as Document, width: 400, height: 200, marginLeft: 40, marks: [...legendMarks(cross, { width: 360, fontSize: 13, ink: '#222', top: 0, left })] });
			return Number(svg.querySelector('g.legend-other')!.getAttribute('transform')!.match(/translate\(([-\d.]+)/)![1]);
		};
		expect(at(-40)).toBeCloseTo(at() - 40, 5);
	});

	it('hangs a label from its marker when asked, and centres it by default', () => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const baseline = (align?: 'top' | 'middle') => {
			const svg = Plot.plot({ document: document as unknown as Document, width: 400, height: 200, marks: [...legendMarks(items, { width: 360, fontSize: 13, ink: '#222', top: 20, align })] });
			return svg.querySelector('g.legend-unodc text')!.getAttribute('y');
		};
		expect(baseline()).toBe('0.32em');
		expect(baseline('top')).toBe('0.71em');
	});
});
