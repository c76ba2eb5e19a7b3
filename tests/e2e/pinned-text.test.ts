/**
 * On a phone the pinned chart's words stay readable: at every step of the story, in both languages,
 * every text of the drawing on screen, at the size the pinned box draws it (its font size times the
 * scale the box shrinks the drawing by), is at least 11 CSS px, the floor the figures for readers
 * without JavaScript keep (no-javascript.test.ts). scripts/pinned-text-size.mjs measures it, and
 * `npm run bench` prints it per step.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, viewports } from './browser';
import { pinnedTextSizes } from '../../scripts/pinned-text-size.mjs';

const base = inject('baseUrl');
const FLOOR = 11;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the pinned chart on a phone', () => {
	for (const path of ['/', '/es/']) {
		it(`${path}: every text at ${FLOOR} px or more, at every step`, async () => {
			const steps = await pinnedTextSizes(browser, base, path, viewports.phone);
			expect(steps.length, 'story steps measured').toBeGreaterThan(10);
			const small = steps.filter((s) => s.min === null || (s.under11 ?? 1) > 0).map((s) => `${s.step}: ${s.min} px at scale ${s.scale} (${s.under11} of ${s.texts} texts under ${FLOOR} px)`);
			expect(small, small.join('\n')).toEqual([]);
		});
	}
});
