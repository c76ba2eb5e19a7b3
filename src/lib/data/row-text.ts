import type { Lang } from '$lib/i18n/langs';
import type { ArticleClaimRow, ClaimTranslationRow, TimelineRow, TimelineTranslationRow, UpdateRow, UpdateTranslationRow } from './rows';
import { translatedText } from './translated-text';

/** What a timeline event says in a language (timeline-translations.csv beside timeline.csv). */
export const eventText = (event: Pick<TimelineRow, 'id' | 'event'>, lang: Lang, translations: TimelineTranslationRow[]) =>
	translatedText(event, event.event, lang, translations, (t) => t.event, 'timeline-translations.csv');

/** What the article claims, in a language (article-claims-translations.csv beside article-claims.csv). */
export const claimText = (claim: Pick<ArticleClaimRow, 'id' | 'claim'>, lang: Lang, translations: ClaimTranslationRow[]) =>
	translatedText(claim, claim.claim, lang, translations, (t) => t.claim, 'article-claims-translations.csv');

/** What changed in the story and why, in a language (updates-translations.csv beside updates.csv). */
export const updateText = (update: Pick<UpdateRow, 'id' | 'change' | 'reason'>, lang: Lang, translations: UpdateTranslationRow[]) => ({
	change: translatedText(update, update.change, lang, translations, (t) => t.change, 'updates-translations.csv'),
	reason: translatedText(update, update.reason, lang, translations, (t) => t.reason, 'updates-translations.csv')
});
