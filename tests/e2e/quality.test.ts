/**
 * Every page in a real Chromium: zero axe-core violations (WCAG 2.2 A/AA and axe's best practices) at phone and desktop sizes,
 * with JavaScript on and off and in the dark scheme; no request to another origin, no cookie, no
 * storage; a strict Content Security Policy with no violation and no console error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, viewports } from './browser';
import { pagePaths } from './site-pages';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = pagePaths();
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe in the page. It is evaluated through the DevTools protocol rather than added as a <script>,
 * so it also runs where the page's own JavaScript is switched off.
 */
async function axe(page: Page): Promise<string[]> {
	await page.evaluate(`${axeSource};0`);
	const result = (await page.evaluate(() =>
		// @ts-expect-error axe is injected above
		window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
	)) as AxeResult;
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const configs = [
	{ name: 'phone, JavaScript on', viewport: viewports.phone, scripts: true, colorScheme: 'light' as const },
	{ name: 'desktop, JavaScript on', viewport: viewports.desktop, scripts: true, colorScheme: 'light' as const },
	{ name: 'phone, JavaScript off', viewport: viewports.phone, scripts: false, colorScheme: 'light' as const },
	{ name: 'desktop, JavaScript off', viewport: viewports.desktop, scripts: false, colorScheme: 'light' as const },
	{ name: 'desktop, dark scheme', viewport: viewports.desktop, scripts: true, colorScheme: 'dark' as const }
];

/**
 * The page as a reader without JavaScript gets it. axe cannot finish in a Chromium whose JavaScript is
 * switched off (its timers never fire), so the page's own scripts are blocked instead and the
 * no-script layout restored (src/app.html's one-line flag removed, <noscript> content parsed as a
 * browser without scripts parses it): the prerendered DOM and CSS alone.
 */
async function withoutPageScripts(page: Page) {
	await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
}

/** What a browser that runs no script makes of the page: no `js` flag, and <noscript> content as elements. */
function showAsWithoutScripts() {
	document.documentElement.classList.remove('js');
	for (const n of document.querySelectorAll('noscript')) n.outerHTML = n.textContent ?? '';
}

/** A chart's page and its embed are the same document at every size without scripts (no script lays
 *  them out differently), so the phone without JavaScript checks the pages with prose of their own. */
const withProse = (path: string) => !/\/charts\/[^/]+\//.test(path);

/** An embed is one figure, laid out alike at every width: with scripts on, the phone pass checks it. */
const isEmbed = (path: string) => path.endsWith('/embed/');

for (const config of configs) {
	// Two pages at a time: the test mostly waits on Chromium, and the machine has two cores.
	describe.concurrent(`accessibility: ${config.name}`, () => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await browser.newContext({ viewport: config.viewport, colorScheme: config.colorScheme });
		});
		afterAll(async () => {
			await context?.close();
		});
		for (const path of pages.filter((p) => config.name !== 'phone, JavaScript off' || withProse(p)).filter((p) => config.name !== 'desktop, JavaScript on' || !isEmbed(p))) {
			it(`${path} has no axe violation`, async () => {
				const page = await context.newPage();
				if (!config.scripts) await withoutPageScripts(page);
				await page.goto(`${base}${path}`, { waitUntil: 'load' });
				if (!config.scripts) await page.evaluate(showAsWithoutScripts);
				expect(await axe(page)).toEqual([]);
				await page.close();
			});
		}
	});
}

// Each page in a context of its own, two at a time.
describe.concurrent('privacy and Content Security Policy', () => {
	for (const path of pages) {
		it(`${path}: only same-origin requests, no cookie or storage, a strict CSP and no console error`, async () => {
			const context = await browser.newContext({ viewport: viewports.desktop });
			const page = await context.newPage();
			const requests: string[] = [];
			const errors: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			page.on('console', (m) => {
				if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			// Scroll through so lazily loaded code and redraws happen too.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 20));
				}
			});
			await page.waitForLoadState('networkidle');
			expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
			expect(await context.cookies()).toEqual([]);
			expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
			const csp = await page.$eval('meta[http-equiv="content-security-policy"]', (m) => m.getAttribute('content')!);
			expect(csp).toContain("default-src 'self'");
			const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
			expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});
