import { describe, expect, it } from 'vitest';
import { data, draw, marks, texts, view } from '../render-helpers';

describe('boat-strikes chart', () => {
	it('draws one marker per running total, hollow where the total is a lower bound', () => {
		const rows = data()['boat-strikes'];
		const svg = draw('boat-strikes');
		const hollow = marks(svg, 'lower-bound-total');
		expect(marks(svg, 'reported-total').length + hollow.length).toBe(rows.length);
		expect(hollow.length).toBe(rows.filter((r) => r.deaths_bound !== 'exact').length);
		expect(svg.querySelector('g.lower-bound-total')!.getAttribute('fill')).toBe('#ffffff');
		expect(svg.querySelector('g.reported-total')!.getAttribute('fill')).toBe('#b34700');
	});

	it('labels the latest total as a lower bound', () => {
		const rows = data()['boat-strikes'];
		const last = rows[rows.length - 1];
		expect(texts(draw('boat-strikes'))).toContain(`≥${last.deaths}`);
	});

	it("calls out the article's 126 in its state and says what that count covers", () => {
		expect(texts(draw('boat-strikes', { state: 'article-figure' }))).toContain('126');
		const v = view('boat-strikes', { state: 'article-figure' });
		expect(v.text.notes.join(' ')).toMatch(/eastern Pacific.*presumed dead/);
		expect(v.text.alt).toContain('126');
	});

	it('marks the first eastern Pacific strike, Maduro’s capture and the meeting', () => {
		const t = texts(draw('boat-strikes')).join(' ');
		expect(t).toContain('eastern Pacific');
		expect(t).toContain('Maduro');
		expect(t).toContain('Petro meets Trump');
	});

	it('writes numbers and dates the Colombian way in Spanish', () => {
		const v = view('boat-strikes', { lang: 'es' });
		expect(v.text.alt).toMatch(/2 de septiembre de 2025/);
		expect(v.table.rows.some((r) => r.date === '26 de enero de 2026')).toBe(true);
	});
});
