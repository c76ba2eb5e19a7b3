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
