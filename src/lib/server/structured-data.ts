import type { Organization } from 'schema-dts';
import { defaultLang, dictionaries, langFromPath, langs, pathPrefix, translated, type Lang } from '$lib/i18n';
import { PREVIEW_SIZE, SQUARE_SIZE, previewPath, squarePath } from '$lib/export/paths';
import { chartById } from '$lib/charts';
import { stories } from '$lib/story';
import { LEAD_CHART } from '$lib/story/lead-chart';
import { dataset, jsonLdScript, newsArticle, temporalCoverage, withContext, type DatasetInput } from '$lib/seo/structured-data';
import { asList, type Field, type Resource } from '$lib/data/descriptor';
import { datasets } from './datasets';
import { packageCitation, packageKeywords, publication } from './publication';

/**
 * Where each file's rows are, on the map. The descriptor does not say (a Data Package has no such
 * property), so it is said here, once per file; a file added without a line here stops the build.
 */
const PLACES: Record<string, Record<Lang, string>> = {
	colombia: { en: 'Colombia', es: 'Colombia' },
	us: { en: 'United States', es: 'Estados Unidos' },
	venezuela: { en: 'Venezuela', es: 'Venezuela' },
	caribbean: { en: 'Caribbean Sea', es: 'Mar Caribe' },
	pacific: { en: 'Eastern Pacific Ocean', es: 'Océano Pacífico oriental' },
	world: { en: 'World', es: 'Mundo' }
};
const COVERAGE: Record<string, (keyof typeof PLACES)[]> = {
	sources: ['colombia', 'us'],
	'article-claims': ['colombia', 'us', 'venezuela'],
	'article-claims-translations': ['colombia', 'us', 'venezuela'],
	'coca-cultivation': ['colombia'],
	'cocaine-production': ['colombia'],
	'cocaine-world-share': ['colombia', 'world'],
	'coca-substitution': ['colombia'],
	'boat-strikes': ['caribbean', 'pacific'],
	extraditions: ['colombia', 'us'],
	'us-aid': ['colombia', 'us'],
	timeline: ['colombia', 'us', 'venezuela'],
	'timeline-translations': ['colombia', 'us', 'venezuela'],
	elections: ['colombia'],
	'troop-deployments': ['colombia', 'venezuela'],
	updates: ['colombia', 'us'],
	'updates-translations': ['colombia', 'us']
};

/** Columns whose values are dates or periods, the span of which is a file's temporal coverage. */
const isTimeField = (f: Field) => ['date', 'year', 'yearmonth'].includes(f.type) || ['date', 'end_date', 'period', 'year'].includes(f.name);

const cache = new Map<string, string | null>();

/**
 * The JSON-LD block for a page, by its path, or null for a page that has none: a NewsArticle on
 * each edition of the story, the data package as a Dataset on each data page.
 */
export function structuredDataFor(pathname: string): string | null {
	if (!cache.has(pathname)) {
		const lang = langFromPath(pathname);
		const path = pathname.slice(pathPrefix(lang).length);
		const node = path === '/' ? storyArticle(lang) : path === '/data/' ? dataPackage(lang) : null;
		cache.set(pathname, node && jsonLdScript(node));
	}
	return cache.get(pathname)!;
}

function team(): Organization {
	const pub = publication();
	return { '@type': 'Organization', name: pub.author, url: `${pub.siteUrl}/` };
}

function storyArticle(lang: Lang) {
	const pub = publication();
	const story = stories[lang];
	const ui = dictionaries[lang].ui;
	const page = (l: Lang) => `${pub.siteUrl}${pathPrefix(l)}/`;
	const edition = (l: Lang) => ({ url: page(l), lang: l, headline: stories[l].title });
	const lead = chartById(LEAD_CHART);
	const state = lead.states[0];
	return newsArticle({
		url: page(lang),
		lang,
		headline: story.title,
		description: story.dek,
		datePublished: story.published,
		// The story is as new as the data it draws: a new data release changes its figures.
		dateModified: [story.published, pub.released].sort().at(-1)!,
		author: team(),
		publisher: { '@type': 'Organization', name: ui.siteTitle, url: page(lang) },
		images: [
			{ url: `${pub.siteUrl}${pathPrefix(lang)}${previewPath(LEAD_CHART, state)}`, ...PREVIEW_SIZE },
			{ url: `${pub.siteUrl}${squarePath(LEAD_CHART, state, lang)}`, ...SQUARE_SIZE }
		],
		// The default language's edition is the original; every other language's is its translation.
		original: lang === defaultLang ? undefined : edition(defaultLang),
		translations: lang === defaultLang ? langs.filter((l) => l !== defaultLang).map(edition) : [],
		dataset: { url: `${pub.siteUrl}${pathPrefix(lang)}/data/`, id: `${pub.siteUrl}${pathPrefix(lang)}/data/#dataset` },
		keywords: packageKeywords()
	});
}

function dataPackage(lang: Lang) {
	const pub = publication();
	const { pkg, data } = datasets();
	const tables = data as unknown as Record<string, Record<string, unknown>[]>;
	const page = `${pub.siteUrl}${pathPrefix(lang)}/data/`;
	const released = pub.released;
	const created = (pkg.created ?? released).slice(0, 10);
	const common = { version: pub.version, datePublished: created, dateModified: released, licence: pub.licence.path, creator: team(), citation: packageCitation() };
	const places = (name: string) => {
		const ids = COVERAGE[name];
		if (!ids) throw new Error(`Structured data: say where data/${name}.csv covers in COVERAGE ($lib/server/structured-data.ts)`);
		return ids.map((id) => PLACES[id][lang]);
	};

	const parts: DatasetInput[] = pkg.resources.map((r) => {
		const span = temporalCoverage(timeValues(r, tables[r.name]));
		if (!span) throw new Error(`Structured data: data/${r.path} has no date, nor do the rows it refers to, to give its temporal coverage`);
		return {
			...common,
			id: `${page}#dataset-${r.name}`,
			url: `${page}#dataset-${r.name}`,
			name: translated(r, 'title', lang) ?? r.name,
			alternateName: r.name,
			description: translated(r, 'description', lang) ?? '',
			keywords: packageKeywords(),
			temporalCoverage: span,
			places: places(r.name),
			variables: r.schema.fields.map((f) => ({ name: f.name, description: translated(f, 'description', lang) ?? f.title ?? f.name, unit: f.unit })),
			downloads: [
				{ url: `${pub.siteUrl}/data/${r.name}.csv`, format: 'text/csv', name: `${r.name}.csv` },
				{ url: `${pub.siteUrl}/data/${r.name}.json`, format: 'application/json', name: `${r.name}.json` }
			],
			partOf: `${page}#dataset`
		};
	});

	const spans = parts.map((p) => p.temporalCoverage.split('/')).flat();
	return withContext(
		dataset({
			...common,
			id: `${page}#dataset`,
			url: page,
			name: translated(pkg, 'title', lang) ?? pkg.name,
			alternateName: pkg.name,
			description: translated(pkg, 'description', lang) ?? '',
			keywords: packageKeywords(),
			temporalCoverage: temporalCoverage(spans)!,
			places: [...new Set(parts.flatMap((p) => p.places))],
			// The package measures what its files measure: the numeric columns, named by file.
			variables: pkg.resources.flatMap((r) =>
				r.schema.fields
					.filter((f) => f.type === 'integer' || f.type === 'number')
					.map((f) => ({ name: `${r.name}: ${f.name}`, description: translated(f, 'description', lang) ?? f.name, unit: f.unit }))
			),
			downloads: [
				{ url: `${pub.siteUrl}/data/datapackage.json`, format: 'application/json', name: 'datapackage.json' },
				...parts.flatMap((p) => p.downloads)
			],
			parts
		})
	);
}

/**
 * The dates and periods a file's rows hold. A file with no date of its own (a translation, a list of
 * reported figures) covers the time of the rows it refers to: the event it translates, the report
 * it quotes, followed through its foreign keys.
 */
function timeValues(r: Resource, rows: Record<string, unknown>[], depth = 0): unknown[] {
	const own = r.schema.fields.filter(isTimeField).map((f) => f.name);
	if (own.length || depth > 1) return rows.flatMap((row) => own.map((f) => row[f]));
	const { pkg, data } = datasets();
	const tables = data as unknown as Record<string, Record<string, unknown>[]>;
	return (r.schema.foreignKeys ?? []).flatMap((fk) => {
		const target = pkg.resources.find((t) => t.name === fk.reference.resource)!;
		const [from, to] = [asList(fk.fields), asList(fk.reference.fields)];
		const keys = new Set(rows.map((row) => from.map((f) => row[f]).join('\u0000')));
		const referred = tables[target.name].filter((t) => keys.has(to.map((f) => t[f]).join('\u0000')));
		return timeValues(target, referred, depth + 1);
	});
}
