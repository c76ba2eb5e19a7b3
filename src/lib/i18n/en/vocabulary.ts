/**
 * Words every chart and page shares, defined once per language: the fact-check statuses, the bounds
 * of a number, source reliability and the timeline's categories.
 */
const vocabulary = {
	status: {
		confirmed: 'confirmed',
		refined: 'refined',
		contested: 'contested',
		unverified: 'unverified',
		contradicted: 'contradicted'
	},
	/** What each status means, for a legend or a note. */
	statusMeaning: {
		confirmed: 'found as stated in another source',
		refined: 'broadly right, but corrected or made more precise',
		contested: 'sources disagree',
		unverified: 'found only in the article',
		contradicted: 'other sources show it is wrong'
	},
	bound: { exact: '', approximately: 'about', at_least: 'at least', more_than: 'more than' },
	/** How a figure reached the public. */
	release: { official: 'official', press: 'reported in the press', leaked: 'leaked' },
	/** What kind of figure an amount is. */
	figure: { actual: 'actual', estimate: 'estimate', request: 'requested' },
	/** How far a vote count has gone. */
	count: { preliminary: 'preliminary count', certified: 'certified' },
	reliability: { strong: 'strong', medium: 'medium', weak: 'weak' },
	category: {
		diplomacy: 'Diplomacy',
		sanctions: 'Sanctions',
		military: 'Military',
		drugs: 'Drug policy',
		justice: 'Justice',
		elections: 'Elections'
	}
};

export default vocabulary;
export type Vocabulary = typeof vocabulary;
