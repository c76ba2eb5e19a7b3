import { describe, expect, it } from 'vitest';
import { data, draw, texts, view } from '../render-helpers';

const rows = () => data().elections;

describe('elections chart', () => {
	it('draws one bar per party or candidate, each labelled with its share as published', () => {
		const svg = draw('elections');
		expect(svg.querySelectorAll('g.vote-share rect').length).toBe(rows().length);
		const t = texts(svg).join(' ');
		// The first round was published to one decimal (43.7), the runoff to two (48.70): never more than the source.
		const first = rows().find((r) => r.contest === 'presidential_first_round')!;
		expect(t).toContain(`${first.vote_share_pct}%`);
		expect(t).not.toContain(`${first.vote_share_pct.toFixed(2)}%`);
	});

	it('draws preliminary counts lighter and says so in the legend and the notes', () => {
		const svg = draw('elections');
		const preliminary = rows().filter((r) => r.count_status === 'preliminary').length;
		const light = [...svg.querySelectorAll('g.vote-share rect')].filter((r) => Number(r.getAttribute('fill-opacity')) < 1);
		expect(light.length).toBe(preliminary);
		expect(texts(svg).join(' ')).toContain('Preliminary count');
		expect(view('elections').text.notes.join(' ')).toMatch(/preliminary/);
	});

	it('heads each vote with its date and the share counted', () => {
		const t = texts(draw('elections')).join(' ');
		const senate = rows().find((r) => r.contest === 'senate')!;
		expect(t).toContain(`Senate, 8 March 2026 · ${senate.counted_pct}% counted`);
	});

	it('gives the runoff lead, with its bound, in the runoff state only', () => {
		const leader = rows().find((r) => r.lead_votes !== null)!;
		expect(texts(draw('elections', { state: 'runoff' })).join(' ')).toContain(`about ${leader.lead_votes!.toLocaleString('en')} votes ahead`);
		expect(texts(draw('elections')).join(' ')).not.toContain('votes ahead');
		expect(view('elections', { state: 'runoff', lang: 'es' }).text.alt).toContain(`cerca de ${leader.lead_votes!.toLocaleString('es-CO')} votos por delante`);
	});

	it('puts in focus the votes each state is about, and fades the others', () => {
		// Bars in data order; a faded bar's outline is drawn at reduced opacity.
		const strength = (state: string) =>
			[...draw('elections', { state }).querySelectorAll('g.vote-share rect')].map((r, i) => ({ contest: rows()[i].contest, full: Number(r.getAttribute('stroke-opacity') ?? 1) === 1 }));
		const focused = (state: string) => [...new Set(strength(state).filter((b) => b.full).map((b) => b.contest))].sort();
		const faded = (state: string) => [...new Set(strength(state).filter((b) => !b.full).map((b) => b.contest))].sort();
		expect(faded('all')).toEqual([]);
		expect(focused('first-votes')).toEqual(['presidential_first_round', 'senate']);
		expect(faded('first-votes')).toEqual(['presidential_runoff']);
		expect(focused('runoff')).toEqual(['presidential_runoff']);
		expect(view('elections', { state: 'first-votes' }).text.alt).toMatch(/Highlighted: the Senate vote and the presidential first round/);
	});
});

describe('elections chart, compact (the story pinned on a phone)', () => {
	it('keeps every word and number of the full drawing in less height', () => {
		for (const lang of ['en', 'es'] as const)
			for (const state of ['first-votes', 'runoff']) {
				const [svg, full] = [draw('elections', { state, lang, width: 354, compact: true }), draw('elections', { state, lang, width: 354 })];
				expect(texts(svg).sort(), state).toEqual(texts(full).sort());
				expect(Number(svg.getAttribute('height')), state).toBeLessThan(Number(full.getAttribute('height')));
			}
	});
});
