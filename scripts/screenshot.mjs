// Screenshots of built pages, for looking at what a reader sees: node scripts/screenshot.mjs /path/ [...]
// Serves build/ on loopback, writes /tmp/shots/<name>-<phone|desktop>[-nojs].png.
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const nojs = process.argv.includes('--nojs');
const scroll = Number((process.argv.find((a) => a.startsWith('--scroll=')) ?? '--scroll=0').split('=')[1]);
const dark = process.argv.includes('--dark');
mkdirSync('/tmp/shots', { recursive: true });
const serve = sirv('build', { dev: false, extensions: ['html'] });
const server = createServer((req, res) => serve(req, res, () => ((res.statusCode = 404), res.end())));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});
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
server.close();
