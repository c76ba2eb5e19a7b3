import { describe, expect, it } from 'vitest';
import { dictionaries, formattersFor, langs } from '$lib/i18n';

/** Every key path of a dictionary, with the kind of value there (text or a function of n arguments). */
function shape(value: unknown, path = ''): string[] {
	if (typeof value === 'function') return [`${path} fn/${value.length}`];
	if (Array.isArray(value)) return [`${path} array/${value.length}`];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
	return [`${path} ${typeof value}`];
}

describe('dictionaries', () => {
	it('every language has exactly the keys English has, with the same kinds of value', () => {
		const reference = shape(dictionaries.en).sort();
		for (const lang of langs) expect(shape(dictionaries[lang]).sort(), lang).toEqual(reference);
	});

	it('translates every UI string (no Spanish value left equal to its English one, but for names and codes)', () => {
		const same = Object.entries(dictionaries.es.ui).filter(
			([k, v]) => typeof v === 'string' && v === (dictionaries.en.ui as Record<string, unknown>)[k] && !/^(SVG|PNG|PDF|CSV|JSON)$/.test(v)
		);
		expect(same).toEqual([]);
	});
});

describe('number and date formats', () => {
	const en = formattersFor('en');
	const es = formattersFor('es');

	it('writes thousands and decimals the Colombian way in Spanish', () => {
		expect(es.int(3001)).toBe('3.001');
		expect(es.int(261000)).toBe('261.000');
		expect(es.num(453.1)).toBe('453,1');
		expect(en.int(3001)).toBe('3,001');
		expect(en.num(453.1)).toBe('453.1');
	});

	it('writes a date at the precision it is known to, and no finer', () => {
		expect(es.date('2026-02-03')).toBe('3 de febrero de 2026');
		expect(es.date('2026-01')).toBe('enero de 2026');
		expect(en.date('2026-02-03')).toBe('3 February 2026');
		expect(en.date('2026-01')).toBe('January 2026');
		expect(en.date('1997')).toBe('1997');
	});
});
