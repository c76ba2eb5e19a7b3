import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { dark, light, palette } from '$lib/charts/theme';

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const { r, g, b: bl } = rgb(c);
		const ch = [r, g, bl].map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
	};
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
	return (x + 0.05) / (y + 0.05);
}

describe('theme', () => {
	for (const [name, scheme] of Object.entries({ light, dark })) {
		it(`${name}: every colour that draws text or marks reads at 4.5:1 on the background`, () => {
			for (const token of ['ink', 'muted', 'accent', 'compare', 'other', 'caution'] as const) {
				expect(contrast(scheme[token], scheme.background), `${name}.${token}`).toBeGreaterThanOrEqual(4.5);
			}
		});
	}

	it('paints the page with CSS variables and exports with plain colours', () => {
		expect(palette('page').accent).toBe(`var(--c-accent, ${light.accent})`);
		expect(palette('export').accent).toBe(light.accent);
	});
});
