import { describe, expect, it } from 'vitest';
import { light } from '$lib/charts/theme';
import { textWidth } from '$lib/charts/svg-elements';
import { data, draw, expectSteadySize, marks, texts, view } from '../render-helpers';

const aid = () => data()['us-aid'];
const cip = () => aid().filter((r) => r.series === 'cip_plan_colombia');
const later = () => aid().filter((r) => r.series === 'later_totals');
const claim = () => data()['article-claims'].find((c) => c.id === 'us-security-aid')!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr) ?? 0);

/** The translation an element and its ancestors add, as Plot offsets marks on a band scale by half a band. */
function offset(el: Element): [number, number] {
	let [x, y] = [0, 0];
	for (let e: Element | null = el; e && e.localName !== 'svg'; e = e.parentElement) {
		const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '');
		if (m) [x, y] = [x + Number(m[1]), y + Number(m[2])];
	}
	return [x, y];
}
/** Where a mark sits across the chart, in px: a bar's centre, a dot's centre, a vertical line. */
const xOf = (el: Element) => offset(el)[0] + (el.localName === 'rect' ? num(el, 'x') + num(el, 'width') / 2 : el.localName === 'circle' ? num(el, 'cx') : num(el, 'x1'));
/** The words of one labelled mark, its lines joined by spaces. */
const words = (svg: Element, cls: string) => {
	const text = svg.querySelector(`g.${cls} text`)!;
	const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent);
	return (lines.length ? lines : [text.textContent]).join(' ');
};
const bars = (svg: Element) => [...marks(svg, 'aid-bars'), ...marks(svg, 'aid-bars-provisional')];

describe('us-aid chart', () => {
	it('stacks military/police under economic/social aid for each CIP year, the estimate and request paler and dashed', () => {
		const svg = draw('us-aid');
		const years = new Set(cip().map((r) => r.period));
		const rects = bars(svg);
		expect(rects.length).toBe(2 * years.size);
		const military = rects.filter((r) => r.getAttribute('fill') === light.compare);
		const economic = rects.filter((r) => r.getAttribute('fill') === light.other);
		expect(military.length).toBe(years.size);
		expect(economic.length).toBe(years.size);
		// One stack per year: the economic segment starts where the military one ends.
		for (const m of military) {
			const e = economic.find((r) => Math.abs(xOf(r) - xOf(m)) < 0.5)!;
			expect(num(e, 'y') + num(e, 'height')).toBeCloseTo(num(m, 'y'), 1);
		}
		const provisional = new Set(cip().filter((r) => r.figure !== 'actual').map((r) => r.period));
		expect(marks(svg, 'aid-bars-provisional').length).toBe(2 * provisional.size);
		expect(svg.querySelector('g.aid-bars-provisional')!.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(svg.querySelector('g.aid-bars')!.getAttribute('stroke-dasharray')).toBeNull();
		expect(Number(svg.querySelector('g.aid-bars-provisional')!.getAttribute('fill-opacity'))).toBeLessThan(1);
		expect(texts(svg)).toEqual(expect.arrayContaining(['estimate', 'request']));
		// Bar heights follow the rows: the tallest military bar stands at the peak year's place in time.
		const byX = [...military].sort((a, b) => xOf(a) - xOf(b));
		const tallest = byX.reduce((a, b) => (num(b, 'height') > num(a, 'height') ? b : a));
		const mil = cip().filter((r) => r.account === 'military_police').sort((a, b) => a.period.localeCompare(b.period));
		const peak = mil.reduce((a, b) => (b.usd_millions > a.usd_millions ? b : a));
		expect(byX.indexOf(tallest)).toBe(mil.indexOf(peak));
	});

	it('labels the years with the axis, keeps the later totals apart behind a labelled break, and spaces them in time', () => {
		const svg = draw('us-aid', { state: 'later', width: 800 });
		const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks[0]).toBe(cip()[0].period);
		expect(ticks[ticks.length - 1]).toBe(later()[later().length - 1].period);
		expect(texts(svg)).toContain('Different source and accounts');
		const lastBar = Math.max(...bars(svg).map(xOf));
		const dots = [...marks(svg, 'later-total'), ...marks(svg, 'later-request')];
		const divider = xOf(svg.querySelector('g.source-break line')!);
		expect(divider).toBeGreaterThan(lastBar);
		expect(divider).toBeLessThan(Math.min(...dots.map(xOf)));
		// Lines join consecutive years only (2023–2024, 2024–2025), never 2006→2017 or 2017→2023.
		const links = [...marks(svg, 'later-line'), ...marks(svg, 'later-line-request')];
		const consecutive = later().filter((r, i, a) => i > 0 && Number(r.period) - Number(a[i - 1].period) === 1);
		expect(links.length).toBe(consecutive.length);
		expect(dots.length).toBe(later().length);
		// Years without a total keep their place: 2017 to 2023 is six times as wide as 2023 to 2024.
		const drawnOrder = [...later().filter((r) => r.figure === 'actual'), ...later().filter((r) => r.figure !== 'actual')];
		const at = (year: string) => xOf(dots[drawnOrder.findIndex((r) => r.period === year)]);
		expect(at('2023') - at('2017')).toBeCloseTo(6 * (at('2024') - at('2023')), 0);
		// The request is hollow and joined by a dashed line.
		expect(marks(svg, 'later-request').length).toBe(later().filter((r) => r.figure === 'request').length);
		expect(svg.querySelector('g.later-request')!.getAttribute('fill')).toBe(light.background);
		expect(svg.querySelector('g.later-line-request')!.getAttribute('stroke-dasharray')).toBeTruthy();
	});

	it('labels the later totals and the other 2023 totals in circulation in the "later" state, "disbursed" at every width', () => {
		const t = texts(draw('us-aid', { state: 'later', width: 800 }));
		expect(t).toEqual(expect.arrayContaining(['~$450m', '$453.1m', '$377.5m', '$413mrequest']));
		expect(t.some((s) => s.startsWith('$708m disbursed'))).toBe(true);
		expect(t.some((s) => s.startsWith('$559.6m'))).toBe(true);
		expect(words(draw('us-aid', { state: 'later', width: 360 }), 'other-total-label')).toMatch(/\$708m disbursed/);
		expect(marks(draw('us-aid', { state: 'later' }), 'other-total').length).toBe(2);
	});

	it("draws the article's ~$450m as a rule with its hedged correction, and the ~$186m security lines, only in 'claim'", () => {
		const svg = draw('us-aid', { state: 'claim', width: 800 });
		expect(words(svg, 'article-claim-label')).toBe(`Article: ~$${claim().value}m a year in security aid`);
		expect(words(svg, 'article-claim-correction')).toBe('Close to total aid as reported by a secondary site, not security aid');
		expect(words(svg, 'security-label')).toMatch(/^Security lines only: ~\$186m \(2025\srequest\)$/);
		expect(marks(svg, 'security-request').length).toBe(1);
		// The rule sits at the height of the claim: on the 2017 total of about the same value, above 2024's 377.5.
		const ruleY = num(svg.querySelector('g.article-claim line')!, 'y1');
		const dots = marks(svg, 'later-total');
		const y = (v: number) => num(dots[later().filter((r) => r.figure === 'actual').findIndex((r) => r.usd_millions === v)], 'cy');
		expect(ruleY).toBeCloseTo(y(450), 0);
		expect(ruleY).toBeLessThan(y(377.5));
		for (const state of ['plan-colombia', 'later']) {
			const other = draw('us-aid', { state });
			expect(other.querySelector('g.article-claim')).toBeNull();
			expect(other.querySelector('g.security-request')).toBeNull();
		}
	});

	it('keeps Plan Colombia’s peak year in full where the later totals are measured against it', () => {
		const years = [...new Set(cip().map((r) => r.period))].sort();
		const total = (y: string) => cip().filter((r) => r.period === y).reduce((s, r) => s + r.usd_millions, 0);
		const peak = years.reduce((a, b) => (total(b) > total(a) ? b : a));
		// Bars in the order Plot draws them: two per actual year, military first (the stack's order).
		const actualYears = years.filter((y) => cip().filter((r) => r.period === y).every((r) => r.figure === 'actual'));
		const opacities = marks(draw('us-aid', { state: 'later' }), 'aid-bars').map((b) => b.getAttribute('fill-opacity') ?? '1');
		const full = actualYears.filter((_, i) => opacities[2 * i] === '1' && opacities[2 * i + 1] === '1');
		expect(opacities.length).toBe(2 * actualYears.length);
		expect(full).toEqual([peak]);
		expect(view('us-aid', { state: 'later' }).text.alt).toContain(`the bars of ${peak}, the Plan Colombia peak`);
	});

	it('does not state flatly on weak sources that the article’s figure is total aid: the headline and notes hedge it', () => {
		for (const lang of ['en', 'es'] as const) {
			const v = view('us-aid', { lang, state: 'claim' });
			const said = [v.text.title, ...v.text.notes, v.text.alt].join(' ');
			expect(said).not.toMatch(/is all US aid|matches total aid|es toda la ayuda|corresponden a la ayuda total|coinciden con la ayuda total/i);
		}
		expect(view('us-aid').text.title).toMatch(/close to total US aid as reported by a secondary site/);
		expect(view('us-aid', { lang: 'es' }).text.title).toMatch(/se acerca a la ayuda total de EE\. UU\. según un sitio secundario/);
	});

	it('leaves the FY2000 supplemental and the 2000–2016 cumulative off the yearly axis, but lists them in the table', () => {
		for (const state of ['plan-colombia', 'later', 'claim']) {
			const t = texts(draw('us-aid', { state, width: 800 })).join(' ');
			expect(t).not.toMatch(/860|9,940/);
		}
		const v = view('us-aid');
		expect(v.table.rows.length).toBe(aid().length + 1);
		const off = v.table.rows.filter((r) => r.shown === 'Notes only').map((r) => r.value);
		expect(off.sort()).toEqual(['860', '9,940']);
		expect(v.text.notes.join(' ')).toMatch(/\$860m supplemental.*\$9,940m/);
	});

	it('says in the notes and the alt text what is an estimate, a request, a different count or a weak source', () => {
		const v = view('us-aid', { state: 'claim' });
		const notes = v.text.notes.join(' ');
		expect(notes).toMatch(/2005 is an estimate and 2006 a budget request/);
		expect(notes).toMatch(/close to total aid.*secondary site, not security aid.*\$453\.1m for 2023.*\$377\.5m for 2024/);
		expect(notes).toMatch(/about \$186m, on another weak source/);
		expect(notes).toMatch(/\$559\.6m.*\$708m disbursed/);
		expect(v.text.alt).toMatch(/\$765\.5m and \$214\.3m in 2000|rising to \$765\.5m and \$214\.3m/);
		expect(v.text.alt).toMatch(/Highlighted: the article’s ~\$450m a year/);
		expect(view('us-aid', { state: 'later' }).text.alt).toMatch(/\$708m disbursed/);
	});

	it('keeps every label inside the drawing, at a phone’s width and the page’s, in both languages', () => {
		for (const lang of ['en', 'es'] as const)
			for (const width of [360, 640])
				for (const state of ['plan-colombia', 'later', 'claim']) {
					const svg = draw('us-aid', { state, lang, width });
					for (const text of svg.querySelectorAll('text')) {
						const lines = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
						const size = Number(text.closest('[font-size]')?.getAttribute('font-size') ?? 13);
						const anchor = text.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
						const x = offset(text)[0];
						for (const line of lines) {
							const w = textWidth(line.textContent ?? '', size);
							const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
							expect(left, `${lang} ${width} ${state}: "${line.textContent}"`).toBeGreaterThanOrEqual(-1);
							expect(left + w, `${lang} ${width} ${state}: "${line.textContent}"`).toBeLessThanOrEqual(width + 1);
						}
					}
				}
	});

	it('fits a phone’s screen and keeps its size from step to step', () => {
		expectSteadySize('us-aid');
	});

	it('writes money the Colombian way in Spanish', () => {
		const v = view('us-aid', { lang: 'es', state: 'claim' });
		expect(v.text.notes.join(' ')).toMatch(/US\$453,1 millones para 2023/);
		expect(v.table.rows.some((r) => r.value === '9.940')).toBe(true);
		// Statuses and bounds in the shared vocabulary, as in every other chart's table.
		const article = v.table.rows[v.table.rows.length - 1];
		expect([article.status, article.value]).toEqual(['precisado', 'cerca de 450']);
		const svg = draw('us-aid', { lang: 'es', state: 'claim', width: 800 });
		expect(texts(svg)).toEqual(expect.arrayContaining(['1.000', '453,1']));
		expect(words(svg, 'article-claim-label')).toBe('Artículo: ~US$450 millones al año en seguridad');
	});
});
