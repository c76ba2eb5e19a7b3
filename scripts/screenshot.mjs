// Screenshots of built pages, for looking at what a reader sees: node scripts/screenshot.mjs /path/ [...]
// Serves build/ on loopback, writes /tmp/shots/<name>-<phone|desktop>[-nojs].png.
import { mkdirSync } from 'node:fs';
import { launchChromium, serveBuild } from './serve-build.mjs';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const nojs = process.argv.includes('--nojs');
const scroll = Number((process.argv.find((a) => a.startsWith('--scroll=')) ?? '--scroll=0').split('=')[1]);
const dark = process.argv.includes('--dark');
mkdirSync('/tmp/shots', { recursive: true });
const { base, close } = await serveBuild();
const browser = await launchChromium();
for (const path of paths) {
	for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
		const page = await browser.newPage({ viewport, javaScriptEnabled: !nojs, colorScheme: dark ? 'dark' : 'light' });
		const errors = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(base + path, { waitUntil: 'networkidle' });
		if (scroll) {
			await page.evaluate((y) => window.scrollTo(0, y), scroll);
			await page.waitForTimeout(800);
		}
		const file = `/tmp/shots/${path.replace(/[^a-z0-9]+/gi, '_')}-${name}${nojs ? '-nojs' : ''}${dark ? '-dark' : ''}${scroll ? '-' + scroll : ''}.png`;
		await page.screenshot({ path: file, fullPage: full });
		console.log(file, errors.length ? 'ERRORS: ' + errors.join(' | ') : '');
		await page.close();
	}
}
await browser.close();
close();
