import { describe, expect, it } from 'vitest';
import { formattersFor } from '$lib/i18n';
import { data, draw, marks, texts, view } from '../render-helpers';

const rows = () => data()['coca-cultivation'];
const unodc = () => rows().filter((r) => r.series === 'unodc_simci').sort((a, b) => a.year - b.year);
const us = () => rows().filter((r) => r.series === 'us_government').sort((a, b) => a.year - b.year);
const police = () => rows().filter((r) => r.series === 'police_siima');
const en = formattersFor('en');
const es = formattersFor('es');

/** The points of an SVG path drawn with straight segments ("M1,2L3,4…"). */
const points = (d: string) => [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

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

	it('labels the leaked figure with its value in both languages', () => {
		const leak = unodc().find((r) => r.release === 'leaked')!;
		expect(texts(draw('coca-cultivation'))).toContain(`${en.int(leak.hectares)} ha (leaked)`);
		expect(texts(draw('coca-cultivation', { lang: 'es' }))).toContain(`${es.int(leak.hectares)} ha (filtrada)`);
	});

	it('marks rounded press figures hollow and the years where outlets disagree', () => {
		const svg = draw('coca-cultivation');
		const official = unodc().filter((r) => r.release === 'official' && r.bound === 'exact');
		const rounded = unodc().filter((r) => r.release !== 'leaked' && !(r.release === 'official' && r.bound === 'exact'));
		expect(marks(svg, 'unodc-survey')).toHaveLength(official.length);
		expect(marks(svg, 'unodc-rounded')).toHaveLength(rounded.length);
		expect(marks(svg, 'contested-figure')).toHaveLength(unodc().filter((r) => r.status === 'contested').length);
		expect(svg.querySelector('g.unodc-rounded')!.getAttribute('fill')).toBe('#ffffff');
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
		const usPaths = marks(svg, 'us-line').map((p) => points(p.getAttribute('d')!));
		// Each path holds consecutive years only: a path has as many points as its run of years.
		const years = us().map((r) => r.year);
		const runs: number[][] = [];
		for (const y of years) {
			const run = runs[runs.length - 1];
			if (run && y === run[run.length - 1] + 1) run.push(y);
			else runs.push([y]);
		}
		expect(usPaths.map((p) => p.length).sort()).toEqual(runs.map((r) => r.length).sort());
		// Equal x steps within a path: no path bridges a missing year.
		const step = Math.min(...usPaths.filter((p) => p.length > 1).flatMap((p) => p.slice(1).map((q, i) => q[0] - p[i][0])));
		for (const p of usPaths) for (let i = 1; i < p.length; i++) expect(p[i][0] - p[i - 1][0]).toBeCloseTo(step, 1);
		expect(marks(svg, 'us-estimate')).toHaveLength(us().length);

		const diamonds = marks(svg, 'police-siima');
		expect(diamonds).toHaveLength(police().length);
		expect(diamonds.every((d) => d.getAttribute('d')?.length)).toBe(true);
		const t = texts(svg).join('\n');
		expect(t).toContain('National police, other method');
		for (const r of police()) expect(t).toContain(en.int(r.hectares));
	});

	it('writes the police figures the Colombian way in Spanish', () => {
		const t = texts(draw('coca-cultivation', { state: 'estimates', lang: 'es' })).join('\n');
		for (const r of police()) expect(t).toContain(`${es.int(r.hectares)} ha`);
		expect(t).toContain('Policía Nacional, otro método');
		expect(view('coca-cultivation', { state: 'estimates', lang: 'es' }).text.notes.join(' ')).toMatch(/agosto de 2025/);
	});

	it('says in the notes what is leaked, rounded, disputed and not comparable', () => {
		const all = view('coca-cultivation').text.notes.join(' ');
		expect(all).toMatch(/leak.*El País on 18 November 2025/);
		expect(all).toMatch(/postponed/);
		expect(all).toContain('148,000');
		expect(all).toContain('207,000');
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
		const esRows = view('coca-cultivation', { lang: 'es' }).table.rows;
		expect(esRows.some((r) => r.hectares === es.int(police()[0].hectares) || r.hectares === es.int(police()[1].hectares))).toBe(true);
	});

	it('keeps one aspect ratio at every width', () => {
		const ratio = (w: number) => Number(draw('coca-cultivation', { width: w }).getAttribute('height')) / w;
		expect(ratio(320)).toBeCloseTo(ratio(900), 2);
		expect(ratio(360)).toBeCloseTo(ratio(640), 2);
	});
});
