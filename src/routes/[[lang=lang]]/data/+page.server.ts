import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import { langEntries, langFromParam, translated } from '$lib/i18n/langs';
import { citedSourceIds } from '$lib/data/cited-sources';
import { datasets } from '$lib/server/datasets';
import { packageCitation } from '$lib/server/publication';
import { formattersFor } from '$lib/i18n';
import { storyUpdates } from '$lib/story/story-updates';
import { SITE_URL } from '$lib/site';

export const entries = langEntries;

export function load({ params }) {
	const lang = langFromParam(params.lang);
	const { pkg, data } = datasets();
	const tables = data as unknown as Record<string, Record<string, unknown>[]>;
	return {
		title: translated(pkg, 'title', lang) ?? pkg.name,
		description: translated(pkg, 'description', lang) ?? '',
		version: pkg.version ?? '',
		licence: pkg.licenses?.[0] ?? { name: 'CC-BY-4.0' },
		citation: packageCitation(),
		resources: pkg.resources.map((r) => {
			const rows = tables[r.name];
			return {
				name: r.name,
				title: translated(r, 'title', lang) ?? r.name,
				description: translated(r, 'description', lang) ?? '',
				rows: rows.length,
				sources: citedSourceIds([rows]).length,
				primaryKey: ([] as string[]).concat(r.schema.primaryKey ?? []),
				fields: r.schema.fields.map((f) => ({
					name: f.name,
					type: f.type,
					unit: f.unit ?? '',
					required: !!f.constraints?.required,
					description: translated(f, 'description', lang) ?? ''
				}))
			};
		}),
		// The story's own corrections and updates, a table of the package (updates.csv).
		updates: storyUpdates(data, lang, formattersFor(lang)),
		// The changelog is the maintainers' Markdown, rendered once at build time.
		changelog: changelogHtml()
	};
}

/** data/CHANGELOG.md as HTML under this page's own heading: its title dropped, its sections one level down. */
function changelogHtml(): string {
	const md = readFileSync(join(resolve(process.env.DATA_DIR || 'data'), 'CHANGELOG.md'), 'utf8');
	const html = marked.parse(md, { async: false }) as string;
	return html.replace(/<h1[^>]*>[\s\S]*?<\/h1>/, '').replace(/<(\/?)h2/g, '<$1h3');
}
