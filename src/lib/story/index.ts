import type { Lang } from '$lib/i18n';
import type { Story } from './story-types';
import { story as en } from './en';
import { story as es } from './es';

/** One story file per language: the same sections and steps, written for each language's readers. */
export const stories: Record<Lang, Story> = { en, es };
