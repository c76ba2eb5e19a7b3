import { describe, expect, it } from 'vitest';
import { compactSvg } from '$lib/charts/compact-svg';

describe('compactSvg', () => {
	it('rounds geometry to hundredths and leaves text alone', () => {
		const svg = '<g transform="translate(44,297.54735214534213)"><path d="M1.23456,2L3.1,4.98765"/><text x="12.3456">3.001 t</text></g>';
		expect(compactSvg(svg)).toBe('<g transform="translate(44,297.54)"><path d="M1.23,2L3.1,4.98"/><text x="12.34">3.001 t</text></g>');
	});
});
