// npm run bench: builds the site, measures it and prints every figure beside its budget.
// Writes bench/results/bench.json (not committed). Timed figures are printed, never asserted in tests.
// `npm run bench -- --only=lighthouse` runs Lighthouse alone on the current build/; `--only=transitions`
// the changes of state of the pinned charts alone (section 4), on the current build/ too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveBuild } from './serve-build.mjs';
import { CATEGORIES, lighthouseMedians } from './lighthouse.mjs';
import { chartCoverage, describeCoverage } from './chart-coverage.mjs';
import { pinnedTextSizes } from './pinned-text-size.mjs';

const KB = 1024;
const results = { when: new Date().toISOString(), budgets: [] };
const budget = (name, value, limit, unit, met = value <= limit) => results.budgets.push({ name, value, limit, unit, met });
/** A figure that must reach its budget (a score), not stay under it. */
const floor = (name, value, limit, unit) => results.budgets.push({ name, value, limit, unit, met: value >= limit, atLeast: true });
const pad = (s, n) => String(s).padEnd(n);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only === 'lighthouse') {
	await lighthouseBench();
	finish('bench-lighthouse.json');
	process.exit(0);
}
// The server and the browser the story's measures use (section 3 on; --only=transitions starts them at once).
let base, close, browser;
if (only === 'transitions') {
	({ base, close } = await serveBuild());
	browser = await launchChromium();
	await transitionsBench();
	await browser.close();
	close();
	finish('bench-transitions.json');
	process.exit(0);
}

// 1. Build time and what the build produces.
let t0 = performance.now();
const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
if (build.status !== 0) {
	console.error(build.stdout + build.stderr);
	process.exit(1);
}
const buildSeconds = (performance.now() - t0) / 1000;
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
// Each text file has a .gz and a .br twin beside it (adapter-static's precompress), counted apart.
const everything = walk('build');
const files = everything.filter((f) => !/\.(gz|br)$/.test(f));
const count = (re) => files.filter((f) => re.test(f)).length;
results.build = {
	seconds: +buildSeconds.toFixed(1),
	files: files.length,
	bytes: files.reduce((s, f) => s + statSync(f).size, 0),
	withTwins: { files: everything.length, bytes: everything.reduce((s, f) => s + statSync(f).size, 0) },
	pages: count(/index\.html$/),
	svgExports: count(/\/charts\/.*\.svg$/),
	pngExports: count(/\/charts\/.*\.png$/),
	svgBytes: files.filter((f) => /\/charts\/.*\.svg$/.test(f)).reduce((s, f) => s + statSync(f).size, 0),
	pngBytes: files.filter((f) => /\/charts\/.*\.png$/.test(f)).reduce((s, f) => s + statSync(f).size, 0)
};
budget('full build', results.build.seconds, 60, 's');

// 2. Server render times (a Vitest run, so the chart code runs as TypeScript through Vite).
const render = spawnSync('npx', ['vitest', 'run', '--project', 'unit'], { encoding: 'utf8', env: { ...process.env, BENCH: '1' } });
if (render.status !== 0) console.error(render.stdout + render.stderr);
results.render = JSON.parse(readFileSync('bench/results/render.json', 'utf8'));

// 3. Page weights, and 4. the story in a throttled Chromium.
({ base, close } = await serveBuild());
browser = await launchChromium();

const kind = (url, type) =>
	type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'fonts' : type === 'image' ? 'images' : 'other';
// The chart code's entry, which a redraw imports (Vite's manifest): every script requested before it
// is start-up code; the entry and what it imports are the chart code.
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const chartEntry = manifest['src/lib/charts/draw-in-browser.ts'].file;
const chartCode = new Set();
(function visit(key) {
	const entry = manifest[key];
	if (!entry || chartCode.has(entry.file)) return;
	chartCode.add(entry.file);
	for (const k of entry.imports ?? []) visit(k);
})('src/lib/charts/draw-in-browser.ts');
const pages = files.filter((f) => f.endsWith('index.html')).map((f) => f.slice(5).replace(/index\.html$/, ''));
results.pages = {};
for (const path of pages) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const loaded = [];
	page.on('response', (r) => loaded.push({ url: r.url(), type: kind(r.url(), r.request().resourceType()) }));
	// Start-up: what the page loads before the reader does anything (the first chart is in the HTML,
	// so it is visible before any of this runs).
	await page.goto(base + path, { waitUntil: 'networkidle' });
	const initial = loaded.slice();
	// Everything the page can load: scroll it through so lazily loaded chart code counts too.
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 15));
		}
	});
	await page.waitForLoadState('networkidle');
	const sizes = { html: [0, 0], css: [0, 0], js: [0, 0], fonts: [0, 0], images: [0, 0], other: [0, 0] };
	const sizeOf = (u) => {
		const p = new URL(u).pathname;
		const f = join('build', p.endsWith('/') ? p + 'index.html' : p);
		const b = readFileSync(f);
		return [b.length, gzipSync(b, { level: 9 }).length];
	};
	const seen = new Set();
	for (const r of loaded) {
		if (seen.has(r.url) || !r.url.startsWith(base)) continue;
		seen.add(r.url);
		const [raw, gz] = sizeOf(r.url);
		sizes[r.type][0] += raw;
		sizes[r.type][1] += gz;
	}
	// The chart code (Plot, d3, map shapes) loads on the first redraw, after the first paint; the rest is start-up.
	const firstChartCode = initial.findIndex((r) => new URL(r.url).pathname.slice(1) === chartEntry);
	const startupJs = [...new Set(initial.slice(0, firstChartCode < 0 ? undefined : firstChartCode).filter((r) => r.type === 'js').map((r) => r.url))];
	const initialJs = startupJs.reduce((s, u) => s + sizeOf(u)[1], 0);
	// A page that drew nothing new in this pass (a phone whose prerendered drawings fit) has not loaded
	// the chart code; the whole-page figure counts it anyway, as the reader's first change of state will.
	const chartCodeGz = [...chartCode].filter((f) => !seen.has(`${base}/${f}`)).reduce((s, f) => s + sizeOf(`${base}/${f}`)[1], 0);
	const hasCharts = readFileSync(join('build', path, 'index.html'), 'utf8').includes('class="plot');
	const totalGz = Object.values(sizes).reduce((s, [, g]) => s + g, 0) + (hasCharts ? chartCodeGz : 0);
	results.pages[path] = { sizes, initialJsGzip: initialJs, totalGzip: totalGz, chartCodeNotLoadedGzip: hasCharts ? chartCodeGz : 0 };
	await page.close();
}
for (const p of ['/', '/es/']) {
	budget(`${p} start-up JS, before any chart redraw (gzip)`, +(results.pages[p].initialJsGzip / KB).toFixed(1), 60, 'KB');
	budget(`${p} whole page (gzip)`, +(results.pages[p].totalGzip / KB).toFixed(1), 400, 'KB');
}

// 4. The story at a phone size with the CPU slowed 4×: LCP, CLS, total blocking time, and long frames
// during a scripted fling from top to bottom, started 0.5 s after the network goes quiet (start-up work may still
// run) and again 3 s after it (a reader who looks at the headline first).
results.story = {};
/** The story in a fresh context at a phone size with the CPU slowed 4×, recording LCP, CLS and long tasks. */
async function openStory(path, waitUntil) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(() => {
		window.__perf = { lcp: 0, cls: 0, longTasks: [] };
		new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__perf.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__perf.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__perf.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(base + path, { waitUntil });
	return { context, page };
}
async function storyRun(path, settleMs) {
	const { context, page } = await openStory(path, 'networkidle');
	await page.waitForTimeout(settleMs);
	const load = await page.evaluate(() => ({ ...window.__perf }));
	const frames = await page.evaluate(async () => {
		const deltas = [];
		let last = performance.now();
		let running = true;
		const tick = (t) => {
			deltas.push(t - last);
			last = t;
			if (running) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		const end = document.body.scrollHeight;
		for (let y = 0; y < end; y += 120) {
			window.scrollTo(0, y);
			await new Promise((r) => requestAnimationFrame(r));
		}
		running = false;
		return { frames: deltas.length, long: deltas.filter((d) => d > 50).length, worst: Math.max(...deltas) };
	});
	const cls = await page.evaluate(() => window.__perf.cls);
	await context.close();
	return { lcpMs: Math.round(load.lcp), cls: +cls.toFixed(4), totalBlockingMs: Math.round(load.longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0)), scroll: frames };
}
// LCP moves by hundreds of milliseconds from one load to the next on this 2-core machine (the
// browser's other processes and this server share the cores), so it is read over several cold loads,
// each in a fresh context: the budget is judged on the median, and the slowest load is printed too.
const LCP_LOADS = 7;
async function lcpLoad(path) {
	const { context, page } = await openStory(path, 'load');
	await page.waitForTimeout(500);
	const lcp = await page.evaluate(() => Math.round(window.__perf.lcp));
	await context.close();
	return lcp;
}
for (const path of ['/', '/es/']) {
	const early = await storyRun(path, 500);
	const settled = await storyRun(path, 3000);
	const loads = [early.lcpMs, settled.lcpMs];
	while (loads.length < LCP_LOADS) loads.push(await lcpLoad(path));
	const sorted = [...loads].sort((a, b) => a - b);
	const lcp = { loads, median: sorted[sorted.length >> 1], fastest: sorted[0], slowest: sorted.at(-1) };
	results.story[path] = { early, settled, lcp };
	budget(`${path} LCP, phone, 4× CPU (median of ${LCP_LOADS} loads)`, lcp.median, 1500, 'ms');
	budget(`${path} CLS (load and full scroll)`, early.cls, 0, '');
	budget(`${path} scroll frames > 50 ms, from 0.5 s`, early.scroll.long, 0, 'frames');
	budget(`${path} scroll frames > 50 ms, from 3 s`, settled.scroll.long, 0, 'frames');
}

// The frames of each change of state of a pinned chart (its marks move: src/lib/components/move-marks.ts),
// at a phone size with the CPU slowed 4×: every frame from the moment the story moves to the next step
// (the pinned graphic's data-state changes) until 700 ms after the new drawing goes into `.plot` (the
// move lasts 500 ms), so work done for the change before the drawing is swapped counts too. The reader
// stops on the step before first, long enough for its drawings to be made while idle, as they are for a
// reader, so what is timed is the change itself.
async function transitionRun(path) {
	const { context, page } = await openStory(path, 'networkidle');
	const runs = await page.evaluate(async () => {
		const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
		const steps = [...document.querySelectorAll('.step')];
		const out = [];
		for (let i = 1; i < steps.length; i++) {
			const a = steps[i - 1].dataset;
			const b = steps[i].dataset;
			if (steps[i - 1].parentElement !== steps[i].parentElement || a.chart !== b.chart || a.state === b.state) continue;
			const line = parseFloat(getComputedStyle(steps[i].parentElement).getPropertyValue('--reading-line')) || 0.5;
			const at = (el) => el.getBoundingClientRect().top + scrollY - innerHeight * line + 40;
			const plot = steps[i].closest('.scrolly').querySelector(`.layer[data-layer="${b.chart}"] .plot`);
			scrollTo(0, at(steps[i - 1]));
			for (let t = 0; t < 150 && plot.dataset.drawnState !== a.state; t++) await sleep(100);
			await sleep(3000);
			const graphic = steps[i].closest('.scrolly').querySelector('.graphic');
			const deltas = [];
			let moved = false;
			let swapped = Infinity;
			new MutationObserver((_, observer) => {
				observer.disconnect();
				moved = !!plot.querySelector('svg.marks-move');
				swapped = performance.now();
			}).observe(plot, { childList: true });
			const done = new Promise((resolve) => {
				new MutationObserver((_, observer) => {
					observer.disconnect();
					let last = performance.now();
					const tick = (t) => {
						deltas.push(t - last);
						last = t;
						if (t < swapped + 700) requestAnimationFrame(tick);
						else resolve();
					};
					requestAnimationFrame(tick);
				}).observe(graphic, { attributes: true, attributeFilter: ['data-state'] });
			});
			scrollTo(0, at(steps[i]));
			await Promise.race([done, sleep(15_000)]);
			out.push({ to: `${b.chart}/${b.state}`, moved, frames: deltas.length, long: deltas.filter((d) => d > 50).length, worst: Math.round(Math.max(0, ...deltas)) });
		}
		return out;
	});
	await context.close();
	return runs;
}
await transitionsBench(false);

// 5. How much of the pinned chart the text hides while the story is read (scripts/chart-coverage.mjs).
results.coverage = await chartCoverage(browser, base);
for (const r of Object.values(results.coverage).filter((r) => r.size === 'phone')) {
	budget(`${r.path} pinned chart hidden, phone (median)`, Math.round(r.medianHidden * 100), 15, '%');
	budget(`${r.path} positions with over half the chart hidden, phone`, Math.round(r.overHalfShare * 100), 10, '%');
}

// 5b. The smallest text a phone reader gets in the pinned chart at each step: its size times the scale
// the pinned box shrinks the drawing by (scripts/pinned-text-size.mjs). The floor is the no-JS figures'.
results.pinnedText = {};
for (const path of ['/', '/es/']) {
	results.pinnedText[path] = await pinnedTextSizes(browser, base, path);
	floor(`${path} smallest text in the pinned chart, phone`, Math.min(...results.pinnedText[path].map((r) => r.min ?? 0)), 11, 'px');
}
await browser.close();
close();

// Print.
const MB = (b) => (b / KB / KB).toFixed(1);
console.log(`\nBuild: ${results.build.seconds} s · ${results.build.files} files (${MB(results.build.bytes)} MB); with the .gz/.br twins ${results.build.withTwins.files} files (${MB(results.build.withTwins.bytes)} MB)`);
console.log(`  ${results.build.pages} pages · ${results.build.svgExports} SVG (${(results.build.svgBytes / KB).toFixed(0)} KB) · ${results.build.pngExports} PNG (${(results.build.pngBytes / KB).toFixed(0)} KB)`);
console.log(`\nServer render, median of ${results.render.runs} runs, at 640 px (ms):`);
for (const [id, ms] of Object.entries(results.render.perChart)) console.log(`  ${pad(id, 22)} ${ms.toFixed(2)}`);
console.log(`  every chart × state × {360, 640} px: ${results.render.allStatesBothWidthsMs.toFixed(1)} ms in all (${results.render.perState.length} drawings)`);
console.log('\nPage weights, gzip KB (raw KB): html (CSS inlined) · css · js · fonts · images · start-up JS');
for (const [p, r] of Object.entries(results.pages)) {
	const f = (k) => `${(r.sizes[k][1] / KB).toFixed(1)} (${(r.sizes[k][0] / KB).toFixed(0)})`;
	console.log(`  ${pad(p, 36)} ${f('html')} · ${f('css')} · ${f('js')} · ${f('fonts')} · ${f('images')} · ${(r.initialJsGzip / KB).toFixed(1)}${r.chartCodeNotLoadedGzip ? ` · (+${(r.chartCodeNotLoadedGzip / KB).toFixed(1)} chart code, loaded on the first redraw, counted in the whole page)` : ''}`);
}
console.log('\nStory in Chromium, phone 390×844, CPU 4× slower:');
for (const [p, runs] of Object.entries(results.story))
	for (const [when, r] of Object.entries(runs).filter(([k]) => k !== 'lcp'))
		console.log(`  ${pad(p, 6)} ${pad(when === 'early' ? 'scroll from 0.5 s' : 'scroll from 3 s', 18)} LCP ${r.lcpMs} ms · CLS ${r.cls} · TBT ${r.totalBlockingMs} ms · ${r.scroll.frames} frames, ${r.scroll.long} over 50 ms (worst ${r.scroll.worst.toFixed(0)} ms)`);
for (const [p, { lcp }] of Object.entries(results.story))
	console.log(`  ${pad(p, 6)} LCP over ${lcp.loads.length} loads: median ${lcp.median} ms · fastest ${lcp.fastest} · slowest ${lcp.slowest} (${lcp.loads.join(', ')})`);
printTransitions();
console.log('\nPinned chart hidden from the reader (under a card or text, or off screen), sampled every 100 px:');
for (const r of Object.values(results.coverage)) console.log(describeCoverage(r.path, r.size, r));
console.log('\nSmallest text in the pinned chart, phone 390×844, per step (CSS px, and the scale the box draws it at):');
for (const [p, steps] of Object.entries(results.pinnedText))
	for (const [i, r] of steps.entries()) console.log(`  ${pad(p, 6)} ${String(i + 1).padStart(2)} ${pad(r.step, 30)} ${r.min} px · scale ${r.scale} · ${r.under11} of ${r.texts} texts under 11 px`);

await lighthouseBench();
finish('bench.json');

/**
 * 6. Lighthouse as an outside reader's phone sees the story: its default mobile configuration with
 * simulated throttling (slow 4G, 4× CPU), build/ served compressed like a host serving the precompressed
 * files, 3 runs per page, the median of each figure. The HTML budget is the page's gzip size (its .gz
 * twin: what any compressing host sends at most), the DOM budget the elements Lighthouse counts at load.
 */
async function lighthouseBench() {
	const runs = 3;
	const { base, close } = await serveBuild();
	try {
		results.lighthouse = await lighthouseMedians(base, ['/', '/es/'], runs);
	} finally {
		close();
	}
	console.log(`\nLighthouse (mobile, simulated throttling, served with brotli/gzip), median of ${runs} runs:`);
	for (const [p, r] of Object.entries(results.lighthouse)) {
		const m = r.median;
		m.htmlGzipKB = +(statSync(join('build', p, 'index.html.gz')).size / KB).toFixed(1);
		// The data kit hands the page to hydrate it (tests/e2e/budgets.test.ts reads it the same way).
		const hydration = /\bdata: (\[[^]*?\]),\s*form:/.exec(readFileSync(join('build', p, 'index.html'), 'utf8'));
		m.hydrationKB = hydration ? +(hydration[1].length / KB).toFixed(1) : NaN;
		console.log(`  ${pad(p, 6)} ${CATEGORIES.map((c) => `${c} ${m.scores[c]}`).join(' · ')}`);
		console.log(`  ${pad('', 6)} FCP ${m.fcpMs} ms · LCP ${m.lcpMs} ms · TBT ${m.tbtMs} ms · CLS ${m.cls} · ${m.domElements} DOM elements · HTML ${m.htmlGzipKB} KB gzip (${(m.htmlTransferBytes / KB).toFixed(1)} KB sent), of which ${m.hydrationKB} KB raw hydration data`);
		console.log(`  ${pad('', 6)} each run, performance/FCP/LCP/TBT: ${r.runs.map((x) => `${x.scores.performance}/${x.fcpMs}/${x.lcpMs}/${x.tbtMs}`).join(', ')}${r.failedAudits.length ? ` · failed audits: ${r.failedAudits.join(', ')}` : ''}`);
		floor(`${p} Lighthouse performance`, m.scores.performance, 98, '');
		for (const c of CATEGORIES.slice(1)) floor(`${p} Lighthouse ${c}`, m.scores[c], 100, '');
		budget(`${p} HTML (gzip)`, m.htmlGzipKB, 70, 'KB');
		budget(`${p} DOM elements at load`, m.domElements, 1500, '');
		budget(`${p} hydration data (raw)`, m.hydrationKB, 30, 'KB');
	}
}

/** The changes of state on / and /es/, each judged against its budget; printed at once when asked for alone. */
async function transitionsBench(print = true) {
	results.transitions = {};
	for (const path of ['/', '/es/']) {
		results.transitions[path] = await transitionRun(path);
		budget(`${path} frames > 50 ms while marks move, 4× CPU`, results.transitions[path].reduce((s, r) => s + r.long, 0), 0, 'frames');
	}
	if (print) printTransitions();
}

function printTransitions() {
	console.log('\nChanges of state of a pinned chart, phone, CPU 4× slower (frames from the change of step to 700 ms after the swap):');
	for (const [p, runs] of Object.entries(results.transitions))
		for (const r of runs) console.log(`  ${pad(p, 6)} to ${pad(r.to, 28)} marks ${r.moved ? 'move' : 'jump (too many to move, or reduced motion)'} · ${r.frames} frames, ${r.long} over 50 ms (worst ${r.worst} ms)`);
}

function finish(file) {
	console.log('\nBudgets:');
	for (const b of results.budgets) console.log(`  ${b.met ? 'met ' : 'MISS'}  ${pad(b.name, 40)} ${b.value} ${b.unit} (budget ${b.atLeast ? '≥ ' : ''}${b.limit} ${b.unit})`);
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(`bench/results/${file}`, JSON.stringify(results, null, 1));
	console.log(`\nWritten to bench/results/${file}`);
}
