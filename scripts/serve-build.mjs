// Shared by the measuring scripts: build/ served on loopback as a static host would (compressed), and Debian's
// Chromium with the flags this machine needs (no background networking, no sandbox as root).
import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

/**
 * build/ on loopback. Like a static host that serves the build's precompressed twins (README,
 * "Deploying"): brotli or gzip to a browser that accepts it; `{ brotli: false }` leaves gzip only, as a
 * host that compresses on the fly with gzip would send.
 */
export async function serveBuild({ brotli = true } = {}) {
	const serve = sirv('build', { dev: false, extensions: ['html'], gzip: true, brotli });
	const server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export const launchChromium = () =>
	chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
