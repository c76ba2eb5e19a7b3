/** Words of the fact-check scorecard. Numbers come in as arguments, already formatted. */
const strings = {
	title: "How the article's claims held up",
	subtitle: 'Each square is one checkable statement in the article, grouped by what our fact-check found',
	states: {
		tally: 'The tally',
		confirmed: 'Confirmed',
		refined: 'Refined',
		questioned: 'Unverified or wrong'
	},
	count: (n: string, status: string) => `${n} ${status}`,
	/** The article's figure beside the checked one, where they differ. */
	differs: (article: string, checked: string) => `article: ${article} · checked: ${checked}`,
	units: {
		none: '',
		hours: 'hours',
		people: 'people',
		operations: 'operations',
		tonnes: 'tonnes',
		hectares: 'ha',
		percent: '%',
		extraditions: 'extraditions',
		requests: 'requests',
		usd_millions_per_year: 'million dollars a year',
		troops: 'troops',
		km: 'km',
		years: 'years'
	},
	notes: {
		method: (sources: string) =>
			`Each statement of fact or number in the article was looked for in other published sources (${sources} in all, listed with the data). "Refined" means broadly right but corrected or made more precise; the table gives what was found for each.`,
		none: (status: string) => `No claim was rated ${status}.`
	},
	alt: (total: string, counts: string) => `A tally of the article's ${total} checkable claims by the fact-check's finding: ${counts}.`,
	altState: (status: string, list: string) => `Highlighted, the claims rated ${status}: ${list}.`,
	table: {
		caption: "The article's claims and what the fact-check found",
		claim: 'Claim',
		article: 'Article says',
		status: 'Finding',
		checked: 'Checked figure',
		source: 'Checked against'
	}
};

export default strings;
export type FactCheckStrings = typeof strings;
