/**
 * The story's data tables and source lists wait inside <noscript> until opened (the page holds fewer
 * elements at load): with scripts running, opening one shows it whole, at once, and only once.
 */
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

describe('the story’s tables and sources with scripts running', () => {
	it('are not elements until opened, then show every row, once', async () => {
		const page = await browser.newPage({ viewport: viewports.phone });
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		const tables = page.locator('.about-charts details.data-table');
		const sources = page.locator('.about-charts details.sources');
		expect(await tables.count()).toBeGreaterThan(5);
		expect(await page.locator('.about-charts table, .about-charts details.sources ul').count()).toBe(0);
		// The number of rows each table has, as a reader without scripts gets it.
		const rowsInHtml = await tables.first().evaluate((d) => (d.querySelector('noscript')!.textContent!.match(/<tr>/g) ?? []).length);
		expect(rowsInHtml).toBeGreaterThan(2);
		for (const [details, inside] of [[tables.first(), 'table tbody tr'], [sources.first(), 'ul li']] as const) {
			await details.locator('summary').click();
			await expect.poll(() => details.locator(inside).count()).toBeGreaterThan(0);
			expect(await details.locator(inside).first().isVisible()).toBe(true);
			// Closing and opening again does not add it twice.
			await details.locator('summary').click();
			await details.locator('summary').click();
			expect(await details.locator(inside.split(' ')[0]).count()).toBe(1);
		}
		expect(await tables.first().locator('table tbody tr').count()).toBe(rowsInHtml - 1);
		await page.close();
	});
});
