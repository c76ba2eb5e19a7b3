/**
 * On a phone the reader sees the pinned chart while reading about it: sampled every 100 px, the text
 * hides little of it (scripts/chart-coverage.mjs, whose figures `npm run bench` prints), and when the
 * chart changes its title is in plain view. A coarse probe grid keeps this to seconds.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, viewports } from './browser';
import { sampleStory, summarize } from '../../scripts/chart-coverage.mjs';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the pinned chart on a phone', () => {
	for (const path of ['/', '/es/']) {
		it(`${path}: stays in view while its steps are read, and changes where the reader sees it`, async () => {
			const r = summarize(await sampleStory(browser, base, path, viewports.phone, { grid: 8 }));
			expect(r.positions, 'too few pinned positions to judge').toBeGreaterThan(30);
			expect(r.medianHidden, 'median share of the chart hidden').toBeLessThanOrEqual(0.15);
			expect(r.overHalfShare, 'share of positions with over half the chart hidden').toBeLessThanOrEqual(0.1);
			expect(r.changes).toBeGreaterThan(3);
			expect(r.changesTitleHidden, 'changes of chart made with its title out of sight').toBe(0);
			expect(r.changesChartOver15, 'changes of chart made with over 15% of it out of sight').toBe(0);
		});
	}
});

describe('the pinned chart on a desktop screen', () => {
	for (const path of ['/', '/es/']) {
		it(`${path}: is whole on screen when each step's text reaches the reading line`, async () => {
			const page = await browser.newPage({ viewport: viewports.desktop, reducedMotion: 'reduce' });
			await page.goto(base + path, { waitUntil: 'networkidle' });
			const steps = page.locator('.scrolly .step');
			const cut: string[] = [];
			for (let i = 0, n = await steps.count(); i < n; i++) {
				const step = steps.nth(i);
				// Just past the line where Scrolly makes the step active (the CSS --reading-line, or mid-screen).
				await step.evaluate((el) => {
					const line = parseFloat(getComputedStyle(el.parentElement!).getPropertyValue('--reading-line')) || 0.5;
					window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * line + 2);
				});
				await page.waitForTimeout(150);
				const where = await step.evaluate((el) => {
					const { chart, state } = (el as HTMLElement).dataset;
					const r = el.closest('.scrolly')!.querySelector(`.layer[data-layer="${chart}"] .plot svg`)!.getBoundingClientRect();
					return r.top < -0.5 || r.bottom > innerHeight + 0.5 ? `${chart}/${state}: drawing from ${Math.round(r.top)} to ${Math.round(r.bottom)} px on a ${innerHeight} px screen` : '';
				});
				if (where) cut.push(where);
			}
			await page.close();
			expect(cut, 'steps whose chart runs off the screen as the reader starts them').toEqual([]);
		});
	}
});
