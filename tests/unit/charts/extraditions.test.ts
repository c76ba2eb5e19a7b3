import { describe, expect, it } from 'vitest';
import { data, draw, marks, texts, view } from '../render-helpers';

const rows = () => data().extraditions;
const annualAll = () => rows().filter((r) => r.period_kind !== 'cumulative' && r.destination === 'all');
const claim = (id: string) => data()['article-claims'].find((c) => c.id === id)!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const centre = (el: Element) => num(el, 'x') + num(el, 'width') / 2;

describe('extraditions chart', () => {
	it('draws one bar per year or half year found, and the half years as partial (dashed, paler) bars', () => {
		const svg = draw('extraditions');
		const full = marks(svg, 'annual-total');
		const partial = marks(svg, 'partial-total');
		expect(full.length).toBe(annualAll().filter((r) => r.period_kind === 'year').length);
		expect(partial.length).toBe(annualAll().filter((r) => r.period_kind === 'half_year').length);
		const g = svg.querySelector('g.partial-total')!;
		expect(g.getAttribute('stroke-dasharray')).toBeTruthy();
		for (const p of partial) expect(Number(p.getAttribute('fill-opacity'))).toBeLessThan(1);
		const t = texts(svg);
		for (const r of annualAll()) expect(t).toContain(String(r.count));
		expect(t.join(' ')).toContain('Jan–Jun only');
	});

	it('leaves the years without data as a labelled gap, never as a zero bar', () => {
		const svg = draw('extraditions', { width: 800 });
		expect(texts(svg)).toContain('No data, 2012–2018');
		// The gap takes a slot of its own: 2011-H1 → 2019 is two steps, 2019 → 2020 is one.
		const ticks = [...svg.querySelectorAll('g.period-tick text')];
		const x = (label: string) => {
			const t = ticks.find((e) => (e.textContent ?? '').startsWith(label))!;
			return Number(/translate\(([\d.]+)/.exec(t.getAttribute('transform')!)![1]);
		};
		const step = x('2020') - x('2019');
		expect(x('2019') - x('2011')).toBeCloseTo(2 * step, 5);
		// No bar stands in the gap slot.
		const bars = [...marks(svg, 'annual-total'), ...marks(svg, 'partial-total')];
		const gapCentre = (x('2011') + x('2019')) / 2;
		expect(bars.some((b) => Math.abs(centre(b) - gapCentre) < step / 2)).toBe(false);
		expect(bars.every((b) => num(b, 'height') > 0)).toBe(true);
	});

	it('shows the part sent to the US inside the half-year bars where the source gives it', () => {
		const us = rows().filter((r) => r.period_kind === 'half_year' && r.destination === 'us');
		const svg = draw('extraditions');
		expect(marks(svg, 'us-part').length).toBe(us.length);
		const labels = marks(svg, 'us-label').map((e) => e.textContent);
		expect(labels).toEqual(us.map((r) => String(r.count)));
	});

	it('draws the three competing totals on their own panel, the unverified ones dashed and tagged', () => {
		const svg = draw('extraditions', { state: 'claims' });
		const t = texts(svg);
		const toUs = claim('extraditions-to-us').value!;
		const approved = claim('extraditions-approved').value!;
		expect(t).toContain(`${toUs} to the US`);
		expect(t).toContain(`of ~${approved} approved`);
		expect(t).toContain('505 to the US');
		expect(t).toContain('of 789 in all');
		expect(t).toContain('400 to the US');
		expect(t).toContain('of 403 US requests');
		expect(t.filter((s) => s === 'Unverified').length).toBe(2);
		expect(marks(svg, 'claim-total-unverified').length).toBe(2);
		expect(marks(svg, 'claim-total').length).toBe(1);
		expect(svg.querySelector('g.claim-total-unverified')!.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(svg.querySelector('g.claim-total')!.getAttribute('stroke-dasharray')).toBeNull();
		// Bars scale with their numbers: the article's ~800 is the longest, Petro's 403 the shortest.
		const widths = [...marks(svg, 'claim-total-unverified'), ...marks(svg, 'claim-total')].map((e) => num(e, 'width')).sort((a, b) => a - b);
		expect(widths[2] / widths[0]).toBeCloseTo(approved / 403, 2);
	});

	it('returns one <svg> whose panels are two separate plots (annual and cumulative never share an axis)', () => {
		const svg = draw('extraditions');
		expect(svg.tagName.toLowerCase()).toBe('svg');
		const panels = [...svg.children].filter((c) => c.tagName.toLowerCase() === 'svg');
		expect(panels.length).toBe(2);
		expect(panels[0].querySelector('g.annual-total')).not.toBeNull();
		expect(panels[0].querySelector('g.claim-total')).toBeNull();
		expect(panels[1].querySelector('g.claim-total')).not.toBeNull();
		expect(panels[1].querySelector('g.annual-total')).toBeNull();
		// The lower panel starts below the upper one.
		expect(num(panels[1], 'y')).toBeGreaterThanOrEqual(num(panels[0], 'y') + num(panels[0], 'height'));
	});

	it('keeps the aspect ratio at every width', () => {
		const ratio = (w: number) => Number(draw('extraditions', { width: w }).getAttribute('height')) / w;
		expect(ratio(320)).toBeCloseTo(ratio(800), 2);
		expect(ratio(360)).toBeCloseTo(ratio(640), 2);
	});

	it('steps back what a state does not highlight', () => {
		const annual = draw('extraditions', { state: 'annual' });
		const claims = draw('extraditions', { state: 'claims' });
		expect(annual.querySelector('g.claim-us')!.getAttribute('fill-opacity')).toBe('0.4');
		// Full strength is Plot's default, written as no attribute at all.
		expect(claims.querySelector('g.claim-us')!.getAttribute('fill-opacity') ?? '1').toBe('1');
		// In 'claims' the years before Petro took office fade; 2010 is one of them.
		expect(marks(claims, 'annual-total')[0].getAttribute('fill-opacity')).toBe('0.3');
		expect(marks(annual, 'annual-total')[0].getAttribute('fill-opacity')).toBe('1');
	});

	it('says in the notes and the alt text what is partial, unverified or missing', () => {
		const v = view('extraditions', { state: 'claims' });
		const notes = v.text.notes.join(' ');
		expect(notes).toMatch(/January to June only/);
		expect(notes).toMatch(/No year-by-year series of extraditions to the US alone/);
		expect(notes).toMatch(/521.*no other source/);
		expect(notes).toMatch(/789.*505/);
		expect(v.text.alt).toMatch(/264 in 2023/);
		expect(v.text.alt).toMatch(/no figures for 2012–2018/);
		expect(v.text.alt).toMatch(/Highlighted: the three totals/);
	});

	it('lists every drawn value in the table, with status and source', () => {
		const v = view('extraditions');
		const selected = rows().filter((r) => r.period_kind !== 'cumulative' || r.period.startsWith('2022-08'));
		expect(v.table.rows.length).toBe(selected.length + 2);
		expect(v.table.rows.find((r) => r.count === 'about 800')!.status).toBe('Unverified');
		expect(v.table.rows.some((r) => r.period === 'January–June 2025' && r.destination === 'United States' && r.count === '94')).toBe(true);
		expect(v.table.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['status', 'source']));
	});

	it('speaks Colombian Spanish with Colombian number and date formats', () => {
		const svg = draw('extraditions', { lang: 'es', state: 'claims' });
		const t = texts(svg);
		expect(t).toContain('de unas 800 aprobadas');
		expect(t).toContain('521 a EE. UU.');
		expect(t.filter((s) => s === 'Sin verificar').length).toBe(2);
		const v = view('extraditions', { lang: 'es' });
		expect(v.text.alt).toMatch(/agosto de 2022 a noviembre de 2025/);
		expect(v.table.rows.some((r) => r.count === 'unas 800')).toBe(true);
	});
});
