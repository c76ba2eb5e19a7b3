/** The Spanish edition writes numbers, money and dates the Colombian way, in the charts and in the prose. */
import { describe, expect, it } from 'vitest';
import { datasets } from '$lib/server/datasets';
import { stories } from '$lib/story';
import { renderStory } from '$lib/story/render-story';
import { draw, texts } from './render-helpers';

const svgText = (id: string, state: string) => texts(draw(id, { state, lang: 'es' })).join(' ');
const prose = () => {
	const s = renderStory(stories.es, datasets().data, 'es');
	return [...s.sections.flatMap((x) => [...x.intro, ...x.steps.flatMap((st) => st.paragraphs), ...x.outro]), ...s.methods.paragraphs].join(' ');
};

describe('es-CO formats', () => {
	it('in the charts’ SVG: tonnes, hectares, dollars and a full date', () => {
		expect(svgText('cocaine-production', 'record')).toContain('3.001 t');
		expect(svgText('coca-cultivation', 'all')).toContain('261.000 ha');
		expect(svgText('us-aid', 'claim')).toMatch(/US\$450 millones/);
		expect(svgText('timeline', 'meeting')).toContain('3 de febrero de 2026');
	});

	it('in the prose: the same figures, formatted the same way', () => {
		const text = prose();
		expect(text).toContain('3.001 toneladas');
		expect(text).toContain('261.000 hectáreas');
		expect(text).toMatch(/US\$450 millones/);
		expect(text).toContain('3 de febrero de 2026');
		// And no English-style thousands separator slipped in.
		expect(text).not.toMatch(/\d,\d{3}\b/);
	});
});
