/**
 * Not a test: a tool. `PREVIEW=chart-id npx vitest run` writes PNGs of every state of a chart, in both
 * languages, at a phone and a desktop width, to /tmp/preview/, through the real export path.
 */
import { it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { chartById } from '$lib/charts';
import { standaloneSvg } from '$lib/export/standalone-svg';
import { langs } from '$lib/i18n';
import { datasets } from '$lib/server/datasets';
import { svgToPng } from '$lib/server/png';

it('writes previews', () => {
	const ids = (process.env.PREVIEW ?? '').split(',').filter(Boolean);
	mkdirSync('/tmp/preview', { recursive: true });
	for (const id of ids) {
		const def = chartById(id);
		for (const lang of langs)
			for (const state of def.states)
				for (const width of [360, 800]) {
					const { document } = parseHTML('<!doctype html><html><body></body></html>');
					const file = standaloneSvg({ def, data: datasets().data, lang, state, width, document: document as unknown as Document });
					const name = `/tmp/preview/${id}-${state}-${lang}-${width}`;
					writeFileSync(`${name}.svg`, file.svg);
					writeFileSync(`${name}.png`, svgToPng(file.svg, {}, 1));
				}
	}
});
