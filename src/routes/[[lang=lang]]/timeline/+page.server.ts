import { chartById } from '$lib/charts';
import { assembleChart } from '$lib/charts/assemble-chart';
import { dictionaries, formattersFor, langEntries, langFromParam } from '$lib/i18n';
import { datasets } from '$lib/server/datasets';
import { eventText } from '$lib/data/row-text';

export const entries = langEntries;

export function load({ params }) {
	const lang = langFromParam(params.lang);
	const { data } = datasets();
	const fmt = formattersFor(lang);
	const vocab = dictionaries[lang].vocabulary;
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const events = [...data.timeline]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((e) => {
			const s = sources.get(e.source)!;
			return {
				id: e.id,
				date: e.date,
				when: e.end_date ? `${fmt.date(e.date)} – ${fmt.date(e.end_date)}` : fmt.date(e.date),
				category: e.category,
				categoryLabel: vocab.category[e.category],
				text: eventText(e, lang, data['timeline-translations']),
				status: vocab.status[e.status],
				inArticle: e.in_article,
				note: e.note,
				source: { publisher: s.publisher, title: s.title, url: s.url }
			};
		});
	return { events, view: assembleChart(chartById('timeline'), data, { lang, width: 720 }) };
}
