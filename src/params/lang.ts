import type { ParamMatcher } from '@sveltejs/kit';
import { langs } from '$lib/i18n/langs';

// English lives at the root; other languages under their code (/es/). 'en' itself is not a prefix.
export const match: ParamMatcher = (param) => param !== 'en' && (langs as readonly string[]).includes(param);
