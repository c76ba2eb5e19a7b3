// Lighthouse as an outside reader's phone sees the site: the `lighthouse` package (pinned 12.2.3; 13
// wants Node 22) with its default mobile configuration and simulated throttling (slow 4G, 4× CPU),
// in Debian's Chromium, on build/ served with compression as a static host serves it. Used by
// scripts/bench.mjs; on its own: `[RUNS=3] [BROTLI=0] node scripts/lighthouse.mjs [/path/ …]` (after
// `npm run build`) prints every run's figures and their medians as JSON.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { pathToFileURL } from 'node:url';
import { serveBuild } from './serve-build.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * One Lighthouse run in a fresh Chromium (no cache, no state from the run before).
 * @param {string} url
 */
async function once(url) {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
			fcpMs: Math.round(audit('first-contentful-paint')),
			lcpMs: Math.round(audit('largest-contentful-paint')),
			tbtMs: Math.round(audit('total-blocking-time')),
			cls: +audit('cumulative-layout-shift').toFixed(4),
			domElements: audit('dom-size'),
			// What the first request (the HTML) weighed on the wire, as the page was served.
			htmlTransferBytes: lhr.audits['network-requests']?.details?.type === 'table' ? (/** @type {any[]} */ (lhr.audits['network-requests'].details.items)).find((r) => r.resourceType === 'Document')?.transferSize ?? NaN : NaN,
			failed: Object.values(lhr.audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id)
		};
	} finally {
		await chrome.kill();
	}
}

/**
 * A run, tried again (up to twice) when Lighthouse itself fails, e.g. a DevTools protocol time-out
 * while other work holds both cores: such a run measured nothing, so it is not one of the figures.
 * @param {string} url
 */
async function measured(url) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await once(url);
		} catch (e) {
			if (attempt === 3) throw e;
			console.error(`lighthouse: ${/** @type {Error} */ (e).message}; trying again`);
		}
	}
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * `runs` runs on each path; the median of each figure (each taken on its own) and every run's figures.
 * @param {string} base
 * @param {string[]} paths
 * @param {number} runs
 */
export async function lighthouseMedians(base, paths, runs = 3) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const path of paths) {
		const all = [];
		for (let i = 0; i < runs; i++) all.push(await measured(base + path));
		out[path] = {
			runs: all,
			median: {
				scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])),
				fcpMs: median(all.map((r) => r.fcpMs)),
				lcpMs: median(all.map((r) => r.lcpMs)),
				tbtMs: median(all.map((r) => r.tbtMs)),
				cls: median(all.map((r) => r.cls)),
				domElements: median(all.map((r) => r.domElements)),
				htmlTransferBytes: median(all.map((r) => r.htmlTransferBytes))
			},
			failedAudits: [...new Set(all.flatMap((r) => r.failed))]
		};
	}
	return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
	// BROTLI=0: gzip only, as a host that compresses on the fly with gzip would send the pages.
	const { base, close } = await serveBuild({ brotli: process.env.BROTLI !== '0' });
	try {
		console.log(JSON.stringify(await lighthouseMedians(base, paths.length ? paths : ['/', '/es/'], Number(process.env.RUNS ?? 3)), null, 1));
	} finally {
		close();
	}
}
