import { describe, expect, it } from 'vitest';
import { data, draw, marks, texts, view } from '../render-helpers';

const aid = () => data()['us-aid'];
const cip = () => aid().filter((r) => r.series === 'cip_plan_colombia');
const later = () => aid().filter((r) => r.series === 'later_totals');
const claim = () => data()['article-claims'].find((c) => c.id === 'us-security-aid')!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const centre = (el: Element) => num(el, 'x') + num(el, 'width') / 2;
const ruleX = (svg: Element, cls: string) => num(svg.querySelector(`g.${cls} line`)!, 'x1');

describe('us-aid chart', () => {
	it('stacks military/police and economic/social aid for each CIP year, estimate and request drawn paler and dashed', () => {
		const svg = draw('us-aid');
		const years = new Set(cip().map((r) => r.period));
		const provisional = new Set(cip().filter((r) => r.figure !== 'actual').map((r) => r.period));
		expect(marks(svg, 'aid-military').length + marks(svg, 'aid-military-provisional').length).toBe(years.size);
		expect(marks(svg, 'aid-economic').length + marks(svg, 'aid-economic-provisional').length).toBe(years.size);
		expect(marks(svg, 'aid-military-provisional').length).toBe(provisional.size);
		expect(svg.querySelector('g.aid-military-provisional')!.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(svg.querySelector('g.aid-military')!.getAttribute('stroke-dasharray')).toBeNull();
		expect(Number(svg.querySelector('g.aid-military-provisional')!.getAttribute('fill-opacity'))).toBeLessThan(1);
		const t = texts(svg);
		expect(t).toContain('estimate');
		expect(t).toContain('request');
		// Bar heights follow the rows: the 2000 military bar is the tallest military bar.
		const mil = marks(svg, 'aid-military');
		const tallest = mil.reduce((a, b) => (num(b, 'height') > num(a, 'height') ? b : a));
		const peak = cip().filter((r) => r.account === 'military_police').reduce((a, b) => (b.usd_millions > a.usd_millions ? b : a));
		expect(mil.indexOf(tallest)).toBe(cip().filter((r) => r.account === 'military_police' && r.figure === 'actual').indexOf(peak));
	});

	it('keeps the later totals apart: a labelled break, no line across it, and a different mark', () => {
		const svg = draw('us-aid', { state: 'later', width: 800 });
		expect(texts(svg)).toContain('Different source and accounts');
		const lastBar = [...marks(svg, 'aid-military'), ...marks(svg, 'aid-military-provisional')].map(centre).sort((a, b) => b - a)[0];
		const dots = [...marks(svg, 'later-total'), ...marks(svg, 'later-request')];
		const firstDot = Math.min(...dots.map((d) => num(d, 'cx')));
		const divider = ruleX(svg, 'source-break');
		expect(divider).toBeGreaterThan(lastBar);
		expect(divider).toBeLessThan(firstDot);
		// Lines join consecutive years only (2023–2024, 2024–2025), never 2006→2017 or 2017→2023.
		const links = [...marks(svg, 'later-line'), ...marks(svg, 'later-line-request')];
		const consecutive = later().filter((r, i, a) => i > 0 && Number(r.period) - Number(a[i - 1].period) === 1);
		expect(links.length).toBe(consecutive.length);
		expect(dots.length).toBe(later().length);
		// The request is hollow and joined by a dashed line.
		expect(marks(svg, 'later-request').length).toBe(later().filter((r) => r.figure === 'request').length);
		expect(svg.querySelector('g.later-request')!.getAttribute('fill')).toBe('#ffffff');
		expect(svg.querySelector('g.later-line-request')!.getAttribute('stroke-dasharray')).toBeTruthy();
	});

	it('labels the later totals and the other 2023 totals in circulation in the "later" state', () => {
		const t = texts(draw('us-aid', { state: 'later', width: 800 }));
		expect(t).toContain('~$450m');
		expect(t).toContain('$453.1m');
		expect(t).toContain('$377.5m');
		expect(t).toContain('$413mrequest');
		expect(t.some((s) => s.startsWith('$708m disbursed'))).toBe(true);
		expect(t.some((s) => s.startsWith('$559.6m'))).toBe(true);
		expect(marks(draw('us-aid', { state: 'later' }), 'other-total').length).toBe(2);
	});

	it("draws the article's ~$450m as a reference rule with its correction, and the ~$186m security lines, only in 'claim'", () => {
		const svg = draw('us-aid', { state: 'claim', width: 800 });
		const t = texts(svg).join(' ');
		expect(t).toContain(`Article: ~$${claim().value}m a year in security aid`);
		expect(t).toContain('That is total aid, not security aid');
		expect(t).toContain('Security lines only: ~$186m (2025 request)');
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

	it('says in the notes and the alt text what is an estimate, a request or a different count', () => {
		const v = view('us-aid', { state: 'claim' });
		const notes = v.text.notes.join(' ');
		expect(notes).toMatch(/2005 is an estimate and 2006 a budget request/);
		expect(notes).toMatch(/total aid, not security aid.*\$453\.1m for 2023.*\$377\.5m for 2024/);
		expect(notes).toMatch(/about \$186m/);
		expect(notes).toMatch(/\$559\.6m.*\$708m disbursed/);
		expect(v.text.alt).toMatch(/\$765\.5m and \$214\.3m in 2000|rising to \$765\.5m and \$214\.3m/);
		expect(v.text.alt).toMatch(/Highlighted: the article’s ~\$450m a year/);
		expect(view('us-aid', { state: 'later' }).text.alt).toMatch(/\$708m disbursed/);
	});

	it('keeps the aspect ratio at every width', () => {
		const ratio = (w: number) => Number(draw('us-aid', { width: w }).getAttribute('height')) / w;
		expect(ratio(320)).toBeCloseTo(ratio(800), 2);
		expect(ratio(360)).toBeCloseTo(ratio(640), 2);
	});

	it('writes money the Colombian way in Spanish', () => {
		const v = view('us-aid', { lang: 'es', state: 'claim' });
		expect(v.text.notes.join(' ')).toMatch(/US\$453,1 millones para 2023/);
		expect(v.table.rows.some((r) => r.value === '9.940')).toBe(true);
		const t = texts(draw('us-aid', { lang: 'es', state: 'claim', width: 800 }));
		expect(t).toContain('1.000');
		expect(t.join(' ')).toContain('Artículo: ~US$450 millones al año en seguridad');
		expect(t).toContain('453,1');
	});
});
