/** The prerendered story, as a reader without JavaScript (or a crawler) gets it. */
import { describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';

const base = inject('baseUrl');

describe('the story without JavaScript', () => {
	for (const path of ['/', '/es/']) {
		it(`${path}: every step's text is followed by its chart in that step's state, once per change, in reading order`, async () => {
			const html = await (await fetch(`${base}${path}`)).text();
			const { document } = parseHTML(html);
			const steps = [...document.querySelectorAll('.step')];
			expect(steps.length).toBeGreaterThan(10);
			let lastStart = -1;
			let figures = 0;
			steps.forEach((step, i) => {
				const text = step.querySelector('.step-text p')!.textContent!;
				expect(text.length).toBeGreaterThan(20);
				const prev = steps[i - 1];
				const sameAsPrev =
					prev?.parentElement === step.parentElement &&
					prev?.getAttribute('data-chart') === step.getAttribute('data-chart') &&
					prev?.getAttribute('data-state') === step.getAttribute('data-state');
				const figure = step.querySelector('.step-figure');
				if (sameAsPrev) {
					// The chart the previous step showed is the one this step discusses: no repeat.
					expect(figure, `step "${text.slice(0, 40)}…" repeats the figure above it`).toBeNull();
				} else {
					expect(figure, `step "${text.slice(0, 40)}…" has no figure`).not.toBeNull();
					const svg = figure!.querySelector('.plot svg');
					expect(svg, `step "${text.slice(0, 40)}…" has no prerendered chart`).not.toBeNull();
					expect(figure!.querySelector('.plot')!.getAttribute('data-drawn-state')).toBe(step.getAttribute('data-state'));
					expect(figure!.querySelector('.plot')!.getAttribute('aria-label')).toBe(step.querySelector('.step-alt')!.textContent!.replace(/^[^:]*: /, ''));
					figures++;
				}
				// Reading order: this step's text comes before its chart, which comes before the next step.
				const textAt = html.indexOf(text);
				expect(textAt).toBeGreaterThan(lastStart);
				lastStart = textAt;
			});
			expect(figures).toBeGreaterThan(10);
			expect(figures).toBeLessThan(steps.length);
			expect(html).not.toMatch(/\bloading\b/i);
		});
	}
});

describe('chart pages without JavaScript', () => {
	for (const lang of ['', '/es']) {
		it(`${lang || '/'}charts/*: each prerendered page holds the drawing, its text alternative and its table`, async () => {
			const { charts } = await import('$lib/charts');
			for (const c of charts) {
				const html = await (await fetch(`${base}${lang}/charts/${c.id}/`)).text();
				const { document } = parseHTML(html);
				const plot = document.querySelector('figure .plot[role="img"]');
				expect(plot, c.id).not.toBeNull();
				expect(plot!.getAttribute('aria-label')!.length, c.id).toBeGreaterThan(40);
				expect(plot!.querySelector('svg'), c.id).not.toBeNull();
				const rows = document.querySelectorAll('details.data-table table tbody tr');
				expect(rows.length, c.id).toBeGreaterThan(0);
			}
		});
	}
});
