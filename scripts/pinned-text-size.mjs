// The smallest text a phone reader gets in the pinned chart at each step of the story: every <text> of
// the drawing on screen, its computed font size times the drawing's scale (the SVG is shrunk to fit the
// pinned box), in CSS px. node scripts/pinned-text-size.mjs [/ /es/] (reads build/).
import { launchChromium, serveBuild } from './serve-build.mjs';

/**
 * @typedef {{ step: string, min: number | null, scale?: number, under11?: number, texts?: number }} StepText
 * One step: "chart/state", the smallest text on screen (CSS px; null: no drawing), the drawing's scale
 * in the pinned box, and how many of its texts are under 11 px.
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {string} path
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<StepText[]>}
 */
export async function pinnedTextSizes(browser, base, path, viewport = { width: 390, height: 844 }) {
	const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
	await page.goto(base + path, { waitUntil: 'networkidle' });
	const steps = await page.locator('.scrolly .step').count();
	/** @type {StepText[]} */
	const out = [];
	for (let i = 0; i < steps; i++) {
		const step = page.locator('.scrolly .step').nth(i);
		await step.evaluate((/** @type {HTMLElement} */ el) => {
			const line = parseFloat(getComputedStyle(/** @type {HTMLElement} */ (el.parentElement)).getPropertyValue('--reading-line')) || 0.5;
			window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * line + 40);
		});
		await page.waitForTimeout(600);
		out.push(
			await step.evaluate((/** @type {HTMLElement} */ el) => {
				const { chart, state } = el.dataset;
				const svg = /** @type {SVGSVGElement | null | undefined} */ (el.closest('.scrolly')?.querySelector(`.layer[data-layer="${chart}"] .plot svg`));
				if (!svg) return { step: `${chart}/${state}`, min: null };
				const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
				const sizes = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
				const min = Math.min(...sizes);
				return { step: `${chart}/${state}`, scale: +scale.toFixed(2), min: +min.toFixed(1), under11: sizes.filter((s) => s < 11 - 0.05).length, texts: sizes.length };
			})
		);
	}
	await page.close();
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/es/'];
	const { base, close } = await serveBuild();
	const browser = await launchChromium();
	for (const path of paths) {
		console.log(`${path} at 390×844: smallest text in the pinned chart, per step (CSS px)`);
		for (const [i, r] of (await pinnedTextSizes(browser, base, path)).entries())
			console.log(`  ${String(i + 1).padStart(2)} ${r.step.padEnd(28)} scale ${r.scale} · smallest ${r.min} px · ${r.under11} of ${r.texts} texts under 11 px`);
	}
	await browser.close();
	close();
}
