/** Debian's Chromium driven by playwright-core: no browser download, no request off this machine. */
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

const EXECUTABLE = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export async function launch(): Promise<Browser> {
	if (!EXECUTABLE) throw new Error('Chromium is not installed: apt-get install -y chromium (see .ci/run)');
	return chromium.launch({
		executablePath: EXECUTABLE,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export const viewports = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
} satisfies Record<string, BrowserContextOptions['viewport']>;
