/** The story with the keyboard alone: every stop shows its focus, and every disclosure opens with Enter. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, viewports } from './browser';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('keyboard', () => {
	for (const path of ['/', '/es/']) {
		it(`${path}: Tab reaches every control with a visible focus ring; Enter opens disclosures; Shift+Tab goes back`, async () => {
			const page = await browser.newPage({ viewport: viewports.desktop });
			await page.goto(`${base}${path}`);
			const expected = await page.$$eval('a[href], summary, textarea, [tabindex="0"]', (els) =>
				els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed').length
			);
			const seen = new Set<string>();
			let opened = 0;
			for (let i = 0; i < expected + 5; i++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el || el === document.body) return null;
					const cs = getComputedStyle(el);
					const r = el.getBoundingClientRect();
					return {
						key: `${el.tagName}:${el.getAttribute('href') ?? ''}:${el.textContent?.slice(0, 30)}:${Math.round(r.top + window.scrollY)}`,
						tag: el.tagName,
						ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
						onScreen: r.bottom > 0 && r.top < window.innerHeight && r.width > 0
					};
				});
				if (!focus) break;
				expect(focus.ring, `no visible focus on ${focus.key}`).toBe(true);
				expect(focus.onScreen, `${focus.key} is focused off screen`).toBe(true);
				seen.add(focus.key);
				if (focus.tag === 'SUMMARY' && opened < 3) {
					await page.keyboard.press('Enter');
					expect(await page.evaluate(() => (document.activeElement!.parentElement as HTMLDetailsElement).open)).toBe(true);
					opened++;
				}
			}
			expect(seen.size).toBeGreaterThanOrEqual(Math.min(expected, 20));
			expect(opened).toBeGreaterThan(0);
			const here = await page.evaluate(() => document.activeElement!.outerHTML);
			await page.keyboard.press('Shift+Tab');
			expect(await page.evaluate(() => document.activeElement!.outerHTML)).not.toBe(here);
			await page.close();
		});
	}
});
