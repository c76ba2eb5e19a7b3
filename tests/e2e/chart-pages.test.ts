/**
 * Chart pages and embeds people can use: every chart page shows its states as links that work
 * without JavaScript (?state=ID, the shown one aria-current); the embed code and the downloads follow
 * the chosen state; the drawing fits the screen at a desktop and a phone size, its horizontal axis
 * included; an embed credits its chart page and the story, and the embed code's iframe is titled
 * with the chart's title.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, viewports } from './browser';
import { pagePaths } from './site-pages';
import { parseHTML } from 'linkedom';

const base = inject('baseUrl');
const chartPages = pagePaths().filter((p) => /\/charts\/[^/]+\/$/.test(p));
// The controls and the fitting work alike in every language (they share one component and the
// drawing's height follows its width, not its words): the browser tests run them on the English
// pages and on one Spanish page; every page's embed is checked from its HTML.
const englishPages = chartPages.filter((p) => !p.startsWith('/es/'));
const browserPages = [...englishPages, chartPages.find((p) => p.startsWith('/es/'))!];
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The timeline runs down the page with its time axis on the left: it has no horizontal axis to keep in view. */
const NO_HORIZONTAL_AXIS = new Set(['timeline']);

const stateLinks = (page: Page) =>
	page.$$eval('nav.states a.state', (as) => as.map((a) => ({ href: a.getAttribute('href')!, current: a.getAttribute('aria-current') })));

/**
 * Waits until the drawing's bottom is within the screen (the page narrows and redraws it after the
 * chart code loads), or until the page has stopped trying; the caller then asserts on what is there.
 */
async function fitted(page: Page) {
	await page
		.waitForFunction(() => {
			const svg = document.querySelector('main .plot svg');
			return !!svg && svg.getBoundingClientRect().bottom <= innerHeight;
		}, undefined, { timeout: 4000, polling: 100 })
		.catch(() => undefined);
}

describe('chart pages: states as links, the embed code and downloads follow them', () => {
	it('finds the chart pages', () => expect(chartPages.length).toBeGreaterThanOrEqual(16));
	for (const path of browserPages) {
		it(`${path}: each state is a link; choosing one moves the drawing, the downloads and the embed code`, async () => {
			const context = await browser.newContext({ viewport: viewports.desktop });
			const page = await context.newPage();
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			const links = await stateLinks(page);
			const id = path.split('/').at(-2)!;
			const title = (await page.textContent('main h1'))!.trim();
			const snippet = await page.inputValue('details.embed textarea');
			expect(snippet).toContain(`title="${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
			expect(snippet).not.toContain(`title="${id}"`);
			if (links.length === 0) return; // a chart with one state needs no control
			expect(links[0].current).toBe('page');
			expect(links.filter((l) => l.current)).toHaveLength(1);
			const last = links.at(-1)!.href.replace('?state=', '');
			await page.click(`nav.states a.state[href="?state=${last}"]`);
			await page.waitForURL(`**${path}?state=${last}`);
			await page.waitForFunction((s) => (document.querySelector('main .plot') as HTMLElement)?.dataset.drawnState === s, last);
			expect((await stateLinks(page)).find((l) => l.current)?.href).toBe(`?state=${last}`);
			const downloads = await page.$$eval('main .export a', (as) => as.map((a) => a.getAttribute('href')!));
			expect(downloads.filter((h) => /\.(svg|png)$/.test(h)).every((h) => h.endsWith(`/${id}/${last}.svg`) || h.endsWith(`/${id}/${last}.png`))).toBe(true);
			expect(await page.inputValue('details.embed textarea')).toContain(`/charts/${id}/embed/?state=${last}"`);
			// The embed shows the state its address asks for.
			const embed = await context.newPage();
			await embed.goto(`${base}${path}embed/?state=${last}`, { waitUntil: 'load' });
			await embed.waitForFunction((s) => (document.querySelector('main .plot') as HTMLElement)?.dataset.drawnState === s, last);
			await context.close();
		});
	}
});

describe('chart pages without JavaScript', () => {
	for (const path of chartPages) {
		it(`${path}: the state links are there, each with its state's SVG and PNG`, async () => {
			const context = await browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`${base}${path}`, { waitUntil: 'load' });
			const links = await stateLinks(page);
			if (links.length === 0) return await context.close();
			expect(links[0].current).toBe('page');
			const files = await page.$$eval('nav.states .downloads a', (as) => as.filter((a) => (a as HTMLElement).offsetParent).map((a) => (a as HTMLAnchorElement).href));
			expect(files).toHaveLength(links.length * 2);
			for (const f of files) expect((await page.request.get(f)).status(), f).toBe(200);
			await context.close();
		});
	}
});

describe('the chart fits the screen, its horizontal axis included', () => {
	for (const [name, viewport] of Object.entries(viewports)) {
		for (const path of englishPages) {
			const id = path.split('/').at(-2)!;
			it.skipIf(NO_HORIZONTAL_AXIS.has(id))(`${path} at ${name} size (${viewport.width}×${viewport.height})`, async () => {
				const context = await browser.newContext({ viewport });
				const page = await context.newPage();
				await page.goto(`${base}${path}`, { waitUntil: 'load' });
				await fitted(page);
				const r = await page.evaluate(() => {
					const s = document.querySelector('main .plot svg')!.getBoundingClientRect();
					return { top: Math.round(s.top), bottom: Math.round(s.bottom), width: Math.round(s.width), viewport: innerHeight };
				});
				console.log(`fit ${name} ${path}: svg ${r.top}–${r.bottom} px, ${r.width} px wide, viewport ${r.viewport}`);
				expect(r.bottom).toBeLessThanOrEqual(r.viewport);
				await context.close();
			});
		}
	}
});

describe('embeds', () => {
	for (const path of chartPages) {
		it(`${path}embed/ credits its chart page and the story`, async () => {
			const res = await fetch(`${base}${path}embed/`);
			expect(res.status).toBe(200);
			const { document } = parseHTML(await res.text());
			const hrefs = [...document.querySelectorAll('.credit a')].map((a) => a.getAttribute('href'));
			const home = path.startsWith('/es/') ? '/es/' : '/';
			expect(hrefs).toEqual([path, home]);
			for (const h of hrefs) expect((await fetch(`${base}${h}`)).status).toBe(200);
		});
	}
});
