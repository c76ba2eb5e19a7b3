/**
 * How to cite one chart: a plain reference (author–date, as APA lays out a web graphic) and a BibTeX
 * entry, both naming the data package version the chart was drawn from and the day it was released.
 * Pure: the chart page passes in what the build read from data/ (see $lib/server/publication).
 */

/**
 * What a citation of this build names: where it is published, by whom, and which release of the data.
 * The server reads it from data/ (publication() in $lib/server/publication) and pages receive it.
 */
export interface Publication {
	/** The address the site is published at (SITE_URL), without a trailing slash. */
	siteUrl: string;
	/** The data package's version, from data/datapackage.json. */
	version: string;
	/** The day that version was released (YYYY-MM-DD), from its entry in data/CHANGELOG.md. */
	released: string;
	/** The package's author, from its contributors. */
	author: string;
	licence: { name: string; path: string; title: string };
}

export interface ChartCitationInput {
	/** Chart id, e.g. "boat-strikes": part of the BibTeX key. */
	id: string;
	title: string;
	/** The chart page's address. */
	url: string;
	/** The package's author, e.g. "Explainer data team". */
	author: string;
	/** The site's name, e.g. "Colombia and the United States: the rift, in data". */
	site: string;
	/** The data package version, e.g. "1.0.0". */
	version: string;
	/** The day that version was released, YYYY-MM-DD. */
	released: string;
	/** The licence's short name, e.g. "CC BY 4.0". */
	licence: string;
	/** BCP 47 language of the chart, e.g. "en". */
	lang: string;
	/** The words of the reference in the chart's language. */
	words: { chart: string; in: string; dataVersion: string };
}

export interface ChartCitation {
	reference: string;
	bibtex: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** biblatex's names for the languages it hyphenates and quotes by (langid). */
const LANGID: Record<string, string> = { en: 'english', es: 'spanish' };

export function chartCitation(c: ChartCitationInput): ChartCitation {
	const [year, month] = c.released.split('-');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(c.released)) throw new Error(`chartCitation: "${c.released}" is not a YYYY-MM-DD date`);
	const reference =
		`${c.author} (${year}). ${c.title} [${c.words.chart}]. ${c.words.in} ${c.site} ` +
		`(${c.words.dataVersion} ${c.version}, ${c.released}). ${c.licence}. ${c.url}`;
	const fields: [string, string][] = [
		// Double braces keep a corporate author as one name, not "team, Explainer data".
		['author', `{${bib(c.author)}}`],
		['title', `{${bib(c.title)}}`],
		['howpublished', `${bib(c.words.chart)}, ${bib(c.site)}`],
		['year', year],
		['month', MONTHS[Number(month) - 1]],
		['date', c.released],
		['version', c.version],
		['note', `${bib(c.words.dataVersion)} ${c.version}. ${bib(c.licence)}`],
		['url', c.url],
		['langid', LANGID[c.lang] ?? c.lang]
	];
	const width = Math.max(...fields.map(([k]) => k.length));
	const body = fields
		// A month is a BibTeX macro (nov), written bare; every other value goes in braces.
		.map(([k, v]) => `  ${k.padEnd(width)} = ${k === 'month' ? v : `{${v}}`}`)
		.join(',\n');
	return { reference, bibtex: `@misc{${bibKey(c)},\n${body}\n}` };
}

/** A key that names the chart, the language and the data version: "boat-strikes-en-v1.0.0". */
const bibKey = (c: ChartCitationInput) => `${c.id}-${c.lang}-v${c.version}`.replace(/[^A-Za-z0-9.:_-]/g, '-');

/** Escapes the characters BibTeX reads as commands or groups. Unicode letters stay as they are. */
export function bib(s: string): string {
	return s.replace(/[\\{}&%$#_^~]/g, (ch) => {
		if (ch === '\\') return '\\textbackslash{}';
		if (ch === '^') return '\\^{}';
		if (ch === '~') return '\\~{}';
		return `\\${ch}`;
	});
}
