/**
 * The right typeface from the first visit, with no shift: Source Sans 3 swaps in whenever it arrives
 * (font-display: swap) over a local fallback whose metrics are matched to it
 * (src/lib/styles/font-fallback.css). Ten fresh contexts (no cache) load the story; once
 * document.fonts.ready settles, the headline and a body paragraph must be drawn in Source Sans 3 —
 * the face Chromium actually used for their glyphs, asked through the DevTools protocol — both
 * FontFaces must be 'loaded', and no layout shift may have happened.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, viewports } from './browser';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The platform fonts Chromium drew a node's text with, by family, e.g. { 'Source Sans 3': 42 }. */
async function renderedFonts(page: Page, selector: string): Promise<Record<string, number>> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
}

interface Visit {
	check: { regular: boolean; bold: boolean };
	faces: string[];
	cls: number;
	shifts: number;
	height: number;
}

/** Loads the story in a fresh context and reports what the reader got once the fonts settled. */
async function visit(path: string, viewport: { width: number; height: number }, fontDelay = 0) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	if (fontDelay) await page.route(/\/fonts\/.*\.woff2$/, async (route) => {
		await new Promise((r) => setTimeout(r, fontDelay));
		await route.continue();
	});
	await page.goto(`${base}${path}`, { waitUntil: 'load' });
	const result = (await page.evaluate(async () => {
		await document.fonts.ready;
		// Two frames, so a swap that has just happened is laid out and any shift recorded.
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const entries = await new Promise<PerformanceEntry[]>((resolve) => {
			const seen: PerformanceEntry[] = [];
			const po = new PerformanceObserver((list) => seen.push(...list.getEntries()));
			po.observe({ type: 'layout-shift', buffered: true });
			setTimeout(() => {
				po.disconnect();
				resolve(seen);
			}, 200);
		});
		const shifts = entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
		return {
			check: { regular: document.fonts.check('400 16px "Source Sans 3"'), bold: document.fonts.check('700 16px "Source Sans 3"') },
			faces: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Source Sans 3').map((f) => `${f.weight} ${f.status}`),
			cls: shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0),
			shifts: shifts.length,
			height: document.documentElement.scrollHeight
		};
	})) as Visit;
	const headline = await renderedFonts(page, 'main h1');
	const body = await renderedFonts(page, 'main .dek');
	await context.close();
	return { ...result, headline, body };
}

describe('the story is set in Source Sans 3 from the first visit, without a layout shift', () => {
	const runs = Array.from({ length: 10 }, (_, i) => ({
		i,
		path: i % 2 ? '/es/' : '/',
		name: i % 3 === 2 ? 'desktop' : 'phone',
		viewport: i % 3 === 2 ? viewports.desktop : viewports.phone
	}));
	for (const run of runs) {
		it(`fresh context ${run.i + 1}/10: ${run.path} at ${run.name} size`, async () => {
			const v = await visit(run.path, run.viewport);
			console.log(`fonts ${run.i + 1}/10 ${run.path} ${run.name}: headline ${JSON.stringify(v.headline)}, body ${JSON.stringify(v.body)}, faces ${v.faces.join(', ')}, CLS ${v.cls} (${v.shifts} shifts), height ${v.height}px`);
			expect(v.check).toEqual({ regular: true, bold: true });
			expect(v.faces.sort()).toEqual(['400 loaded', '700 loaded']);
			expect(Object.keys(v.headline)).toEqual(['Source Sans 3']);
			expect(Object.keys(v.body)).toEqual(['Source Sans 3']);
			expect(v.cls).toBe(0);
		});
	}
});
