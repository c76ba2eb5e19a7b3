import { describe, expect, it } from 'vitest';
import { data, draw, view } from '../render-helpers';

const claims = () => data()['article-claims'];
const squares = (svg: Element) => [...svg.querySelectorAll('g.claim rect')];
/** The words of the listed claims, wrapped lines joined by spaces. */
const listed = (svg: Element) => [...svg.querySelectorAll('g.claim-label text')].map((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : t.textContent)).join(' ');

describe('fact-check scorecard', () => {
	it('draws one square per claim of the article, and each status row counts its claims', () => {
		const svg = draw('fact-check');
		expect(squares(svg).length).toBe(claims().length);
		const counts = [...svg.querySelectorAll('g.status-count text')].map((t) => Number(t.textContent));
		for (const status of ['confirmed', 'refined', 'contested', 'unverified', 'contradicted'] as const) {
			expect(counts).toContain(claims().filter((c) => c.status === status).length);
		}
	});

	it('in a group state lists that group’s claims and dims the others', () => {
		const svg = draw('fact-check', { state: 'questioned' });
		const questioned = claims().filter((c) => ['contested', 'unverified', 'contradicted'].includes(c.status));
		expect([...svg.querySelectorAll('g.claim-label text')].length).toBe(questioned.length);
		const dimmed = squares(svg).filter((r) => r.getAttribute('fill-opacity') === '0.25');
		expect(dimmed.length).toBe(claims().length - questioned.length);
	});

	it('puts the article’s figure beside the checked one where they differ', () => {
		const gap = claims().find((c) => c.id === 'decertification-gap')!;
		const t = listed(draw('fact-check', { state: gap.status === 'refined' ? 'refined' : 'questioned' }));
		expect(t).toContain(`article: about ${gap.value} years`);
		expect(t).toContain(`checked: ${gap.checked_value} years`);
	});

	it('speaks Spanish from the translations table, not English', () => {
		const svg = draw('fact-check', { state: 'questioned', lang: 'es' });
		const t = listed(svg);
		const es = data()['article-claims-translations'];
		const contradicted = claims().find((c) => c.status === 'contradicted')!;
		expect(t).toContain(es.find((r) => r.id === contradicted.id && r.lang === 'es')!.claim.split(' ').slice(0, 4).join(' '));
		expect(t).not.toContain(contradicted.claim.split(' ').slice(0, 4).join(' '));
	});

	it('says in its notes which findings no claim received, and tallies every status in its alt text', () => {
		const v = view('fact-check');
		const empty = ['confirmed', 'refined', 'contested', 'unverified', 'contradicted'].filter((s) => !claims().some((c) => c.status === s));
		for (const s of empty) expect(v.text.notes.join(' ')).toContain(s);
		expect(v.text.alt).toContain(String(claims().length));
		expect(v.table.rows.length).toBe(claims().length);
	});
});
