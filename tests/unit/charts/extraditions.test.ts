import { describe, expect, it } from 'vitest';
import { chartById } from '$lib/charts';
import { extraditions } from '$lib/charts/extraditions';
import { data, draw, expectSteadySize, marks, texts, view } from '../render-helpers';

const rows = () => data().extraditions;
const annualAll = () => rows().filter((r) => r.period_kind !== 'cumulative' && r.destination === 'all');
const claim = (id: string) => data()['article-claims'].find((c) => c.id === id)!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const centre = (el: Element) => num(el, 'x') + num(el, 'width') / 2;
/** The x of a text Plot placed with transform="translate(x,y)", plus its group's own translation. */
const textX = (el: Element) => {
	const tx = (e: Element | null) => Number(/translate\(([-\d.]+)/.exec(e?.getAttribute('transform') ?? '')?.[1] ?? 0);
	return tx(el) + tx(el.parentElement);
};

describe('extraditions chart', () => {
	it('draws one bar per year or half year found, and the half years as partial (dashed, paler) bars', () => {
		const svg = draw('extraditions');
		const full = marks(svg, 'annual-total');
		const partial = marks(svg, 'partial-total');
		expect(full.length).toBe(annualAll().filter((r) => r.period_kind === 'year').length);
		expect(partial.length).toBe(annualAll().filter((r) => r.period_kind === 'half_year').length);
		expect(svg.querySelector('g.partial-total')!.getAttribute('stroke-dasharray')).toBeTruthy();
		for (const p of partial) expect(Number(p.getAttribute('fill-opacity'))).toBeLessThan(1);
		// Every count is written on its bar.
		expect(marks(svg, 'total-label').map((e) => e.textContent)).toEqual(annualAll().sort((a, b) => a.period.localeCompare(b.period)).map((r) => String(r.count)));
		// At 640 px each half year says so under its bar, too.
		const ticks = marks(svg, 'period-tick').map((e) => e.textContent);
		expect(ticks.filter((s) => s?.includes('Jan–Jun')).length).toBe(partial.length);
	});

	it('keys the bars with the shared legend (full year, Jan–Jun only, to the US)', () => {
		const svg = draw('extraditions', { width: 360 });
		expect(svg.querySelector('g.legend-full text')?.textContent).toBe('Full year');
		expect(svg.querySelector('g.legend-half text')?.textContent).toBe('Jan–Jun only');
		expect(svg.querySelector('g.legend-us text')?.textContent).toBe('To the US');
	});

	it('leaves the years without data as a labelled gap, never as a zero bar', () => {
		const svg = draw('extraditions', { width: 800 });
		expect(marks(svg, 'no-data').map((e) => e.textContent).join(' ')).toContain('No data, 2012–2018');
		// The gap takes a band of its own: 2011-H1 → 2019 is two steps, 2019 → 2020 is one.
		const ticks = marks(svg, 'period-tick');
		const x = (label: string) => textX(ticks.find((e) => (e.textContent ?? '').startsWith(label))!);
		const step = x('2020') - x('2019');
		expect(x('2019') - x('2011')).toBeCloseTo(2 * step, 0);
		// No bar, and no baseline, stands in the gap's band.
		const gapCentre = (x('2011') + x('2019')) / 2;
		const bars = [...marks(svg, 'annual-total'), ...marks(svg, 'partial-total')];
		expect(bars.some((b) => Math.abs(centre(b) - gapCentre) < step / 2)).toBe(false);
		expect(bars.every((b) => num(b, 'height') > 0)).toBe(true);
		const baseline = marks(svg, 'baseline');
		expect(baseline.length).toBe(annualAll().length);
		expect(baseline.some((l) => Math.abs((num(l, 'x1') + num(l, 'x2')) / 2 + textX(l) - gapCentre) < step / 2)).toBe(false);
	});

	it('shades Petro’s term from partway through the year he took office', () => {
		const svg = draw('extraditions', { width: 800 });
		const shade = marks(svg, 'petro-term')[0];
		const ticks = marks(svg, 'period-tick');
		const bar2022 = marks(svg, 'annual-total').find((b) => Math.abs(centre(b) - textX(ticks.find((e) => e.textContent === '2022')!)) < 1)!;
		expect(num(shade, 'x')).toBeGreaterThan(num(bar2022, 'x'));
		expect(num(shade, 'x')).toBeLessThan(num(bar2022, 'x') + num(bar2022, 'width'));
		expect(texts(svg)).toContain('Petro in office from Aug 2022');
	});

	it('shows the part sent to the US inside the half-year bars where the source gives it', () => {
		const us = rows().filter((r) => r.period_kind === 'half_year' && r.destination === 'us');
		const svg = draw('extraditions');
		const inner = marks(svg, 'us-part');
		expect(inner.length).toBe(us.length);
		expect(marks(svg, 'us-label').map((e) => e.textContent)).toEqual(us.map((r) => String(r.count)));
		// Narrower than the bar it sits in, and centred on it.
		for (const [i, p] of marks(svg, 'partial-total').entries()) {
			expect(num(inner[i], 'width')).toBeLessThan(num(p, 'width'));
			expect(centre(inner[i])).toBeCloseTo(centre(p), 0);
		}
	});

	it('draws the three totals on their own panel, the unverified ones dashed and tagged', () => {
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
		expect(marks(svg, 'unverified-tag').map((e) => e.textContent)).toEqual(['Unverified', 'Unverified']);
		expect(marks(svg, 'claim-total-unverified').length).toBe(2);
		expect(marks(svg, 'claim-total').length).toBe(1);
		expect(svg.querySelector('g.claim-total-unverified')!.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(svg.querySelector('g.claim-total')!.getAttribute('stroke-dasharray')).toBeNull();
		// Bars scale with their numbers: the article's ~800 is the longest, Petro's 403 the shortest.
		const widths = [...marks(svg, 'claim-total-unverified'), ...marks(svg, 'claim-total')].map((e) => num(e, 'width')).sort((a, b) => a - b);
		expect(widths[2] / widths[0]).toBeCloseTo(approved / 403, 2);
	});

	it('says in the drawing that the totals have different cut-off dates and count different things', () => {
		const svg = draw('extraditions', { state: 'claims' });
		expect(marks(svg, 'claims-note')[0].textContent).toBe('Different cut-off dates; different things counted');
		expect(marks(svg, 'claim-source').map((e) => e.textContent)).toEqual(['The article (no cut-off date)', 'Justice Ministry, Aug 2022–Nov 2025', 'Petro’s own tally, Sep 2025']);
		// That line has room for one line only: it must not wrap on a phone, in any language.
		for (const lang of ['en', 'es'] as const)
			for (const width of [320, 360]) expect(marks(draw('extraditions', { lang, width }), 'claims-note')[0].querySelectorAll('tspan').length).toBe(0);
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
		// The lower panel starts below the upper one, and both fit in the whole.
		expect(num(panels[1], 'y')).toBeGreaterThanOrEqual(num(panels[0], 'height'));
		expect(num(panels[1], 'y') + num(panels[1], 'height')).toBeLessThanOrEqual(num(svg, 'height'));
	});

	it('fits a phone and a laptop screen with its axis in view', () => {
		const height = (width: number) => num(draw('extraditions', { width }), 'height');
		expect(height(640)).toBeLessThanOrEqual(560);
		expect(height(360)).toBeLessThanOrEqual(600);
		expect(height(1000)).toBeLessThanOrEqual(600);
	});

	it('fits a phone’s screen and keeps its size from step to step', () => {
		expectSteadySize('extraditions');
	});

	it('steps back what a state does not highlight', () => {
		const annual = draw('extraditions', { state: 'annual' });
		const claims = draw('extraditions', { state: 'claims' });
		// The year-by-year step cites the Justice Ministry's running total: it alone of the three stays in full
		// (the bars run article, ministry, Petro, top down).
		expect(marks(annual, 'claim-us').map((b) => b.getAttribute('fill-opacity') ?? '1')).toEqual(['0.4', '1', '0.4']);
		expect(view('extraditions', { state: 'annual' }).text.alt).toMatch(/Justice Ministry’s \d+ to the US .* stays highlighted/);
		// Full strength is Plot's default, written as no attribute at all.
		expect(claims.querySelector('g.claim-us')!.getAttribute('fill-opacity') ?? '1').toBe('1');
		// In 'claims' the years before Petro took office fade; 2010 is one of them.
		expect(marks(claims, 'annual-total')[0].getAttribute('fill-opacity')).toBe('0.3');
		expect(marks(annual, 'annual-total')[0].getAttribute('fill-opacity')).toBe('1');
	});

	it('says in the notes and the alt text what is partial, unverified, missing or not comparable', () => {
		const v = view('extraditions', { state: 'claims' });
		const notes = v.text.notes.join(' ');
		expect(notes).toMatch(/January to June only/);
		expect(notes).toMatch(/No year-by-year series of extraditions to the US alone/);
		expect(notes).toMatch(/521.*no other source/);
		expect(notes).toMatch(/789.*505/);
		expect(notes).toMatch(/different cut-off dates and measure different things/);
		expect(notes).toMatch(/requests approved.*everyone extradited.*up to November 2025.*US requests.*up to September 2025/);
		expect(notes).not.toMatch(/do(es)? not match|matches neither/);
		expect(v.text.alt).toMatch(/264 in 2023/);
		expect(v.text.alt).toMatch(/no figures for 2012–2018/);
		expect(v.text.alt).toMatch(/Highlighted: the three totals, which have different cut-off dates and measure different things/);
	});

	it('exposes the yearly series, its peak, low and last year for the story', () => {
		const def = chartById('extraditions');
		expect(def).toBe(extraditions);
		const m = extraditions.model(extraditions.select(data()));
		const years = rows().filter((r) => r.period_kind === 'year' && r.destination === 'all');
		expect(m.yearly.map((p) => p.count)).toEqual(years.sort((a, b) => a.period.localeCompare(b.period)).map((r) => r.count));
		expect(m.peak.count).toBe(Math.max(...years.map((r) => r.count)));
		expect(m.low.count).toBe(Math.min(...years.map((r) => r.count)));
		expect(m.last.year).toBe(Math.max(...years.map((r) => Number(r.period))));
		// A half year is a partial count: never the peak, the low or the last full year.
		expect([m.peak, m.low, m.last].every((p) => p.kind === 'year')).toBe(true);
	});

	it('lists every drawn value in the table, with status and source', () => {
		const v = view('extraditions');
		const selected = rows().filter((r) => r.period_kind !== 'cumulative' || r.period.startsWith('2022-08'));
		expect(v.table.rows.length).toBe(selected.length + 2);
		expect(v.table.rows.find((r) => r.count === 'about 800')!.status).toBe('unverified');
		expect(v.table.rows.some((r) => r.period === 'January–June 2025' && r.destination === 'United States' && r.count === '94')).toBe(true);
		expect(v.table.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['status', 'source']));
	});

	it('speaks Colombian Spanish with Colombian number and date formats', () => {
		const svg = draw('extraditions', { lang: 'es', state: 'claims' });
		const t = texts(svg);
		expect(t).toContain('de unas 800 aprobadas');
		expect(t).toContain('521 a EE. UU.');
		expect(t).toContain('de 403 pedidos de EE. UU.');
		expect(t.filter((s) => s === 'Sin verificar').length).toBe(2);
		const v = view('extraditions', { lang: 'es' });
		expect(v.text.alt).toMatch(/agosto de 2022 a noviembre de 2025/);
		expect(v.table.rows.find((r) => r.count === 'cerca de 800')!.status).toBe('sin verificar');
	});
});

describe('extraditions chart, compact (the story pinned on a phone)', () => {
	it('keeps every count and running total of the full drawing, no text under 12 px, in less height', () => {
		for (const lang of ['en', 'es'] as const) {
			const [svg, full] = [draw('extraditions', { state: 'annual', lang, width: 354, compact: true }), draw('extraditions', { state: 'annual', lang, width: 354 })];
			// Words may wrap differently (the gap's label, in a shorter band): compared without their spaces.
			const words = (el: Element) => texts(el).map((s) => s.replace(/\s+/g, '')).sort();
			expect(words(svg)).toEqual(words(full));
			// The labels a phone column draws at 11 px otherwise: compact, the box may shrink the drawing a little.
			for (const mark of ['claim-us-label', 'us-label', 'no-data']) expect(Number(svg.querySelector(`g.${mark}`)!.getAttribute('font-size')), mark).toBe(12);
			expect(Number(svg.getAttribute('height'))).toBeLessThan(Number(full.getAttribute('height')) * 0.75);
		}
	});
});
