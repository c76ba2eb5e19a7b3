import type { Datasets, UpdateRow } from '$lib/data/rows';
import { updateText } from '$lib/data/row-text';
import type { Formatters } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';

/** One line of the story's "Corrections and updates" list, in a language, with its source as a link. */
export interface StoryUpdate {
	id: string;
	date: string;
	kind: UpdateRow['kind'];
	change: string;
	reason: string;
	/** The source as a link: its title and publisher in the language it was published in. */
	source: { title: string; publisher: string; url: string | null; lang: string };
}

/**
 * The corrections and updates of data/updates.csv, newest first, as the story's foot and /data/ list
 * them. The same rows date the story: its "Updated" date is the first of this list.
 */
export function storyUpdates(data: Datasets, lang: Lang, fmt: Formatters): StoryUpdate[] {
	return [...data.updates]
		.sort((a, b) => b.date.localeCompare(a.date))
		.map((u) => {
			const s = data.sources.find((r) => r.id === u.source);
			if (!s) throw new Error(`data/updates.csv: row "${u.id}" cites source "${u.source}", which sources.csv lacks`);
			return { id: u.id, date: fmt.date(u.date), kind: u.kind, ...updateText(u, lang, data['updates-translations']), source: { title: s.title, publisher: s.publisher, url: s.url, lang: s.lang } };
		});
}
