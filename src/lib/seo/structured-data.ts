/**
 * Structured data (schema.org in JSON-LD) for search engines and dataset search: a NewsArticle for
 * each edition of the story, a Dataset for the data package with one Dataset per file in `hasPart`,
 * laid out as Google's Article and Dataset guidelines ask. Pure builders, typed with schema-dts: the
 * server reads data/ and the story and passes in plain values ($lib/server/structured-data).
 */
import type { DataDownload, Dataset, ImageObject, NewsArticle, Organization, Place, PropertyValue, WithContext } from 'schema-dts';

export interface ImageRef {
	url: string;
	width: number;
	height: number;
}

export interface ArticleInput {
	/** The story page's address. */
	url: string;
	lang: string;
	headline: string;
	description: string;
	/** YYYY-MM-DD. */
	datePublished: string;
	/** YYYY-MM-DD: the later of publication and the latest data release. */
	dateModified: string;
	author: Organization;
	publisher: Organization;
	/** Previews of the lead chart: Google asks for large images in more than one aspect ratio. */
	images: ImageRef[];
	/** The other editions: the original (for a translation) or its translations (for the original). */
	original?: { url: string; lang: string; headline: string };
	translations: { url: string; lang: string; headline: string }[];
	/** The data page, whose Dataset the story is based on. */
	dataset: { url: string; id: string };
	keywords: string[];
}

/** A stable node id for the article of a page: "…/#article". */
export const articleId = (url: string) => `${url}#article`;

export function newsArticle(a: ArticleInput): WithContext<NewsArticle> {
	const edition = (e: { url: string; lang: string; headline: string }): NewsArticle => ({
		'@type': 'NewsArticle',
		'@id': articleId(e.url),
		url: e.url,
		headline: e.headline,
		inLanguage: e.lang
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		'@id': articleId(a.url),
		url: a.url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
		headline: a.headline,
		description: a.description,
		inLanguage: a.lang,
		datePublished: a.datePublished,
		dateModified: a.dateModified,
		author: a.author,
		publisher: a.publisher,
		image: a.images.map(imageObject),
		isAccessibleForFree: true,
		keywords: a.keywords.join(', '),
		isBasedOn: { '@type': 'Dataset', '@id': a.dataset.id, url: a.dataset.url },
		...(a.original ? { translationOfWork: edition(a.original) } : {}),
		...(a.translations.length ? { workTranslation: a.translations.map(edition) } : {})
	};
}

const imageObject = (i: ImageRef): ImageObject => ({ '@type': 'ImageObject', url: i.url, contentUrl: i.url, width: `${i.width}`, height: `${i.height}` });

export interface VariableInput {
	name: string;
	description: string;
	unit?: string;
}

export interface DatasetInput {
	/** The node id, e.g. "…/data/#dataset-boat-strikes". */
	id: string;
	/** The page that describes it. */
	url: string;
	name: string;
	/** The machine name, e.g. "boat-strikes". */
	alternateName: string;
	description: string;
	version: string;
	/** YYYY-MM-DD. */
	datePublished: string;
	/** YYYY-MM-DD. */
	dateModified: string;
	licence: string;
	creator: Organization;
	citation: string;
	keywords: string[];
	/** An ISO 8601 interval, e.g. "1996/2026-06-21". */
	temporalCoverage: string;
	places: string[];
	variables: VariableInput[];
	downloads: { url: string; format: string; name: string }[];
	/** The files of a package, each a Dataset of its own. */
	parts?: DatasetInput[];
	/** The package a file belongs to. */
	partOf?: string;
}

/** A Dataset node; the package carries its files in `hasPart`, each pointing back with `isPartOf`. */
export function dataset(d: DatasetInput): Dataset {
	return {
		'@type': 'Dataset',
		'@id': d.id,
		url: d.url,
		name: d.name,
		alternateName: d.alternateName,
		description: d.description,
		version: d.version,
		datePublished: d.datePublished,
		dateModified: d.dateModified,
		license: d.licence,
		isAccessibleForFree: true,
		creator: d.creator,
		publisher: d.creator,
		citation: d.citation,
		keywords: d.keywords,
		temporalCoverage: d.temporalCoverage,
		spatialCoverage: d.places.map((name): Place => ({ '@type': 'Place', name })),
		variableMeasured: d.variables.map(
			(v): PropertyValue => ({ '@type': 'PropertyValue', name: v.name, description: v.description, ...(v.unit ? { unitText: v.unit } : {}) })
		),
		distribution: d.downloads.map((f): DataDownload => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.format })),
		...(d.partOf ? { isPartOf: { '@type': 'Dataset', '@id': d.partOf } } : {}),
		...(d.parts ? { hasPart: d.parts.map(dataset) } : {})
	};
}

export const withContext = <T extends Dataset>(node: T): WithContext<T> => ({ '@context': 'https://schema.org', ...node }) as WithContext<T>;

/**
 * A JSON-LD block for the page's <head>. It is a data block, never run, so the page's script policy
 * does not apply to it; `<`, `>` and `&` are written as \u escapes so no string inside can close the
 * element or open a comment, and the JSON still parses to the same values.
 */
export function jsonLdScript(value: object): string {
	const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `<script type="application/ld+json">${json}</script>`;
}

/**
 * An ISO 8601 interval from every date-like value of some columns ("2011-H1" and "1990/2020" count by
 * the years and dates they hold), or undefined when there are none.
 */
export function temporalCoverage(values: Iterable<unknown>): string | undefined {
	let first: string | undefined;
	let last: string | undefined;
	// A year or a month runs to its last day: "2025" ends after "2025-09".
	const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
	for (const v of values) {
		if (typeof v !== 'string' && typeof v !== 'number') continue;
		for (const [d] of String(v).matchAll(/\b\d{4}(?:-\d{2}(?:-\d{2})?)?\b/g)) {
			if (!first || d < first) first = d;
			if (!last || end(d) > end(last)) last = d;
		}
	}
	return first && last ? (first === last ? first : `${first}/${last}`) : undefined;
}
