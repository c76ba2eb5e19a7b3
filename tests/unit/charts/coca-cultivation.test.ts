import { describe, expect, it } from 'vitest';
import { formattersFor } from '$lib/i18n';
import { data, draw, expectSteadySize, marks, texts, view } from '../render-helpers';

const rows = () => data()['coca-cultivation'];
const unodc = () => rows().filter((r) => r.series === 'unodc_simci').sort((a, b) => a.year - b.year);
const us = () => rows().filter((r) => r.series === 'us_government').sort((a, b) => a.year - b.year);
const police = () => rows().filter((r) => r.series === 'police_siima');
const en = formattersFor('en');
const es = formattersFor('es');

/** The points of an SVG path drawn with straight segments ("M1,2L3,4…"). */
const points = (d: string) => [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** The words of each text of a mark, its wrapped lines joined again as the reader reads them. */
const words = (svg: Element, className: string) =>
	[...svg.querySelectorAll(`g.${className} text`)].map((t) => (t.children.length ? [...t.children].map((l) => l.textContent).join(' ') : (t.textContent ?? '')));
/** Where Plot put an element (a circle's centre, or a translated path or text), plus its group's offset. */
const at = (el: Element) => {
	const xy = (e: Element | null) => (e?.getAttribute('transform') ?? '').match(/translate\(([-\d.]+),([-\d.]+)\)/)?.slice(1).map(Number) ?? [0, 0];
	const [a, b] = [el.hasAttribute('cx') ? [Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))] : xy(el), xy(el.parentElement)];
	return [a[0] + b[0], a[1] + b[1]];
};
const sources = () => data().sources;

describe('coca-cultivation chart', () => {
	it('draws the UN series as a line that stops before the leaked year, then a dashed step to it', () => {
		const svg = draw('coca-cultivation');
		const leaked = unodc().filter((r) => r.release === 'leaked');
		expect(leaked.length).toBeGreaterThan(0);
		const path = marks(svg, 'unodc-line');
		const drawn = path.flatMap((p) => points(p.getAttribute('d')!));
		expect(drawn.length).toBe(unodc().length - leaked.length);
		const link = svg.querySelector('g.leaked-link')!;
		expect(link.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(points(link.querySelector('path')!.getAttribute('d')!)).toHaveLength(2);
		expect(marks(svg, 'unodc-leaked')).toHaveLength(leaked.length);
	});

	it('labels the leaked figure as leaked and not yet officially published, in both languages and at both widths', () => {
		const leak = unodc().find((r) => r.release === 'leaked')!;
		for (const width of [360, 640]) {
			expect(words(draw('coca-cultivation', { width }), 'leaked-label')).toEqual([`${en.int(leak.hectares)} ha, leaked, not yet officially published`]);
			expect(words(draw('coca-cultivation', { width, lang: 'es' }), 'leaked-label')).toEqual([`${es.int(leak.hectares)} ha, filtrada, aún sin publicación oficial`]);
		}
	});

	it('marks rounded press figures hollow, and another outlet\'s figure with an × where it is drawn', () => {
		const svg = draw('coca-cultivation');
		const official = unodc().filter((r) => r.release === 'official' && r.bound === 'exact');
		const rounded = unodc().filter((r) => r.release !== 'leaked' && !(r.release === 'official' && r.bound === 'exact'));
		expect(marks(svg, 'unodc-survey')).toHaveLength(official.length);
		expect(marks(svg, 'unodc-rounded')).toHaveLength(rounded.length);
		expect(svg.querySelector('g.unodc-rounded')!.getAttribute('fill')).toBe('#ffffff');
		// One × per year another outlet reported differently, above the ring when its figure is higher.
		const other = unodc().filter((r) => r.other_hectares !== null);
		expect(other.length).toBeGreaterThan(0);
		const crosses = marks(svg, 'other-figure');
		expect(crosses).toHaveLength(other.length);
		const rings = marks(svg, 'unodc-rounded');
		for (const [i, r] of other.entries()) {
			const ring = rings.find((g) => Math.abs(at(g)[0] - at(crosses[i])[0]) < 0.5)!;
			expect(Math.sign(at(ring)[1] - at(crosses[i])[1])).toBe(Math.sign(r.other_hectares! - r.hectares));
		}
		// A cross, not a ring, and not in the rings' colour: the two keys differ by shape as well as colour.
		expect(crosses[0].getAttribute('d')).not.toMatch(/A/);
		expect(svg.querySelector('g.other-figure')!.getAttribute('stroke')).not.toBe(svg.querySelector('g.unodc-rounded')!.getAttribute('stroke'));
		expect(words(svg, 'legend-other')).toEqual(["Another outlet's figure"]);
		expect(words(svg, 'legend-rounded')).toEqual(['Rounded, from press reports']);
	});

	it('keeps other estimates out of the default view', () => {
		const svg = draw('coca-cultivation');
		expect(svg.querySelector('g.us-line')).toBeNull();
		expect(svg.querySelector('g.police-siima')).toBeNull();
	});

	it('annotates the lowest UN value, found from the data, in the low-and-rise view', () => {
		const low = unodc().reduce((a, b) => (b.hectares < a.hectares ? b : a));
		const last = unodc()[unodc().length - 1];
		const svg = draw('coca-cultivation', { state: 'low-and-rise' });
		expect(texts(svg)).toContain(`Low: ${en.int(low.hectares)} ha in ${low.year}`);
		expect(marks(svg, 'low-band').length).toBeGreaterThan(0);
		expect(marks(svg, 'rise-arrow')).toHaveLength(1);
		const times = en.num(last.hectares / low.hectares, 1);
		expect(texts(svg).join(' ')).toContain(`${times} times the ${low.year} low`);
		expect(view('coca-cultivation', { state: 'low-and-rise' }).text.alt).toContain(en.int(low.hectares));
	});

	it('draws US estimates only across consecutive years, and police figures apart with their own marker', () => {
		const svg = draw('coca-cultivation', { state: 'estimates' });
		// The year under a pixel, read off the UN markers (one per year, every year from the first to the last).
		const xs = ['unodc-survey', 'unodc-rounded', 'unodc-leaked'].flatMap((c) => marks(svg, c)).map((el) => at(el)[0]).sort((a, b) => a - b);
		const [y0, y1] = [unodc()[0].year, unodc()[unodc().length - 1].year];
		const yearOf = (px: number) => Math.round(y0 + ((px - xs[0]) / (xs[xs.length - 1] - xs[0])) * (y1 - y0));
		const usPaths = marks(svg, 'us-line').map((p) => points(p.getAttribute('d')!).map(([px]) => yearOf(px)));
		// Every US year is drawn once, no other; within a path the years follow one another, so no gap is bridged.
		expect(usPaths.flat().sort()).toEqual(us().map((r) => r.year));
		for (const p of usPaths) for (let i = 1; i < p.length; i++) expect(p[i] - p[i - 1]).toBe(1);
		// ...and two estimates a year apart are always joined: as many joins as such pairs in the data.
		const yearApart = us().filter((r, i, all) => i > 0 && r.year - all[i - 1].year === 1).length;
		expect(yearApart).toBeGreaterThan(0);
		expect(usPaths.reduce((n, p) => n + p.length - 1, 0)).toBe(yearApart);
		expect(usPaths.length).toBeGreaterThan(1);
		expect(marks(svg, 'us-estimate')).toHaveLength(us().length);

		const diamonds = marks(svg, 'police-siima');
		expect(diamonds).toHaveLength(police().length);
		expect(diamonds.every((d) => d.getAttribute('d')?.length)).toBe(true);
		const t = texts(svg).join('\n');
		expect(t).toContain('National police, other method');
		for (const r of police()) expect(t).toContain(en.int(r.hectares));
	});

	it('puts the police figures right over their diamonds, not in a far corner', () => {
		for (const width of [360, 640]) {
			const svg = draw('coca-cultivation', { state: 'estimates', width });
			const label = svg.querySelector('g.police-label text')!;
			const [lx, ly] = at(label);
			const latest = marks(svg, 'police-siima').map(at).sort((a, b) => b[0] - a[0])[0];
			// The label block ends at the latest diamond and sits just above it.
			expect(Math.abs(lx - latest[0])).toBeLessThan(12);
			expect(latest[1] - ly).toBeGreaterThan(0);
			expect(latest[1] - ly).toBeLessThan(20);
		}
	});

	it('writes the police figures the Colombian way in Spanish', () => {
		const t = texts(draw('coca-cultivation', { state: 'estimates', lang: 'es' })).join('\n');
		for (const r of police()) expect(t).toContain(`${es.int(r.hectares)} ha`);
		expect(t).toContain('Policía Nacional, otro método');
		expect(view('coca-cultivation', { state: 'estimates', lang: 'es' }).text.notes.join(' ')).toMatch(/agosto de 2025/);
	});

	it('says in the notes what is leaked, rounded, disputed, on a weak source and not comparable', () => {
		const all = view('coca-cultivation').text.notes.join(' ');
		expect(all).toMatch(/leak.*El País on 18 November 2025/);
		expect(all).toMatch(/postponed/);
		// Each other figure with the outlet that gave it, both read from the data.
		for (const r of unodc().filter((r) => r.other_hectares !== null)) {
			const outlet = sources().find((s) => s.id === r.other_hectares_source)!.publisher;
			expect(all).toContain(`${en.int(r.other_hectares!)} (${outlet}) for ${r.year}`);
		}
		const weak = unodc().filter((r) => sources().find((s) => s.id === r.source)!.reliability === 'weak');
		expect(weak.length).toBeGreaterThan(0);
		for (const r of weak) expect(all).toMatch(new RegExp(`${r.year}.*weak source`));
		const est = view('coca-cultivation', { state: 'estimates' }).text;
		expect(est.notes.join(' ')).toMatch(/different method|another way/);
		expect(est.notes.join(' ')).toMatch(/not comparable/);
		for (const r of police()) expect(est.alt).toContain(en.int(r.hectares));
	});

	it('lists every row in the table with units, status and source', () => {
		const tv = view('coca-cultivation').table;
		expect(tv.rows).toHaveLength(rows().length);
		expect(tv.columns.find((c) => c.key === 'hectares')!.label).toMatch(/hectares/);
		const leak = tv.rows.find((r) => r.release === 'Leaked before release')!;
		expect(leak.hectares).toBe(`about ${en.int(unodc().find((r) => r.release === 'leaked')!.hectares)}`);
		expect(tv.rows.every((r) => r.source)).toBe(true);
		expect(tv.rows.filter((r) => String(r.note).includes('weak source'))).toHaveLength(unodc().filter((r) => sources().find((s) => s.id === r.source)!.reliability === 'weak').length);
		const esRows = view('coca-cultivation', { lang: 'es' }).table.rows;
		expect(esRows.some((r) => r.hectares === es.int(police()[0].hectares) || r.hectares === es.int(police()[1].hectares))).toBe(true);
	});

	it('fits a phone’s screen and keeps its size from step to step', () => {
		expectSteadySize('coca-cultivation');
	});
});
