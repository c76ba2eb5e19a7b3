import { describe, expect, it } from 'vitest';
import type { CocaineProductionRow } from '$lib/data/rows';
import { changeTo, roundedChange } from '$lib/charts/cocaine-production';
import { formattersFor } from '$lib/i18n';
import { data, draw, expectSteadySize, marks, texts, view } from '../render-helpers';

const rows = () => data()['cocaine-production'];
const unodc = () => rows().filter((r) => r.series === 'unodc');
const us = () => rows().filter((r) => r.series === 'us_government').sort((a, b) => a.year - b.year);
/**
 * The row of each year the line should go through, as the notes tell the reader: a revised figure
 * replaces the year's first one (2017: 1,379 t, revised to 1,058 t); a year never revised keeps its
 * only figure. (The first test checks that this leaves one figure per year.)
 */
const latest = () => {
	const revised = new Set(unodc().filter((r) => r.edition === 'revised').map((r) => r.year));
	return unodc()
		.filter((r) => r.edition === 'revised' || !revised.has(r.year))
		.sort((a, b) => a.year - b.year);
};
const missingYears = () => {
	const years = latest().map((r) => r.year);
	const out: number[] = [];
	for (let y = years[0]; y <= years[years.length - 1]; y++) if (!years.includes(y)) out.push(y);
	return out;
};
const en = formattersFor('en');
const es = formattersFor('es');

/** The points of an SVG path drawn with straight segments ("M1,2L3,4…"). */
const points = (d: string) => [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** A marker's centre: a circle's cx/cy, or the translate of a symbol's path. */
const centre = (el: Element) => (el.hasAttribute('cx') ? [Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))] : (el.getAttribute('transform') ?? '').match(/translate\(([-\d.]+),([-\d.]+)\)/)!.slice(1).map(Number));
const cx = (el: Element) => centre(el)[0];
const cy = (el: Element) => centre(el)[1];
/** The words of each text of a mark, its wrapped lines joined again as the reader reads them. */
const words = (svg: Element, className: string) =>
	[...svg.querySelectorAll(`g.${className} text`)].map((t) => (t.children.length ? [...t.children].map((l) => l.textContent).join(' ') : (t.textContent ?? '')));
const weak = (r: CocaineProductionRow) => data().sources.find((s) => s.id === r.source)!.reliability === 'weak';
/** The x pixel of a year, from the markers of the years the line goes through (one per year, in order). */
const yearX = (svg: Element) => {
	const xs = ['unodc-estimate', 'preliminary-figure', 'unodc-leaked'].flatMap((c) => marks(svg, c)).map(cx).sort((a, b) => a - b);
	const years = latest().map((r) => r.year);
	expect(xs).toHaveLength(years.length);
	const step = (xs[xs.length - 1] - xs[0]) / (years[years.length - 1] - years[0]);
	return (year: number) => xs[0] + (year - years[0]) * step;
};

describe('cocaine-production chart', () => {
	it('leaves the missing years as gaps: no path of the UNODC line spans a missing year', () => {
		expect(new Set(latest().map((r) => r.year)).size, 'a year with two figures and no revision').toBe(latest().length);
		expect(missingYears().length).toBeGreaterThan(0);
		const svg = draw('cocaine-production', { width: 800 });
		const x = yearX(svg);
		const paths = ['unodc-line', 'edition-break', 'leaked-link'].flatMap((c) => marks(svg, c)).map((p) => points(p.getAttribute('d')!));
		expect(paths.length).toBeGreaterThan(missingYears().length);
		const step = x(latest()[1].year) - x(latest()[0].year);
		for (const p of paths) {
			// Within a path, points are one year apart; no segment crosses the place of a missing year.
			for (let i = 1; i < p.length; i++) {
				expect(p[i][0] - p[i - 1][0]).toBeCloseTo(step, 1);
				for (const y of missingYears()) expect(p[i - 1][0] < x(y) && x(y) < p[i][0]).toBe(false);
			}
			for (const y of missingYears()) expect(p.some((q) => Math.abs(q[0] - x(y)) < 0.5)).toBe(false);
		}
		expect(marks(svg, 'no-figure')).toHaveLength(missingYears().length);
		expect(texts(svg).filter((t) => t === 'no figure')).toHaveLength(missingYears().length);
	});

	it('draws the line through the latest edition and each earlier edition as a hollow marker joined by a connector', () => {
		const svg = draw('cocaine-production');
		const earlier = unodc().filter((r) => !latest().includes(r));
		expect(earlier.map((r) => r.tonnes)).toEqual(expect.arrayContaining([1379, 866]));
		const hollow = marks(svg, 'earlier-edition');
		const connectors = marks(svg, 'revision-connector');
		expect(hollow).toHaveLength(earlier.length);
		expect(connectors).toHaveLength(earlier.length);
		expect(svg.querySelector('g.earlier-edition')!.getAttribute('fill')).toBe('#ffffff');
		const x = yearX(svg);
		const linePoints = ['unodc-line', 'edition-break'].flatMap((c) => marks(svg, c)).flatMap((p) => points(p.getAttribute('d')!));
		for (const r of earlier) {
			const now = latest().find((l) => l.year === r.year)!;
			const h = hollow.find((el) => Math.abs(cx(el) - x(r.year)) < 0.5)!;
			expect(h).toBeTruthy();
			const c = connectors.find((el) => Math.abs(Number(el.getAttribute('x1')) - x(r.year)) < 0.5)!;
			const lineY = linePoints.find((q) => Math.abs(q[0] - x(r.year)) < 0.5)![1];
			// The connector joins the hollow marker to the line's point of the same year.
			const ends = [Number(c.getAttribute('y1')), Number(c.getAttribute('y2'))].sort((a, b) => a - b);
			const want = [cy(h), lineY].sort((a, b) => a - b);
			ends.forEach((e, i) => expect(e).toBeCloseTo(want[i], 1));
			// The line sits above the hollow marker when the revision went up, below when it went down.
			expect(Math.sign(lineY - cy(h))).toBe(Math.sign(r.tonnes - now.tonnes));
		}
	});

	it('labels the revisions in their state, in both languages', () => {
		const earlier = unodc().filter((r) => !latest().includes(r));
		const t = texts(draw('cocaine-production', { state: 'revisions' }));
		const tes = texts(draw('cocaine-production', { state: 'revisions', lang: 'es' }));
		for (const r of earlier) {
			const now = latest().find((l) => l.year === r.year)!;
			expect(t).toContain(`${en.int(r.tonnes)} → ${en.int(now.tonnes)} t`);
			expect(tes).toContain(`${es.int(r.tonnes)} → ${es.int(now.tonnes)} t`);
		}
		expect(marks(draw('cocaine-production', { state: 'revisions' }), 'revised-band').length).toBeGreaterThan(0);
		expect(view('cocaine-production', { state: 'revisions' }).text.alt).toContain('1,379');
	});

	it('marks the series break between editions with a dashed step', () => {
		const svg = draw('cocaine-production');
		const brk = svg.querySelector('g.edition-break')!;
		expect(brk.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(marks(svg, 'edition-break').every((p) => points(p.getAttribute('d')!).length === 2)).toBe(true);
	});

	it('calls out the record with the change the source reported, kept in the data', () => {
		const line = latest();
		const last = line[line.length - 1];
		const prev = line.find((r) => r.year === last.year - 1)!;
		const c = changeTo(prev, last);
		expect(c).toEqual({ pct: last.reported_change_pct, digits: 1, reported: true });
		for (const width of [360, 640]) {
			const svg = draw('cocaine-production', { state: 'record', width });
			expect(words(svg, 'leaked-label')).toEqual([`+${en.num(c.pct, c.digits)}% on ${prev.year} ${en.int(last.tonnes)} t, leaked, not yet officially published`]);
			// The year before rests on a weak source, and its label says so.
			expect(weak(prev)).toBe(true);
			expect(words(svg, 'previous-label')).toEqual([`${en.int(prev.tonnes)} t (weak source)`]);
			const svgEs = draw('cocaine-production', { state: 'record', lang: 'es', width });
			expect(words(svgEs, 'leaked-label')).toEqual([`+${es.num(c.pct, c.digits)} % frente a ${prev.year} ${es.int(last.tonnes)} t, filtrada, aún sin publicación oficial`]);
			expect(words(svgEs, 'previous-label')).toEqual([`${es.int(prev.tonnes)} t (fuente débil)`]);
		}
		const v = view('cocaine-production', { state: 'record' }).text;
		expect(v.alt).toContain(en.int(last.tonnes));
		expect(v.notes.join(' ')).toMatch(/leak.*before UNODC had released it/);
	});

	it('gives a change only as precisely as the rounded inputs allow', () => {
		expect(roundedChange(2664, 3001).digits).toBe(0);
		expect(roundedChange(100000, 112600)).toEqual({ pct: expect.closeTo(12.6, 5), digits: 1 });
	});

	it('draws US estimates as their own series, joined only across consecutive years, with a range bar', () => {
		const svg = draw('cocaine-production', { width: 800 });
		const x = yearX(svg);
		const yearOf = (px: number) => Math.round(latest()[0].year + (px - x(latest()[0].year)) / (x(latest()[0].year + 1) - x(latest()[0].year)));
		const paths = marks(svg, 'us-line').map((p) => points(p.getAttribute('d')!).map(([px]) => yearOf(px)));
		// Every US year is drawn once, no other; within a path the years follow one another, so no gap is bridged.
		expect(paths.flat().sort()).toEqual(us().map((r) => r.year));
		for (const p of paths) for (let i = 1; i < p.length; i++) expect(p[i] - p[i - 1]).toBe(1);
		// ...and two estimates a year apart are always joined: as many joins as such pairs in the data.
		const yearApart = us().filter((r, i, all) => i > 0 && r.year - all[i - 1].year === 1).length;
		expect(yearApart).toBeGreaterThan(0);
		expect(paths.reduce((n, p) => n + p.length - 1, 0)).toBe(yearApart);
		expect(paths.length).toBeGreaterThan(1);
		const ranged = us().filter((r) => r.tonnes_high !== null);
		expect(ranged.length).toBe(1);
		const bar = marks(svg, 'us-range');
		expect(bar).toHaveLength(ranged.length);
		expect(Number(bar[0].getAttribute('y1'))).not.toBeCloseTo(Number(bar[0].getAttribute('y2')), 1);
		expect(marks(svg, 'us-estimate')).toHaveLength(us().length - ranged.length);
		expect(svg.querySelector('g.us-line')!.getAttribute('stroke')).not.toBe(svg.querySelector('g.unodc-line')!.getAttribute('stroke'));
	});

	it('marks a preliminary figure and another source\'s figure by shape, apart from the rings of earlier editions', () => {
		const svg = draw('cocaine-production');
		const preliminary = latest().filter((r) => r.edition === 'preliminary');
		const other = latest().filter((r) => r.other_tonnes !== null);
		expect(preliminary.length).toBeGreaterThan(0);
		expect(other.length).toBeGreaterThan(0);
		const squares = marks(svg, 'preliminary-figure');
		const crosses = marks(svg, 'other-figure');
		expect(squares).toHaveLength(preliminary.length);
		expect(crosses).toHaveLength(other.length);
		// Rings are circles; these are paths of other shapes.
		expect(marks(svg, 'earlier-edition').every((el) => el.tagName.toLowerCase() === 'circle')).toBe(true);
		for (const el of [...squares, ...crosses]) expect(el.tagName.toLowerCase()).toBe('path');
		// The × sits at the other source's figure: above the line's marker of that year when it is higher.
		const dots = marks(svg, 'unodc-estimate');
		for (const [i, r] of other.entries()) {
			const dot = dots.find((d) => Math.abs(cx(d) - cx(crosses[i])) < 0.5)!;
			expect(Math.sign(cy(dot) - cy(crosses[i]))).toBe(Math.sign(r.other_tonnes! - r.tonnes));
		}
		expect(words(svg, 'legend-preliminary')).toEqual(['Preliminary estimate']);
		expect(words(svg, 'legend-other')).toEqual(["Another source's figure"]);
	});

	it('says "potential" in the title and does not state the leaked record as plain fact', () => {
		for (const lang of ['en', 'es'] as const) {
			const title = view('cocaine-production', { lang }).text.title;
			expect(title).toMatch(lang === 'en' ? /potential/ : /potencial/);
			expect(title).toMatch(lang === 'en' ? /leaked/i : /filtradas/i);
		}
	});

	it('does not compare the low with the latest year across the restatement without saying so', () => {
		const line = latest();
		const low = line.reduce((a, b) => (b.tonnes < a.tonnes ? b : a));
		// Where the line steps from a first-published figure to a restated one, between the low and the end.
		const i = line.findIndex((r, j) => j > 0 && r.edition === 'revised' && line[j - 1].edition !== 'revised' && r.year === line[j - 1].year + 1);
		expect(line[i - 1].year).toBeGreaterThanOrEqual(low.year);
		for (const state of ['all', 'revisions', 'record']) {
			const alt = view('cocaine-production', { state }).text.alt;
			expect(alt).toContain(`the dashed step from ${line[i - 1].year} to ${line[i].year} joins an original figure to a restated one`);
		}
		expect(view('cocaine-production', { lang: 'es' }).text.alt).toContain(`el tramo punteado de ${line[i - 1].year} a ${line[i].year}`);
	});

	it('says in the notes that editions are mixed, which years are missing and what was revised', () => {
		const notes = view('cocaine-production').text.notes.join(' ');
		for (const y of missingYears()) expect(notes).toContain(String(y));
		expect(notes).toMatch(/mixes report editions/);
		expect(notes).toMatch(/2017 went from 1,379 to 1,058 tonnes/);
		expect(notes).toMatch(/900–921/);
		for (const r of latest().filter(weak)) expect(notes).toContain(String(r.year));
		expect(notes).toMatch(/weak sources/);
		expect(view('cocaine-production', { lang: 'es' }).text.notes.join(' ')).toMatch(/2003 y 2006/);
	});

	it('lists every row in the table, with the range and the edition', () => {
		const tv = view('cocaine-production').table;
		expect(tv.rows).toHaveLength(rows().length);
		expect(tv.rows.some((r) => r.tonnes === '900–921')).toBe(true);
		expect(tv.rows.filter((r) => String(r.drawn).startsWith('Hollow'))).toHaveLength(unodc().length - latest().length);
		expect(view('cocaine-production', { lang: 'es' }).table.rows.some((r) => r.tonnes === '3.001')).toBe(true);
	});

	it('fits a phone’s screen and keeps its size from step to step', () => {
		expectSteadySize('cocaine-production');
	});
});
