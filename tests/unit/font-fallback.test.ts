/**
 * The fallback face's metrics are computed from the font files (scripts/font-fallback.mjs), not
 * typed in: the committed stylesheet must be what the script computes from static/fonts/ today.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-ignore: a plain script, typed by its JSDoc
import { fontFallbackCss, OUTPUT } from '../../scripts/font-fallback.mjs';

describe('font fallback', () => {
	it.skipIf(!existsSync('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))(
		'src/lib/styles/font-fallback.css is what scripts/font-fallback.mjs computes from the font files',
		async () => {
			expect(readFileSync(OUTPUT, 'utf8')).toBe(await fontFallbackCss());
		}
	);
	it('the page stack puts the matched fallback right after Source Sans 3, which swaps in', () => {
		const css = readFileSync('src/app.css', 'utf8');
		expect(css).toMatch(/--font: 'Source Sans 3', 'Source Sans 3 Fallback',/);
		expect(css.match(/font-display: (\w+)/g)).toEqual(['font-display: swap', 'font-display: swap']);
		for (const prop of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'])
			expect(readFileSync(OUTPUT, 'utf8').match(new RegExp(`${prop}: [\\d.]+%`, 'g'))).toHaveLength(2);
	});
});
