// Screenshots of every story step, for checking that each step's chart shows what its words say:
// node scripts/step-shots.mjs [/ /es/] → /tmp/step-shots/<lang>-<light|dark>-<phone|desktop>-<nn>-<chart>-<state>.png
// (SCHEMES=light or SCHEMES=dark for one colour scheme.) Each step is scrolled until its top is 40 px
// past its story's reading line (the CSS --reading-line, a share of the screen's height): the step is
// active, as a reader starting to read it would have it.
import { mkdirSync } from 'node:fs';
import { launchChromium, serveBuild } from './serve-build.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/es/'];
const out = '/tmp/step-shots';
mkdirSync(out, { recursive: true });
const { base, close } = await serveBuild();
const browser = await launchChromium();
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
for (const path of paths) {
	const lang = path.includes('/es') ? 'es' : 'en';
	for (const [name, viewport, scheme] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]].flatMap(([n, v]) => schemes.map((c) => [n, v, c]))) {
		const page = await browser.newPage({ viewport, reducedMotion: 'reduce', colorScheme: scheme });
		page.on('pageerror', (e) => console.log('page error:', e.message));
		await page.goto(base + path, { waitUntil: 'networkidle' });
		const steps = await page.locator('.scrolly .step').count();
		for (let i = 0; i < steps; i++) {
			const step = page.locator('.scrolly .step').nth(i);
			await step.evaluate((el) => {
				const line = parseFloat(getComputedStyle(el.parentElement).getPropertyValue('--reading-line')) || 0.5;
				window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * line + 40);
			});
			await page.waitForTimeout(700);
			const [chart, state] = await step.evaluate((el) => [el.dataset.chart, el.dataset.state]);
			const shown = await step.evaluate((el) => el.closest('.scrolly').querySelector('.graphic').dataset.state);
			const file = `${out}/${lang}-${scheme}-${name}-${String(i + 1).padStart(2, '0')}-${chart}-${state}.png`;
			await page.screenshot({ path: file });
			if (shown !== state) console.log(`${file}: the pinned chart shows "${shown}", not the step's "${state}"`);
			else console.log(file);
		}
		await page.close();
	}
}
await browser.close();
close();
