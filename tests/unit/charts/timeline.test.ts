import { describe, expect, it } from 'vitest';
import { light } from '$lib/charts/theme';
import { timeline } from '$lib/charts/timeline';
import { dictionaries } from '$lib/i18n';
import { data, draw, texts, view } from '../render-helpers';

const rows = () => data().timeline;
const byId = (id: string) => rows().find((r) => r.id === id)!;

/** The words of one event's label, lines joined by spaces. */
function label(svg: Element, id: string): string {
	const g = svg.querySelector(`g.event-label > g[data-id="${id}"]`);
	if (!g) throw new Error(`No label for event ${id}`);
	return [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' ').trim();
}

/** The y of the rule that opens a band of the axis ("2026-01" for January 2026, "1997" for a year). */
function bandY(svg: Element, start: string): number {
	const rule = svg.querySelector(`g.band-rule line[data-id="${start}"]`);
	if (!rule) throw new Error(`No band starting ${start}`);
	return Number(rule.getAttribute('y1'));
}

const translate = (el: Element) => /translate\(([^,]+),([^)]+)\)/.exec(el.getAttribute('transform') ?? '')!.slice(1).map(Number);
const translateY = (el: Element) => translate(el)[1];

/** A symbol's outline with its size taken out: the same shape drawn at two sizes gives the same list. */
function shape(d: string): string {
	const commands = [...d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)].map(([, c, args]) => ({ c, args: args.split(',').filter(Boolean).map(Number) }));
	// An arc's rotation and flags are not lengths.
	const isLength = (c: string, i: number) => c !== 'A' || i < 2 || i > 4;
	const max = Math.max(...commands.flatMap(({ c, args }) => args.filter((_, i) => isLength(c, i)).map(Math.abs)));
	return commands.map(({ c, args }) => c + args.map((v, i) => (isLength(c, i) ? (v / max).toFixed(2) : v)).join(',')).join('');
}

describe('timeline chart', () => {
	it('draws every event once, with its words and, in Spanish, the Spanish words', () => {
		for (const lang of ['en', 'es'] as const) {
			const svg = draw('timeline', { lang });
			const ids = [...svg.querySelectorAll('g.event-label > g[data-id]')].map((g) => g.getAttribute('data-id'));
			expect(ids.sort()).toEqual(rows().map((r) => r.id).sort());
			for (const r of rows()) expect(label(svg, r.id)).toContain(lang === 'en' ? r.event : data()['timeline-translations'].find((t) => t.id === r.id && t.lang === lang)!.event);
		}
	});

	it('draws the visa known only to the month as a bar spanning that month, labelled with the month', () => {
		const visa = rows().find((r) => r.precision === 'month')!;
		expect(visa.date).toBe('2026-01');
		for (const lang of ['en', 'es'] as const) {
			const svg = draw('timeline', { lang, width: 360 });
			const bar = svg.querySelector(`g.event-span rect[data-id="${visa.id}"]`)!;
			expect(bar).not.toBeNull();
			expect(svg.querySelector(`g.event-day [data-id="${visa.id}"]`)).toBeNull();
			const top = Number(bar.getAttribute('y'));
			const bottom = top + Number(bar.getAttribute('height'));
			// The bar runs from the first to the last day of January on the axis (inset by a pixel each end).
			expect(Math.abs(top - bandY(svg, '2026-01'))).toBeLessThanOrEqual(2);
			expect(Math.abs(bottom - bandY(svg, '2026-02'))).toBeLessThanOrEqual(2);
			const words = label(svg, visa.id);
			if (lang === 'en') {
				expect(words).toMatch(/^January 2026/);
				expect(words).not.toMatch(/\d+ January 2026/);
				expect(words).toContain('exact day unknown');
			} else {
				expect(words).toMatch(/^Enero de 2026/);
				expect(words).not.toMatch(/\d+ de enero de 2026/);
			}
		}
	});

	it('draws a year as a year-long bar and a two-day exchange as a two-day bar', () => {
		const svg = draw('timeline');
		const year = svg.querySelector('g.event-span rect[data-id="decertification-1997"]')!;
		const y = Number(year.getAttribute('y'));
		expect(Math.abs(y - bandY(svg, '1997'))).toBeLessThanOrEqual(2);
		expect(Math.abs(y + Number(year.getAttribute('height')) - bandY(svg, '1998'))).toBeLessThanOrEqual(2);
		expect(label(svg, 'decertification-1997')).toMatch(/^1997 /);

		const raid = byId('raid-remarks');
		expect(raid.end_date).toBe('2026-01-05');
		const perDay = (bandY(svg, '2026-02') - bandY(svg, '2026-01')) / 31;
		const bar = svg.querySelector('g.event-span rect[data-id="raid-remarks"]')!;
		expect(Number(bar.getAttribute('height'))).toBeCloseTo(2 * perDay - 2, 0);
		expect(label(svg, 'raid-remarks')).toMatch(/^4–5 January 2026/);
		expect(label(draw('timeline', { lang: 'es' }), 'raid-remarks')).toMatch(/^Del 4 al 5 de enero de 2026/);
	});

	it('marks a day with its category symbol, at its date within the month', () => {
		const svg = draw('timeline');
		const days = rows().filter((r) => r.precision === 'day' && !r.end_date);
		expect(svg.querySelectorAll('g.event-day path').length).toBe(days.length);
		const meeting = svg.querySelector('g.event-day path[data-id="white-house-meeting"]')!;
		const feb = bandY(svg, '2026-02');
		const mar = bandY(svg, '2026-03');
		// 3 February: two days into the February band.
		expect(translateY(meeting)).toBeCloseTo(feb + ((mar - feb) * 2) / 28, 0);
		expect(label(svg, 'white-house-meeting')).toMatch(/^3 February 2026 · Diplomacy/);
	});

	it('has a legend of the six categories, each with the colour and shape of its marks', () => {
		const svg = draw('timeline');
		const categories = ['diplomacy', 'sanctions', 'military', 'drugs', 'justice', 'elections'];
		const legend = categories.map((c) => svg.querySelector(`g.legend g.legend-${c}`)!);
		expect(legend.map((g) => g.querySelector('text')!.textContent)).toEqual(['Diplomacy', 'Sanctions', 'Military', 'Drug policy', 'Justice', 'Elections']);
		const fills = legend.map((g) => g.querySelector('path')!.getAttribute('fill'));
		expect(new Set(fills).size).toBe(6);
		const shapes = legend.map((g) => shape(g.querySelector('path')!.getAttribute('d')!));
		expect(new Set(shapes).size).toBe(6);
		// Every day's symbol has its category's colour and shape in the legend (hollow ones keep the colour as their outline).
		for (const r of rows().filter((r) => r.precision === 'day' && !r.end_date)) {
			const mark = svg.querySelector(`g.event-day path[data-id="${r.id}"]`)!;
			const k = categories.indexOf(r.category);
			expect(mark.getAttribute('stroke'), r.id).toBe(fills[k]);
			expect(shape(mark.getAttribute('d')!), r.id).toBe(shapes[k]);
		}
		expect(fills[2]).toBe(light.accent);
		// And the category is also written beside the date.
		expect(label(svg, 'first-boat-strike')).toContain('· Military');
		expect(texts(svg)).toContain('Bar: a month, a year or several days');
	});

	it('joins each mark to the head line of its words', () => {
		for (const width of [360, 640]) {
			const svg = draw('timeline', { width });
			for (const r of rows()) {
				const line = svg.querySelector(`g.connector path[data-id="${r.id}"]`)!;
				const [x0, y0, ...rest] = (line.getAttribute('d')!.match(/-?[\d.]+/g) ?? []).map(Number);
				const [x1, y1] = rest.slice(-2);
				const [labelX, labelTop] = translate(svg.querySelector(`g.event-label > g[data-id="${r.id}"]`)!);
				expect(x1).toBeLessThan(labelX);
				expect(labelX - x1).toBeLessThan(8);
				expect(y1 - labelTop, r.id).toBeGreaterThan(0);
				expect(y1 - labelTop, r.id).toBeLessThan(15);
				const day = svg.querySelector(`g.event-day path[data-id="${r.id}"]`);
				if (day) {
					const [mx, my] = translate(day);
					expect(x0 - mx).toBeCloseTo(5.5, 0);
					expect(y0).toBeCloseTo(my, 1);
				} else {
					const bar = svg.querySelector(`g.event-span rect[data-id="${r.id}"]`)!;
					const top = Number(bar.getAttribute('y'));
					expect(y0).toBeGreaterThan(top);
					expect(y0).toBeLessThan(top + Number(bar.getAttribute('height')));
				}
			}
		}
	});

	it('draws the events the fact-check corrects as hollow marks, and says why in the notes', () => {
		const svg = draw('timeline');
		for (const r of rows()) {
			const mark = svg.querySelector(`g.event-day [data-id="${r.id}"], g.event-span [data-id="${r.id}"]`)!;
			if (r.status === 'refined') expect(mark.getAttribute('fill')).toBe(light.background);
			else expect(mark.getAttribute('fill')).not.toBe(light.background);
		}
		const notes = view('timeline').text.notes.join(' ');
		expect(notes).toContain('first since 1997');
		// The department is Trump's: the note says who announced the step, without setting one against the other.
		expect(notes).toMatch(/State Department announcement/);
		expect(notes).not.toMatch(/not Trump/);
		// Hollow marks only where the article reports the event.
		for (const r of rows().filter((r) => r.status === 'refined')) expect(r.in_article, r.id).toBe(true);
		expect(notes).toMatch(/January 2026.*whole month/);
	});

	it('puts the older context on its own broken axis, and keeps empty months as visible gaps', () => {
		const svg = draw('timeline');
		const headings = [...svg.querySelectorAll('g.panel-heading text')].map((t) => t.textContent);
		expect(headings).toEqual(['BEFORE 2025', 'SEPTEMBER 2025 TO AUGUST 2026']);
		// Breaks between 1997 and 2000 and between 2000 and 2022, each drawn between the two years' rules.
		const breaks = [...svg.querySelectorAll('g.axis-break path')].map(translateY);
		expect(breaks.length).toBe(2);
		expect(breaks[0]).toBeGreaterThan(bandY(svg, '1998'));
		expect(breaks[0]).toBeLessThan(bandY(svg, '2000'));
		expect(breaks[1]).toBeGreaterThan(bandY(svg, '2001'));
		expect(breaks[1]).toBeLessThan(bandY(svg, '2022'));
		const months = [...svg.querySelectorAll('g.band-rule line')].map((l) => l.getAttribute('data-id')!).filter((s) => s.length === 7);
		expect(months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
		// December 2025 and April 2026 have no event: thin, but there.
		const dec = bandY(svg, '2026-01') - bandY(svg, '2025-12');
		const jan = bandY(svg, '2026-02') - bandY(svg, '2026-01');
		expect(dec).toBeGreaterThan(0);
		expect(dec).toBeLessThan(jan / 10);
	});

	it('keeps labels apart and inside the chart on a phone', () => {
		for (const lang of ['en', 'es'] as const) {
			const width = 320;
			const svg = draw('timeline', { lang, width });
			const blocks = [...svg.querySelectorAll('g.event-label > g[data-id]')].map((g) => {
				const top = translateY(g);
				const baselines: number[] = [];
				for (const text of g.querySelectorAll('text')) {
					let y = top + Number(text.getAttribute('y'));
					text.querySelectorAll('tspan').forEach((t, i) => {
						if (i > 0 && t.getAttribute('dy')) y += Number(t.getAttribute('dy'));
						if (i === 0 || t.getAttribute('dy')) baselines.push(y);
					});
				}
				const x = Number(/translate\(([^,]+),/.exec(g.getAttribute('transform')!)![1]);
				const longest = Math.max(...[...g.querySelectorAll('text')].map((t) => (t.textContent ?? '').length / Math.max(1, t.querySelectorAll('tspan[dy]').length + 1)));
				return { first: Math.min(...baselines), last: Math.max(...baselines), x, longest };
			});
			blocks.sort((a, b) => a.first - b.first);
			for (let i = 1; i < blocks.length; i++) expect(blocks[i].first - blocks[i - 1].last).toBeGreaterThanOrEqual(14);
			for (const b of blocks) expect(b.x).toBeLessThan(width / 2);
			// Band names end left of the axis and do not start left of the chart.
			const tickGroup = svg.querySelector('g.tick')!;
			const ticks = [...tickGroup.querySelectorAll('text')];
			expect(ticks.map((t) => t.textContent)).toContain(lang === 'en' ? 'Jan 2026' : 'ene 2026');
			for (const t of ticks) expect(translate(tickGroup)[0] - (t.textContent ?? '').length * 11 * 0.5).toBeGreaterThanOrEqual(0);
		}
	});

	it('zooms each story state in on its own events, and only those', () => {
		const expected: Record<string, string[]> = {
			breakdown: ['first-boat-strike', 'determination', 'visa-revocation', 'ofac-sanctions', 'maduro-captured', 'border-deployment'],
			meeting: ['maduro-captured', 'phone-call', 'visa-granted', 'white-house-meeting', 'pipe-tulua-extradited'],
			elections: ['congress-elections', 'presidential-first-round', 'presidential-runoff']
		};
		const drawnIds = (svg: Element) => [...svg.querySelectorAll('g.event-label > g[data-id]')].map((g) => g.getAttribute('data-id'));
		const all = draw('timeline', { state: 'all', width: 360 });
		expect(drawnIds(all).length).toBe(rows().length);
		for (const [state, ids] of Object.entries(expected)) {
			const svg = draw('timeline', { state, width: 360 });
			const drawn = drawnIds(svg);
			for (const id of ids) expect(drawn, state).toContain(id);
			expect(drawn.length).toBeLessThan(rows().length / 2);
			expect(Number(svg.getAttribute('height'))).toBeLessThan(Number(all.getAttribute('height')));
		}
		// The visa, dated only to January, belongs to the meeting's run-up, not to the breakdown.
		expect(drawnIds(draw('timeline', { state: 'breakdown' }))).not.toContain('visa-granted');
		// The story reads the same windows from the model, with the events each state's text highlights.
		const { views } = timeline.model(timeline.select(data()));
		for (const state of timeline.states) {
			const drawn = drawnIds(draw('timeline', { state, width: 360 }));
			expect(views[state].events.map((e) => e.id).sort(), state).toEqual([...drawn].sort());
			for (const id of views[state].highlight) expect(drawn, state).toContain(id);
		}
	});

	it('points each story step at the events its words name: those in focus, the rest of its window faded', () => {
		// The events each story step's text names, by step state.
		const named: Record<string, string[]> = {
			september: ['first-boat-strike', 'determination', 'unga-speech'],
			sanctions: ['visa-revocation', 'illegal-drug-leader', 'ofac-sanctions'],
			january: ['raid-remarks', 'phone-call', 'meeting-announced', 'visa-granted'],
			'meeting-day': ['trump-remarks', 'pipe-tulua-extradited', 'white-house-meeting'],
			after: ['ofac-decision-deferred', 'aid-lines-reported', 'visa-returned']
		};
		const opacity = (el: Element | null) => Number(el?.getAttribute('fill-opacity') ?? el?.getAttribute('stroke-opacity') ?? 1);
		for (const [state, ids] of Object.entries(named)) {
			const svg = draw('timeline', { state, width: 360 });
			const blocks = [...svg.querySelectorAll('g.event-label > g[data-id]')];
			const focused = blocks.filter((g) => g.getAttribute('class') === 'in-focus').map((g) => g.getAttribute('data-id'));
			expect(focused.sort(), state).toEqual([...ids].sort());
			// Something else in the window recedes, so the focus reads as a choice, not as the whole view.
			const faded = blocks.filter((g) => g.getAttribute('class') === 'receded');
			expect(faded.length, state).toBeGreaterThan(0);
			expect(faded.length + focused.length).toBe(blocks.length);
			for (const g of blocks) {
				const id = g.getAttribute('data-id')!;
				const mark = svg.querySelector(`.event-day [data-id="${id}"], .event-span [data-id="${id}"]`);
				if (ids.includes(id)) {
					expect(g.querySelector('rect')?.getAttribute('fill'), `${state}: ${id} sits on the highlight`).toBe(light.highlight);
					expect(opacity(mark), `${state}: ${id}`).toBe(1);
				} else {
					expect(g.querySelector('rect'), `${state}: ${id}`).toBeNull();
					expect(opacity(mark), `${state}: ${id} recedes`).toBeLessThan(0.5);
				}
			}
			// A screen reader hears the same focus: the named events first, then the faded ones.
			const alt = view('timeline', { state }).text.alt;
			const focus = alt.slice(alt.indexOf('In focus'));
			const [inFocus, context] = focus.split('Faded, for context');
			for (const id of ids) expect(inFocus, state).toContain(byId(id).event);
			for (const g of faded) expect(context, state).toContain(byId(g.getAttribute('data-id')!).event);
		}
		// The chart page's overviews focus on nothing: every event in them is drawn alike.
		for (const state of ['all', 'breakdown', 'meeting', 'elections']) {
			expect(draw('timeline', { state }).querySelectorAll('g.in-focus, g.receded').length, state).toBe(0);
		}
	});

	it('states in its text alternative what each state shows, with dates formatted per language', () => {
		const all = view('timeline').text.alt;
		expect(all).toContain(`${rows().length} events`);
		expect(view('timeline', { state: 'breakdown' }).text.alt).toMatch(/2 September 2025.*3 January 2026/);
		expect(view('timeline', { state: 'meeting' }).text.alt).toMatch(/January 2026.*3 February 2026/);
		expect(view('timeline', { state: 'elections', lang: 'es' }).text.alt).toMatch(/8 de marzo de 2026.*31 de mayo de 2026.*21 de junio de 2026/);
	});

	it('tabulates every event with its date at its own precision, category, status and source', () => {
		const en = view('timeline').table;
		expect(en.rows.length).toBe(rows().length);
		expect(en.rows.map((r) => r.date)).toContain('January 2026');
		expect(en.rows.map((r) => r.date)).toContain('1997');
		const es = view('timeline', { lang: 'es' }).table;
		// A source reaches the reader as its title, linked to its page.
		const source = data().sources.find((s) => s.id === byId('visa-granted').source)!;
		const visa = es.rows.find((r) => Array.isArray(r.source) && r.source[0].href === source.url)!;
		expect(visa.source).toEqual([{ text: source.title, href: source.url, lang: source.lang }]);
		expect(visa.date).toBe('enero de 2026');
		expect(visa.status).toBe('precisado');
		expect(es.columns.map((c) => c.key)).toEqual(['date', 'category', 'event', 'in_article', 'status', 'source']);
	});
});

describe('timeline chart, compact (the story pinned on a phone)', () => {
	const STEPS = ['september', 'sanctions', 'january', 'meeting-day', 'after'];
	const words = (id: string, lang: 'en' | 'es') => (lang === 'en' ? byId(id).event : data()['timeline-translations'].find((t) => t.id === id && t.lang === lang)!.event);
	const compact = (state: string, lang: 'en' | 'es') => draw('timeline', { state, lang, width: 354, compact: true });

	it("keeps the words of the events a step names, and draws the others as their date and category alone", () => {
		for (const lang of ['en', 'es'] as const)
			for (const state of STEPS) {
				const svg = compact(state, lang);
				const blocks = [...svg.querySelectorAll('g.event-label > g[data-id]')];
				expect(blocks.length, state).toBe(timeline.model(timeline.select(data())).views[state as 'after'].events.length);
				for (const g of blocks) {
					const id = g.getAttribute('data-id')!;
					const row = byId(id);
					const category = dictionaries[lang].vocabulary.category[row.category];
					if (g.getAttribute('class') === 'in-focus') expect(label(svg, id), `${state}: ${id}`).toContain(words(id, lang));
					else {
						expect(label(svg, id), `${state}: ${id}`).not.toContain(words(id, lang));
						expect(label(svg, id), `${state}: ${id}`).toContain(category);
						// One line: the date and the category (and, for an event known to the month, that its day is unknown).
						expect(g.querySelectorAll('text').length, `${state}: ${id}`).toBe(1);
					}
				}
			}
	});

	it('keeps only the key a reader cannot get from the head lines, and takes less height than the full drawing', () => {
		for (const lang of ['en', 'es'] as const)
			for (const state of STEPS) {
				const [svg, full] = [compact(state, lang), draw('timeline', { state, lang, width: 354 })];
				const keys = [...svg.querySelectorAll('g.legend > g')].map((g) => g.getAttribute('class'));
				const hollow = [...svg.querySelectorAll('g.event-label > g[data-id]')].some((g) => byId(g.getAttribute('data-id')!).status === 'refined');
				expect(keys, state).toEqual(hollow ? ['legend-refined'] : []);
				expect(Number(svg.getAttribute('height')), state).toBeLessThan(Number(full.getAttribute('height')) * 0.8);
			}
	});

	it("names a window's months and days without the year its heading names", () => {
		const svg = compact('after', 'en');
		expect(texts(svg)).toContain('FEBRUARY 2026 TO AUGUST 2026');
		const ticks = [...svg.querySelectorAll('g.tick text')].map((t) => t.textContent);
		expect(ticks).toEqual(['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug']);
		expect(label(svg, 'ofac-decision-deferred')).toMatch(/^4–5 February · Sanctions /);
		expect(label(svg, 'visa-returned')).toMatch(/^March · Diplomacy · exact day unknown /);
		expect(label(compact('after', 'es'), 'presidential-first-round')).toBe('31 de mayo · Elecciones');
		// Exports and chart pages keep their years.
		expect(label(draw('timeline', { state: 'after', width: 354 }), 'ofac-decision-deferred')).toMatch(/^4–5 February 2026 /);
	});
});
