import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/charts/svg-elements';
import { formattersFor } from '$lib/i18n';
import { data, draw, expectSteadySize, marks, texts, view } from '../render-helpers';

const rows = () => [...data()['boat-strikes']].sort((a, b) => a.date.localeCompare(b.date));
const publisher = (id: string | null) => data().sources.find((s) => s.id === id)!.publisher;
const en = formattersFor('en');
/** The words of each text of a mark, its wrapped lines joined again as the reader reads them. */
const words = (svg: Element, selector: string) =>
	[...svg.querySelectorAll(`${selector} text`)].map((t) => (t.children.length ? [...t.children].map((l) => l.textContent).join(' ') : (t.textContent ?? '')));
const translate = (el: Element | null) => (el?.getAttribute('transform') ?? '').match(/translate\(([-\d.]+),([-\d.]+)\)/)?.slice(1).map(Number) ?? [0, 0];
/** A marker's centre: a circle's cx/cy, or the translate of a symbol's path. */
const centre = (el: Element) => (el.hasAttribute('cx') ? [Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))] : translate(el));

describe('boat-strikes chart', () => {
	it('draws one marker per running total, hollow where the total is a lower bound', () => {
		const svg = draw('boat-strikes');
		const hollow = marks(svg, 'lower-bound-total');
		expect(marks(svg, 'reported-total').length + hollow.length).toBe(rows().length);
		expect(hollow.length).toBe(rows().filter((r) => r.deaths_bound !== 'exact').length);
		expect(svg.querySelector('g.lower-bound-total')!.getAttribute('fill')).toBe('#ffffff');
		expect(svg.querySelector('g.reported-total')!.getAttribute('fill')).toBe('#b34700');
	});

	it("draws another outlet's count as an × at its own value, apart from the hollow bounds by shape and colour", () => {
		const svg = draw('boat-strikes');
		const disputed = rows().filter((r) => r.other_deaths !== null);
		expect(disputed.length).toBeGreaterThan(0);
		const crosses = marks(svg, 'other-outlet');
		expect(crosses).toHaveLength(disputed.length);
		const dots = [...marks(svg, 'reported-total'), ...marks(svg, 'lower-bound-total')];
		for (const [i, r] of disputed.entries()) {
			const [x, y] = centre(crosses[i]);
			const dot = dots.find((d) => Math.abs(centre(d)[0] - x) < 0.5)!;
			// Same day, lower count: below the line's marker.
			expect(Math.sign(y - centre(dot)[1])).toBe(Math.sign(r.deaths - r.other_deaths!));
		}
		expect(crosses[0].getAttribute('d')).not.toMatch(/A/);
		expect(svg.querySelector('g.other-outlet')!.getAttribute('stroke')).not.toBe(svg.querySelector('g.lower-bound-total')!.getAttribute('stroke'));
		expect(words(svg, 'g.legend-other')).toEqual(["Another outlet's count"]);
		expect(words(svg, 'g.legend-at-least')).toEqual(['At least (a lower bound)']);
	});

	it('says what the outlets counted, from the data, not that they differ "by a few"', () => {
		const notes = view('boat-strikes').text.notes.join(' ');
		for (const r of rows().filter((r) => r.other_deaths !== null)) {
			expect(notes).toContain(`on ${en.date(r.date)} ${publisher(r.source)} counted ${r.deaths} killed and ${publisher(r.other_deaths_source)} ${r.other_deaths}`);
		}
		expect(notes).not.toMatch(/a few/);
	});

	it('labels the latest total as a lower bound', () => {
		const last = rows()[rows().length - 1];
		const sign = { at_least: '≥', more_than: '>' }[last.deaths_bound as 'at_least' | 'more_than'];
		expect(sign, 'the latest total is a lower bound').toBeDefined();
		expect(texts(draw('boat-strikes'))).toContain(`${sign}${last.deaths}`);
		// The text alternative gives the same bound as the label, in words.
		const words = { at_least: 'at least', more_than: 'more than' }[last.deaths_bound as 'at_least' | 'more_than'];
		expect(view('boat-strikes').text.alt).toContain(`to ${words} ${last.deaths} on ${en.date(last.date)}`);
		expect(view('boat-strikes', { state: 'after-meeting' }).text.alt).toContain(`rising to ${words} ${last.deaths}`);
	});

	it("keeps the article's figure and the day two outlets part in full colour where that step compares them", () => {
		const svg = draw('boat-strikes', { state: 'article-figure' });
		const opacity = (el: Element) => Number(el.getAttribute('stroke-opacity') ?? 1);
		const others = [...svg.querySelectorAll('g.other-outlet > *')];
		expect(others.length).toBeGreaterThan(0);
		for (const x of others) expect(opacity(x)).toBe(1);
		// Their own-outlet totals too; the rest of the line recedes.
		const totals = [...svg.querySelectorAll('g.reported-total > *')].map(opacity);
		expect(totals.filter((o) => o === 1).length).toBe(1 + rows().filter((r) => r.other_deaths !== null && r.deaths_bound === 'exact').length);
		expect(totals.some((o) => o < 1)).toBe(true);
		expect(view('boat-strikes', { state: 'article-figure' }).text.alt).toMatch(/article's at least \d+ killed/);
	});

	it("calls out the article's 126 in its state, with the presumed dead it includes", () => {
		const art = rows().find((r) => r.deaths === data()['article-claims'].find((c) => c.id === 'strike-deaths')!.value)!;
		expect(art.presumed_dead).not.toBeNull();
		expect(words(draw('boat-strikes', { state: 'article-figure' }), 'g.article-label')).toEqual([`${art.deaths}, incl. ${art.presumed_dead} presumed dead`]);
		const v = view('boat-strikes', { state: 'article-figure' });
		expect(v.text.notes.join(' ')).toContain(`${art.confirmed_dead} people killed and ${art.presumed_dead} presumed dead`);
		expect(v.text.notes.join(' ')).toMatch(/eastern Pacific/);
		expect(v.text.alt).toContain(`${art.confirmed_dead} killed and ${art.presumed_dead} presumed dead`);
	});

	it('marks the first eastern Pacific strike, Maduro’s capture and the meeting, with labels that do not overlap', () => {
		const t = texts(draw('boat-strikes')).join(' ');
		expect(t).toContain('eastern Pacific');
		expect(t).toContain('Maduro');
		expect(t).toContain('Petro meets Trump');
		for (const lang of ['en', 'es'] as const)
			for (const width of [360, 640]) {
				const svg = draw('boat-strikes', { lang, width });
				const boxes = [...svg.querySelectorAll('g.event-label')].map((g) => {
					const text = g.querySelector('text')!;
					const [[gx, gy], [x, y]] = [translate(g), translate(text)];
					const size = Number(g.getAttribute('font-size'));
					return { x0: gx + x, x1: gx + x + textWidth(text.textContent ?? '', size), y0: gy + y, y1: gy + y + size };
				});
				expect(boxes).toHaveLength(3);
				for (const [i, a] of boxes.entries())
					for (const b of boxes.slice(i + 1)) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${lang} ${width}px`).toBe(true);
			}
	});

	it('draws the after-meeting highlight under the event labels, not over them', () => {
		const svg = draw('boat-strikes', { state: 'after-meeting' });
		const order = [...svg.children];
		const band = order.indexOf(svg.querySelector('g.after-meeting')!);
		expect(band).toBeGreaterThan(-1);
		for (const g of svg.querySelectorAll('g.event-label')) expect(order.indexOf(g)).toBeGreaterThan(band);
	});

	it('writes numbers and dates the Colombian way in Spanish', () => {
		const v = view('boat-strikes', { lang: 'es' });
		expect(v.text.alt).toMatch(/2 de septiembre de 2025/);
		expect(v.table.rows.some((r) => r.date === '26 de enero de 2026')).toBe(true);
	});

	it('fits a phone’s screen and keeps its size from step to step', () => {
		expectSteadySize('boat-strikes');
	});
});
