import type { ParamMatcher } from '@sveltejs/kit';
import { defaultLang, langs } from '$lib/i18n/langs';

// The default language lives at the root; the others under their code (/es/). Its own code is not a prefix.
export const match: ParamMatcher = (param) => param !== defaultLang && (langs as readonly string[]).includes(param);
