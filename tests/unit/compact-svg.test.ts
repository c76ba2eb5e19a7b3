import { describe, expect, it } from 'vitest';
import { compactSvg } from '$lib/charts/compact-svg';

describe('compactSvg', () => {
	it('rounds geometry to hundredths and leaves text alone', () => {
		const svg = '<g transform="translate(44,297.54735214534213)"><path d="M1.23456,2L3.1,4.98765"/><text x="12.3456">3.001 t</text></g>';
		expect(compactSvg(svg)).toBe('<g transform="translate(44,297.54)"><path d="M1.23,2L3.1,4.98"/><text x="12.34">3.001 t</text></g>');
	});

	it("moves Plot's font-variant=\"tabular-nums\", which SVG's attribute does not allow, into the style attribute", () => {
		const svg = '<g transform="translate(-9,0)" font-variant="tabular-nums" text-anchor="end" aria-label="y-axis tick label"><text y="0.32em">10</text></g>';
		expect(compactSvg(svg)).toBe('<g transform="translate(-9,0)" text-anchor="end" aria-label="y-axis tick label" style="font-variant:tabular-nums"><text y="0.32em">10</text></g>');
	});

	it('adds to a style attribute that is there already, and keeps values SVG allows as attributes', () => {
		expect(compactSvg('<g style="color: red;" font-variant="tabular-nums">')).toBe('<g style="color: red;font-variant:tabular-nums">');
		expect(compactSvg('<text font-variant="small-caps">Abc</text>')).toBe('<text font-variant="small-caps">Abc</text>');
		// Words a reader sees are never rewritten.
		expect(compactSvg('<text>font-variant="tabular-nums"</text>')).toBe('<text>font-variant="tabular-nums"</text>');
	});
});
