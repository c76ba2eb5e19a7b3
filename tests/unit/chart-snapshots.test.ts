/**
 * Reference drawings, as Plot's own test suite keeps them: every chart × state × width × language is
 * drawn the way an export draws it and compared with a committed SVG file. A change to any drawing
 * shows up as a diff of that file to review (`npx vitest run --project unit -u` rewrites them).
 */
import { describe, expect, it } from 'vitest';
import { charts } from '$lib/charts';
import { compactSvg } from '$lib/charts/compact-svg';
import { langs } from '$lib/i18n';
import { draw } from './render-helpers';

/** A phone column and the chart page's column: the two widths most readers get. */
const WIDTHS = [360, 640];

describe('reference drawings', () => {
	for (const chart of charts) {
		for (const state of chart.states) {
			for (const lang of langs) {
				for (const width of WIDTHS) {
					it(`${chart.id} · ${state} · ${lang} · ${width}px`, async () => {
						const svg = compactSvg(draw(chart.id, { state, lang, width }).outerHTML);
						// One element per line, so a review sees which marks moved rather than one long changed line.
						const pretty = svg.replace(/></g, '>\n<') + '\n';
						await expect(pretty).toMatchFileSnapshot(`./snapshots/${chart.id}/${state}.${lang}.${width}.svg`);
					});
				}
			}
		}
	}
});
