import { formatLocale, type FormatLocaleDefinition } from 'd3-format';
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
import type { Precision } from '$lib/data/rows';

/** What a language supplies for numbers and dates; d3 does the formatting, never string replacement. */
export interface LocaleDefinition {
	number: FormatLocaleDefinition;
	time: TimeLocaleDefinition;
	/** d3-time-format specifiers for a date at each precision, e.g. day: '%-d %B %Y'. */
	dates: Record<Precision, string>;
	/** A short date for axes and labels, e.g. '%-d %b'. */
	dayMonth: string;
	/** A short month for axes, e.g. "%b %Y". */
	monthYear: string;
	/** A day without its year, for prose where the year is already plain, e.g. '%-d %B'. */
	dayNoYear: string;
	/** Small whole numbers as words, from zero: prose spells these out ("nearly two hours"). */
	smallNumbers: string[];
}

export interface Formatters {
	/** 3001 → "3,001" (en) or "3.001" (es). */
	int: (n: number) => string;
	/** A number with up to `digits` decimals, trailing zeros kept as the source gave them. */
	num: (n: number, digits?: number) => string;
	/** A day ("2025-09-15") without its year: "15 September". Only for dates known to the day. */
	dayNoYear: (iso: string) => string;
	/** A whole number in words where the language has one listed (2 → "two"), otherwise as `int`. */
	words: (n: number) => string;
	/** An ISO date string drawn at its own precision: "2025-09" is a month, never a day. */
	date: (iso: string) => string;
	dayMonth: (d: Date) => string;
	monthYear: (d: Date) => string;
	/** A month without its year ("March", "marzo") and its short form ("Mar", "mar"), where a heading already names the year. */
	month: (d: Date) => string;
	shortMonth: (d: Date) => string;
}

/** Parses an ISO date of any precision to the first moment it covers (UTC). */
export function isoToDate(iso: string): Date {
	const [y, m = 1, d = 1] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

export function precisionOfIso(iso: string): Precision {
	const parts = iso.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

export function makeFormatters(def: LocaleDefinition): Formatters {
	const n = formatLocale(def.number);
	const t = timeFormatLocale(def.time);
	const byPrecision = {
		day: t.utcFormat(def.dates.day),
		month: t.utcFormat(def.dates.month),
		year: t.utcFormat(def.dates.year)
	};
	const int = n.format(',d');
	const dayNoYear = t.utcFormat(def.dayNoYear);
	return {
		int: (x) => int(Math.round(x)),
		num: (x, digits = 1) => (Number.isInteger(x) ? int(x) : n.format(`,.${digits}f`)(x)),
		dayNoYear: (iso) => {
			if (precisionOfIso(iso) !== 'day') throw new Error(`dayNoYear: "${iso}" is not a date known to the day`);
			return dayNoYear(isoToDate(iso));
		},
		words: (x) => (Number.isInteger(x) && x >= 0 && x < def.smallNumbers.length ? def.smallNumbers[x] : int(x)),
		date: (iso) => byPrecision[precisionOfIso(iso)](isoToDate(iso)),
		dayMonth: t.utcFormat(def.dayMonth),
		monthYear: t.utcFormat(def.monthYear),
		month: t.utcFormat('%B'),
		shortMonth: t.utcFormat('%b')
	};
}
