import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import type { Lang } from '$lib/i18n';
import { datasets } from '$lib/server/datasets';
import { SITE_URL } from '$lib/site';

export const entries = () => [{ lang: '' }, { lang: 'es' }];

export function load({ params }) {
	const lang = (params.lang ?? 'en') as Lang;
	const { pkg, data } = datasets();
	const es = lang === 'es';
	const tables = data as unknown as Record<string, Record<string, unknown>[]>;
	const year = (pkg.created ?? '').slice(0, 4);
	return {
		title: (es ? pkg.title_es : pkg.title) ?? pkg.name,
		description: (es ? pkg.description_es : pkg.description) ?? '',
		version: pkg.version ?? '',
		licence: pkg.licenses?.[0] ?? { name: 'CC-BY-4.0' },
		citation: `Explainer data team (${year}). ${pkg.title} (${pkg.version}). ${SITE_URL}/data/`,
		resources: pkg.resources.map((r) => {
			const rows = tables[r.name];
			const sourceIds = new Set(rows.flatMap((row) => [row.source, row.checked_source]).filter((v): v is string => typeof v === 'string'));
			return {
				name: r.name,
				title: (es ? r.title_es : r.title) ?? r.name,
				description: (es ? r.description_es : r.description) ?? '',
				rows: rows.length,
				sources: sourceIds.size,
				primaryKey: ([] as string[]).concat(r.schema.primaryKey ?? []),
				fields: r.schema.fields.map((f) => ({
					name: f.name,
					type: f.type,
					unit: f.unit ?? '',
					required: !!f.constraints?.required,
					description: (es ? f.description_es : f.description) ?? ''
				}))
			};
		}),
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
