/**
 * A change of width redraws the chart at the new width: on a chart page, and the story's pinned chart
 * (which waits until the page is still before it draws). Waits on the drawing itself, never on a timer.
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

interface Drawing {
	/** The width of the box the chart is drawn into. */
	box: number;
	/** The drawn <svg>'s own width, height and viewBox. */
	width: number;
	height: number;
	viewBox: string | null;
}

const drawingIn = (page: Page, plot: string) =>
	page.$eval(plot, (el): Drawing => {
		const svg = el.querySelector(':scope > svg')!;
		return {
			box: Math.round(el.getBoundingClientRect().width),
			width: Number(svg.getAttribute('width')),
			height: Number(svg.getAttribute('height')),
			viewBox: svg.getAttribute('viewBox')
		};
	});

/**
 * Waits until the drawing in `plot` fits its box. A change of a few pixels only rescales the drawing
 * (Figure.svelte redraws for a change of more than 24 px), hence the same allowance here.
 */
const fitsItsBox = (page: Page, plot: string) =>
	page.waitForFunction(
		(sel) => {
			const el = document.querySelector(sel);
			const svg = el?.querySelector(':scope > svg');
			if (!el || !svg) return false;
			return Math.abs(Number(svg.getAttribute('width')) - el.getBoundingClientRect().width) <= 24;
		},
		plot,
		{ timeout: 15_000 }
	);

/** Resizes the page and checks that the chart is drawn again, at the width its box now has. */
async function expectRedrawnAfterResize(page: Page, plot: string, size: { width: number; height: number }) {
	await fitsItsBox(page, plot);
	const before = await drawingIn(page, plot);
	await page.setViewportSize(size);
	await page.waitForFunction(
		({ sel, width }) => Math.abs(document.querySelector(sel)!.getBoundingClientRect().width - width) > 24,
		{ sel: plot, width: before.width },
		{ timeout: 5_000 }
	);
	await fitsItsBox(page, plot);
	const after = await drawingIn(page, plot);
	// A new drawing, not the old one stretched: its own width changed, and its viewBox with it.
	expect(Math.abs(after.width - before.width)).toBeGreaterThan(24);
	expect(Math.abs(after.width - after.box)).toBeLessThanOrEqual(24);
	expect(after.viewBox).toBe(`0 0 ${after.width} ${after.height}`);
	expect(after.viewBox).not.toBe(before.viewBox);
	return after;
}

describe('a change of width', () => {
	it('redraws a chart page’s chart at the new width, narrower and wider', async () => {
		const page = await browser.newPage({ viewport: viewports.desktop });
		await page.goto(`${base}/charts/boat-strikes/`);
		const plot = 'main figure .plot';
		const phone = await expectRedrawnAfterResize(page, plot, viewports.phone);
		expect(phone.width).toBeLessThan(400);
		const desktop = await expectRedrawnAfterResize(page, plot, viewports.desktop);
		expect(desktop.width).toBeGreaterThan(600);
		await page.close();
	});

	it('redraws the story’s pinned chart at the new width once the reader is still', async () => {
		const page = await browser.newPage({ viewport: viewports.phone });
		await page.goto(`${base}/`);
		// The first step of the boat-strikes section, in the middle of the screen.
		await page.evaluate(() => {
			const step = document.querySelector('#boat-strikes .step')!;
			window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45);
		});
		const plot = '#boat-strikes .graphic .layer[data-layer="boat-strikes"] .plot';
		await page.waitForFunction((sel) => !!document.querySelector(`${sel} > svg`), plot);
		const wide = await expectRedrawnAfterResize(page, plot, viewports.desktop);
		expect(wide.width).toBeGreaterThan(600);
		const narrow = await expectRedrawnAfterResize(page, plot, viewports.phone);
		expect(narrow.width).toBeLessThan(400);
		await page.close();
	});
});
