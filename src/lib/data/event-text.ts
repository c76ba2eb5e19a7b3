import { dataLang, type Lang } from '$lib/i18n/langs';
import type { TimelineRow, TimelineTranslationRow } from './rows';

/**
 * What a timeline event says in a language: its own `event` cell in the data's language, otherwise
 * its row in timeline-translations.csv. A missing translation stops the build with the event's id.
 */
export function eventText(event: Pick<TimelineRow, 'id' | 'event'>, lang: Lang, translations: TimelineTranslationRow[]): string {
	if (lang === dataLang) return event.event;
	const row = translations.find((t) => t.id === event.id && t.lang === lang);
	if (!row) throw new Error(`data/timeline-translations.csv has no row for event "${event.id}" in language "${lang}"`);
	return row.event;
}
