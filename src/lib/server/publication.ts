import { datasets } from './datasets';
import { rawDataFile } from './data-files';
import { SITE_URL } from '$lib/site';
import type { Publication } from '$lib/seo/cite';

export type { Publication };

/** The parts of the descriptor that say who made the package (the loader does not need them). */
interface Credits {
	contributors?: { title: string; role?: string; path?: string }[];
	keywords?: string[];
}

let cached: Publication | undefined;

export function publication(): Publication {
	if (cached) return cached;
	const pkg = datasets().pkg as ReturnType<typeof datasets>['pkg'] & Credits;
	if (!pkg.version) throw new Error('data/datapackage.json has no version: a citation needs one');
	const author = pkg.contributors?.find((c) => c.role === 'author') ?? pkg.contributors?.[0];
	if (!author) throw new Error('data/datapackage.json names no contributor: a citation needs an author');
	const licence = pkg.licenses?.[0];
	if (!licence?.path) throw new Error('data/datapackage.json names no licence with an address');
	cached = {
		siteUrl: SITE_URL.replace(/\/$/, ''),
		version: pkg.version,
		released: releaseDate(pkg.version, rawDataFile('CHANGELOG.md')) ?? (pkg.created ?? '').slice(0, 10),
		author: author.title,
		licence: { name: licence.name, path: licence.path, title: licence.title ?? licence.name }
	};
	return cached;
}

/** The date of a version's heading in a Keep-a-Changelog file ("## [1.0.0] – 2026-11-25"), if it has one. */
export function releaseDate(version: string, changelog: string): string | undefined {
	const esc = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^##\\s*\\[?v?${esc}\\]?\\s*[–—-]\\s*(\\d{4}-\\d{2}-\\d{2})`, 'm').exec(changelog)?.[1];
}

/** The package's keywords (for structured data). */
export const packageKeywords = (): string[] => (datasets().pkg as Credits).keywords ?? [];

/** The package's citation, as /data/ shows it and its structured data gives it. */
export function packageCitation(): string {
	const pub = publication();
	const { pkg } = datasets();
	return `${pub.author} (${pub.released.slice(0, 4)}). ${pkg.title} (${pub.version}). ${pub.siteUrl}/data/`;
}
