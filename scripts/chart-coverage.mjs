// How much of the pinned chart a reader can see while reading the story: `node scripts/chart-coverage.mjs`
// on the current build/; `npm run bench` prints it too, and tests/e2e/chart-in-view.test.ts asserts it.
//
// The story is scrolled 100 px at a time. At each position where a section's chart is pinned (its
// .graphic stuck at its sticky top), the shown drawing's box is probed on a grid of points: a point is
// hidden when it lies off the screen, outside the pinned box that clips the drawing, or under anything
// the browser paints above the drawing there (a step card's background, a line of text; a transparent
// wrapper that merely lies above it does not count). Hit-testing rather than rectangle arithmetic
// alone, so a card that passes *under* an opaque chart does not count as covering it, and one that
// passes over it does, whatever stacking rules put it there.
import { fileURLToPath } from 'node:url';
import { launchChromium, serveBuild } from './serve-build.mjs';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * @typedef {{ y: number, section: string, shows: string, chart: number, title: number, card: number }} Sample
 * One pinned position: the scroll offset, the section, what the chart shows ("chart/state"), the
 * share (0–1) of its drawing and of its title that the reader cannot see, and where the active step's
 * card begins (its top, as a fraction of the viewport's height: above 1, the text is not on screen yet).
 */

/**
 * Runs in the page: scrolls it top to bottom, `step` px at a time, and returns a Sample wherever a
 * chart is pinned. One call for the whole scroll, so it costs no round trip per position.
 * @param {{ grid: number, step: number }} options
 * @returns {Promise<Sample[]>}
 */
async function sampleInPage({ grid, step }) {
	const W = innerWidth;
	const H = innerHeight;
	/** @type {Map<Element, boolean>} */
	const painted = new Map();
	/** Whether an element paints its own box (a background): a card does, a layout wrapper does not. @param {Element} el */
	const paintsBox = (el) => {
		if (!painted.has(el)) painted.set(el, !/^(transparent|rgba\(.*,\s*0\))$/.test(getComputedStyle(el).backgroundColor));
		return /** @type {boolean} */ (painted.get(el));
	};
	/** Whether one of an element's own lines of text is drawn at the point. @param {Element} el @param {number} x @param {number} y */
	const textAt = (el, x, y) =>
		[...el.childNodes].some((n) => {
			if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) return false;
			const range = document.createRange();
			range.selectNodeContents(n);
			return [...range.getClientRects()].some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom);
		});
	/** Whether something painted above the drawing hides it at the point: in the stack of boxes there,
	 *  from the top down to the drawing, one has a background or text drawn there.
	 *  @param {number} x @param {number} y @param {Element} owner */
	const covered = (x, y, owner) => {
		for (const el of document.elementsFromPoint(x, y)) {
			if (owner.contains(el)) return false;
			if (paintsBox(el) || textAt(el, x, y)) return true;
		}
		return true;
	};
	/** @param {DOMRect} box @param {DOMRect} clip @param {Element} owner */
	const hiddenShare = (box, clip, owner) => {
		if (box.width === 0 || box.height === 0) return 1;
		let hidden = 0;
		for (let i = 0; i < grid; i++)
			for (let j = 0; j < grid; j++) {
				const x = box.left + ((i + 0.5) * box.width) / grid;
				const y = box.top + ((j + 0.5) * box.height) / grid;
				const inView = x >= 0 && x < W && y >= 0 && y < H && x >= clip.left && x < clip.right && y >= clip.top && y < clip.bottom;
				if (!inView || covered(x, y, owner)) hidden++;
			}
		return hidden / (grid * grid);
	};
	const graphics = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('.graphic')]);
	// Pinned: stuck at its sticky top (before its section it sits lower; after, it has scrolled away).
	const pinned = () =>
		graphics.find((graphic) => {
			const g = graphic.getBoundingClientRect();
			return Math.abs(g.top - (parseFloat(getComputedStyle(graphic).top) || 0)) <= 1 && g.bottom > 0 && g.top < H;
		});
	const probe = () => {
		const graphic = pinned();
		const layer = graphic?.querySelector('.layer.shown');
		const svg = layer?.querySelector('.plot svg');
		if (!graphic || !svg) return null;
		const g = graphic.getBoundingClientRect();
		const title = layer?.querySelector('.title');
		return {
			section: graphic.closest('section')?.id ?? '',
			shows: `${graphic.dataset.chart}/${graphic.dataset.state}`,
			chart: hiddenShare(svg.getBoundingClientRect(), g, graphic),
			title: title ? hiddenShare(title.getBoundingClientRect(), g, graphic) : 1,
			card: (graphic.closest('.scrolly')?.querySelector('.step.is-active .step-text')?.getBoundingClientRect().top ?? NaN) / H
		};
	};
	const frame = () => new Promise((r) => requestAnimationFrame(r));
	/** @type {Sample[]} */
	const samples = [];
	const end = document.documentElement.scrollHeight - H;
	for (let y = 0; y <= end + step - 1; y += step) {
		scrollTo(0, y);
		if (!pinned()) continue;
		// Scrolly measures in the frame after a scroll: two frames on, the active step is the one shown.
		await frame();
		await frame();
		const s = probe();
		if (s) samples.push({ y, ...s });
	}
	scrollTo(0, 0);
	return samples;
}

/**
 * Scrolls the story at `path` top to bottom and returns every pinned position's figures.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {string} path
 * @param {{ width: number, height: number }} viewport
 * @param {{ grid?: number, colorScheme?: 'light' | 'dark' }} [options] grid: probe points across and
 *   down the drawing (24 × 24 by default, a cell of about 15 px on a phone; a test can afford fewer).
 */
export async function sampleStory(browser, base, path, viewport = PHONE, { grid = 24, colorScheme = 'light' } = {}) {
	const page = await browser.newPage({ viewport, colorScheme });
	try {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		return await page.evaluate(sampleInPage, { grid, step: 100 });
	} finally {
		await page.close();
	}
}

/** @param {number[]} xs */
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/**
 * The figures the issue asks for: median share hidden, share of positions with more than half hidden,
 * positions fully hidden; and at the positions where the pinned chart has just changed (another chart
 * or state than at the previous sample of the same section), how much of it and of its title was hidden.
 * @param {Sample[]} samples
 */
export function summarize(samples) {
	const shares = samples.map((s) => s.chart);
	const changes = samples.filter((s, i) => i > 0 && samples[i - 1].section === s.section && samples[i - 1].shows !== s.shows);
	return {
		positions: samples.length,
		medianHidden: +median(shares).toFixed(3),
		overHalfShare: +(shares.filter((x) => x > 0.5).length / Math.max(1, shares.length)).toFixed(3),
		fullyHidden: shares.filter((x) => x >= 0.999).length,
		changes: changes.length,
		changesChartOver15: changes.filter((s) => s.chart > 0.15).length,
		changesTitleHidden: changes.filter((s) => s.title > 0).length,
		worstAtChange: changes.length ? +Math.max(...changes.map((s) => s.chart)).toFixed(3) : 0,
		/** The lowest the new step's card was at a change: where the chart changes, relative to its text. */
		lowestCardAtChange: changes.length ? +Math.max(...changes.map((s) => s.card)).toFixed(2) : 0
	};
}

/** @param {number} x */
const pct = (x) => `${(x * 100).toFixed(0)}%`;
/** One printed line. @param {string} path @param {string} size @param {ReturnType<typeof summarize>} r */
export function describeCoverage(path, size, r) {
	return (
		`  ${path.padEnd(6)} ${size.padEnd(8)} ${r.positions} pinned positions · median hidden ${pct(r.medianHidden)} · over half hidden at ${pct(r.overHalfShare)} · fully hidden ${r.fullyHidden}` +
		` · at ${r.changes} changes of chart/state: chart >15% hidden ${r.changesChartOver15}, title hidden ${r.changesTitleHidden} (worst ${pct(r.worstAtChange)}), new card's top at most ${pct(r.lowestCardAtChange)} down the screen`
	);
}

/**
 * Both languages at a phone's size (the budgets) and at a desktop's (for information).
 * @param {import('playwright-core').Browser} browser @param {string} base
 */
export async function chartCoverage(browser, base) {
	/** @type {Record<string, { path: string, size: string } & ReturnType<typeof summarize>>} */
	const out = {};
	for (const [size, viewport] of /** @type {const} */ ([['phone', PHONE], ['desktop', DESKTOP]]))
		for (const path of ['/', '/es/']) out[`${path} ${size}`] = { path, size, ...summarize(await sampleStory(browser, base, path, viewport)) };
	return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { base, close } = await serveBuild();
	const browser = await launchChromium();
	try {
		const out = await chartCoverage(browser, base);
		console.log('Pinned chart hidden from the reader (under a card or text, or off screen), sampled every 100 px:');
		for (const r of Object.values(out)) console.log(describeCoverage(r.path, r.size, r));
	} finally {
		await browser.close();
		close();
	}
}
