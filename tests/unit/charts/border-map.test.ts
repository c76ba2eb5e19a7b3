import { describe, expect, it } from 'vitest';
import { chartById } from '$lib/charts';
import { light } from '$lib/charts/theme';
import { data, draw, expectSteadySize, texts, view } from '../render-helpers';

const claim = (id: string) => data()['article-claims'].find((c) => c.id === id)!;
const words = (svg: Element) => texts(svg).join(' ');
/** The text of each line (tspan) of a group's texts. */
const lines = (svg: Element, selector: string) => [...svg.querySelectorAll(`${selector} tspan`)].map((t) => t.textContent ?? '');

describe('border-map chart', () => {
	it('is one self-contained <svg> drawn at the width asked for', () => {
		for (const width of [320, 640, 900]) {
			const svg = draw('border-map', { width });
			expect(svg.tagName.toLowerCase()).toBe('svg');
			expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${svg.getAttribute('height')}`);
			expect(Number(svg.getAttribute('width'))).toBe(width);
		}
		for (const state of ['border', 'seas']) {
			const markup = draw('border-map', { state, width: 900 }).outerHTML;
			expect(markup).not.toMatch(/href|url\(|<image|<use|@import/);
			expect(markup.length).toBeLessThan(60_000);
		}
	});

	it('fits a phone’s screen and keeps its size from step to step', () => {
		expectSteadySize('border-map');
	});

	it('draws Colombia and its neighbours, and the Colombia–Venezuela border as a highlighted line', () => {
		const svg = draw('border-map');
		const countries = [...svg.querySelectorAll('g.country path')];
		const iso = countries.map((p) => p.getAttribute('data-iso'));
		for (const id of ['170', '862', '218', '591', '604', '076']) expect(iso).toContain(id);
		const colombia = countries.find((p) => p.getAttribute('data-iso') === '170')!;
		expect(colombia.getAttribute('fill')).toBe(light.landFocus);
		expect(countries.find((p) => p.getAttribute('data-iso') === '862')!.getAttribute('fill')).toBe(light.land);
		const border = svg.querySelector('g.border-line')!;
		expect(border.getAttribute('stroke')).toBe(light.border);
		expect(border.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(100);
	});

	it('names the countries in each language', () => {
		expect(texts(draw('border-map')).filter(Boolean)).toEqual(expect.arrayContaining(['COLOMBIA', 'VENEZUELA', 'ECUADOR', 'PANAMA', 'PERU', 'BRAZIL']));
		expect(texts(draw('border-map', { lang: 'es' }))).toEqual(expect.arrayContaining(['COLOMBIA', 'VENEZUELA', 'ECUADOR', 'PANAMÁ', 'PERÚ', 'BRASIL']));
	});

	it("writes the article's border length and troop figure from the data, the troops marked as announced, then reported sent", () => {
		expect(claim('border-length').value).toBe(2219);
		expect(claim('border-troops').value).toBe(30000);
		expect(claim('border-troops').bound).toBe('approximately');
		const en = draw('border-map', { state: 'border', width: 800 });
		expect(words(en)).toContain('2,219 km');
		expect(lines(en, 'g.troops-callout').join(' ')).toMatch(/about 30,000 troops.*announced on 3 January 2026.*announced, then reported sent/);
		// The troop figure is drawn in the uncertainty colour, the length in the border's.
		const troops = en.querySelector('g.troops-callout text')!;
		expect(troops.getAttribute('fill')).toBe(light.caution);
		expect(en.querySelector('g.border-callout text')!.getAttribute('fill')).toBe(light.border);

		const es = draw('border-map', { state: 'border', lang: 'es', width: 360 });
		expect(words(es)).toContain('2.219 km');
		expect(lines(es, 'g.troops-callout').join(' ')).toMatch(/unos 30\.000.*soldados.*3 de enero de 2026/);
		const notes = view('border-map', { lang: 'es' }).text.notes.join(' ');
		expect(notes).toMatch(/tiempo futuro/);
		expect(notes).toContain('Límites: Natural Earth');
	});

	it('says in the notes that the troops were announced, then reported sent, and where the boundaries come from', () => {
		const v = view('border-map');
		const notes = v.text.notes.join(' ');
		expect(notes).toMatch(/announced on 3 January 2026 in the future tense; the defence minister later said more than/);
		expect(notes).toMatch(/more than 30,000/);
		expect(notes).toContain('Boundaries: Natural Earth');
		expect(v.text.alt).toMatch(/2,219 km/);
		expect(v.text.alt).toMatch(/about 30,000 troops/);
	});

	it('names the two seas of the strikes in italics, with the dates they began, and plots no strike', () => {
		const svg = draw('border-map', { state: 'seas', width: 800 });
		const seas = svg.querySelector('g.sea-label')!;
		expect(seas.getAttribute('font-style')).toBe('italic');
		const seaWords = lines(svg, 'g.sea-label').join(' ');
		expect(seaWords).toContain('Caribbean Sea');
		expect(seaWords).toMatch(/Pacific Ocean/);
		expect(seaWords).toMatch(/since 2 September 2025/);
		expect(seaWords).toMatch(/since 21 October 2025/);
		// No invented strike positions: no point marks at all, and no border callout in this state.
		expect(svg.querySelectorAll('circle').length).toBe(0);
		expect(svg.querySelector('g.troops-callout')).toBeNull();
		expect(view('border-map', { state: 'seas' }).text.notes.join(' ')).toMatch(/does not show where any strike took place/);
		expect(lines(draw('border-map', { state: 'seas', lang: 'es' }), 'g.sea-label').join(' ')).toMatch(/Mar Caribe.*2 de septiembre de 2025/);
	});

	it('keeps its words inside the frame on a phone', () => {
		for (const state of ['border', 'seas'])
			for (const lang of ['en', 'es'] as const) {
				const width = 320;
				const svg = draw('border-map', { state, lang, width });
				const height = Number(svg.getAttribute('height'));
				for (const text of svg.querySelectorAll('text')) {
					const x = Number(text.getAttribute('x'));
					const y = Number(text.getAttribute('y'));
					const size = Number(text.getAttribute('font-size') ?? text.parentElement?.getAttribute('font-size') ?? 13);
					const longest = Math.max(...[...text.querySelectorAll('tspan')].map((t) => (t.textContent ?? '').length), (text.children.length ? 0 : (text.textContent ?? '').length));
					const anchor = text.getAttribute('text-anchor') ?? text.parentElement?.getAttribute('text-anchor') ?? 'start';
					const half = (longest * size * 0.5) / (anchor === 'middle' ? 2 : 1);
					expect(anchor === 'middle' ? x - half : x).toBeGreaterThanOrEqual(0);
					expect(x + half).toBeLessThanOrEqual(width);
					expect(y).toBeGreaterThan(size * 0.7);
					expect(y).toBeLessThan(height);
				}
			}
	});

	it('cites only the rows it draws, and tabulates them', () => {
		const rows = chartById('border-map').select(data()) as ReturnType<typeof data>;
		expect(rows['article-claims'].map((c) => c.id).sort()).toEqual(['border-length', 'border-troops']);
		expect(rows.timeline.map((e) => e.id).sort()).toEqual(['border-deployment', 'first-boat-strike', 'first-pacific-strike', 'maduro-captured']);
		const table = view('border-map').table;
		expect(table.rows.map((r) => r.value)).toEqual(expect.arrayContaining(['2,219 km', 'about 30,000']));
		expect(table.rows.find((r) => r.value === 'about 30,000')!.status).toMatch(/announcement/);
		expect(view('border-map', { lang: 'es' }).table.rows.map((r) => r.value)).toEqual(expect.arrayContaining(['2.219 km', 'cerca de 30.000']));
	});
});

describe('border-map troops where the sources put them', () => {
	it('labels each reported area with its figure and date in the border state, and not in the seas state', () => {
		const area = data()['troop-deployments'][0];
		const label = (state: string) => [...draw('border-map', { state }).querySelectorAll('g.troop-area text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')).join(' ');
		expect(label('border')).toContain(area.troops.toLocaleString('en'));
		expect(label('border')).toContain('Catatumbo');
		expect(label('seas')).toBe('');
		expect(view('border-map').text.notes.join(' ')).toContain(`${area.troops.toLocaleString('en')} of them in Catatumbo`);
		// A screen reader and the table get the figure the map labels.
		expect(view('border-map').text.alt).toContain(`${area.troops.toLocaleString('en')} of them in Catatumbo`);
		expect(view('border-map', { state: 'seas' }).text.alt).not.toContain('Catatumbo');
		const row = view('border-map').table.rows.find((r) => r.item === 'Of those troops, in Catatumbo');
		expect(row?.value).toBe(area.troops.toLocaleString('en'));
		expect(row?.source).toEqual([expect.objectContaining({ href: data().sources.find((s) => s.id === area.source)!.url })]);
	});
});
