// Screenshots of every story step, for checking that each step's chart shows what its words say:
// node scripts/step-shots.mjs [/ /es/] → /tmp/step-shots/<lang>-<phone|desktop>-<nn>-<chart>-<state>.png
// Each step is scrolled until its top is at 60% of the screen, past the trigger line (70%): the step is
// active and its card has begun to cover the pinned chart, as a reader starting to read it would have it.
import { mkdirSync } from 'node:fs';
import { launchChromium, serveBuild } from './serve-build.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/es/'];
const out = '/tmp/step-shots';
mkdirSync(out, { recursive: true });
const { base, close } = await serveBuild();
const browser = await launchChromium();
for (const path of paths) {
	const lang = path.includes('/es') ? 'es' : 'en';
	for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
		const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
		page.on('pageerror', (e) => console.log('page error:', e.message));
		await page.goto(base + path, { waitUntil: 'networkidle' });
		const steps = await page.locator('.scrolly .step').count();
		for (let i = 0; i < steps; i++) {
			const step = page.locator('.scrolly .step').nth(i);
			await step.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.6));
			await page.waitForTimeout(700);
			const [chart, state] = await step.evaluate((el) => [el.dataset.chart, el.dataset.state]);
			const shown = await step.evaluate((el) => el.closest('.scrolly').querySelector('.graphic').dataset.state);
			const file = `${out}/${lang}-${name}-${String(i + 1).padStart(2, '0')}-${chart}-${state}.png`;
			await page.screenshot({ path: file });
			if (shown !== state) console.log(`${file}: the pinned chart shows "${shown}", not the step's "${state}"`);
			else console.log(file);
		}
		await page.close();
	}
}
await browser.close();
close();
