/**
 * Serves build/ on loopback for the end-to-end tests, as a static host would: /x/ → /x/index.html,
 * files as they are (or their precompressed .br/.gz twin, to a client that accepts it), 404 otherwise. The tests reach it through inject('baseUrl').
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

let server: Server;

export async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` before the end-to-end tests');
	// gzip/brotli: the build's precompressed twins are sent to a browser that accepts them, as a host does.
	const serve = sirv('build', { dev: false, etag: false, extensions: ['html'], gzip: true, brotli: true });
	server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server did not start');
	project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
}

export async function teardown() {
	await new Promise((resolve) => server?.close(resolve));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
