/** The prerendered pages of the build, found by walking build/ for index.html files. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** Every file of the build, without the precompressed .gz/.br twins that sit beside each text file. */
export const builtFiles = () => walk('build').filter((f) => !isCompressedTwin(f));

/** A .gz or .br file the build wrote beside a text file (adapter-static's precompress). */
export const isCompressedTwin = (f: string) => /\.(gz|br)$/.test(f);

/** Every file of the build, the .gz/.br twins included. */
export const allBuiltFiles = () => walk('build');

/** Site paths of every page, e.g. "/", "/es/timeline/", "/charts/coca-cultivation/". */
export const pagePaths = () =>
	builtFiles()
		.filter((f) => f.endsWith('/index.html'))
		.map((f) => f.slice('build'.length).replace(/index\.html$/, ''))
		.sort();

/** The file a site path is served from, or null. */
export function fileFor(path: string): string | null {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]);
	const candidates = clean.endsWith('/') ? [`build${clean}index.html`] : [`build${clean}`, `build${clean}/index.html`, `build${clean}.html`];
	return candidates.find((c) => {
		try {
			return statSync(c).isFile();
		} catch {
			return false;
		}
	}) ?? null;
}
