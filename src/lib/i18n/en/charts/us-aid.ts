/** Words of the us-aid chart. Numbers and years come in as arguments, already formatted. */
const strings = {
	title: 'The article’s aid figure is close to total US aid as reported by a secondary site, not security aid',
	subtitle: 'US aid to Colombia per year, in millions of dollars: the Plan Colombia years split by purpose, then later totals from other sources',
	/** Money in chart labels and text; `n` is already formatted. */
	money: (n: string) => `$${n}m`,
	/** A value label next to a mark; the axis title gives the unit. */
	moneyLabel: (n: string) => `$${n}m`,
	approx: '~',
	yLabel: 'US$ millions',
	legend: {
		military: 'Military and police',
		economic: 'Economic and social',
		provisional: 'Estimate or request',
		total: 'Total, all accounts'
	},
	estimateShort: 'est.',
	estimate: 'estimate',
	requestShort: 'req.',
	request: 'request',
	divider: 'Different source and accounts',
	planColombia: (year: string) => `Plan Colombia, ${year}`,
	otherCount: (money: string) => `${money}, another count`,
	disbursed: (money: string) => `${money} disbursed`,
	claimLabel: (money: string) => `Article: ${money} a year in security aid`,
	claimCorrection: 'Close to total aid as reported by a secondary site, not security aid',
	/** The year and its word stay on one line (a no-break space). */
	securityLabel: (money: string, year: string) => `Security lines only: ${money} (${year}\u00a0request)`,
	notes: {
		cip: (from: string, to: string, est: string, req: string) =>
			`${from}–${to}: Center for International Policy figures, read from a copy of Wikipedia’s table (a weak source). ${est} is an estimate and ${req} a budget request, drawn paler with a dashed outline.`,
		later: (from: string, to: string, gapFrom: string, gapTo: string) =>
			`From ${from} the dots are total aid across all accounts, from other sources (CRS figures for the latest years, seen only through a secondary site), so they are kept apart from the earlier split. ${to} is a request. Nothing is drawn for ${gapFrom}–${gapTo}, where no total was found.`,
		claim: (claim: string, y1: string, v1: string, y2: string, v2: string, security: string, securityYear: string) =>
			`The article’s ${claim} a year of US security assistance is close to total aid across all accounts as reported by a secondary site, not security aid: that site gives ${v1} for ${y1} and ${v2} for ${y2}, citing the Congressional Research Service, whose report we did not find. The security-type lines of the ${securityYear} budget request add up to about ${security}, on another weak source, and a request is not money spent.`,
		alternatives: (year: string, list: string) => `Other ${year} totals in circulation count differently: ${list} (hollow circles).`,
		alternativeItem: (money: string, disbursed: boolean) => (disbursed ? `${money} disbursed, per ForeignAssistance.gov` : money),
		offAxis: (supplemental: string, fy: string, cumulative: string, from: string, to: string) =>
			`Left off the yearly axis because they are counted another way: the ${supplemental} supplemental for fiscal ${fy} that launched Plan Colombia, and WOLA’s ${cumulative} for ${from}–${to} combined.`
	},
	states: {
		'plan-colombia': 'Plan Colombia years',
		later: 'Later totals',
		claim: 'The article’s figure'
	},
	alt: (from: string, to: string, firstYear: string, first: string, peakYear: string, peak: string, est: string, req: string, later: string) =>
		`Stacked bars for ${from}–${to} split US aid to Colombia into military and police aid and economic and social aid: ${first} in ${firstYear}, rising to ${peak} in ${peakYear}; ${est} is an estimate and ${req} a request. After a break, because the source and accounts change, dots show total aid in all accounts: ${later}.`,
	altPair: (mil: string, econ: string) => `${mil} and ${econ}`,
	altProvisional: (year: string, pair: string) => `${year} (${pair})`,
	altLater: (year: string, money: string, request: boolean) => (request ? `${money} requested for ${year}` : `${money} in ${year}`),
	altState: {
		'plan-colombia': (peak: string, year: string) => `Highlighted: the Plan Colombia years; military and police aid peaked at ${peak} in ${year}.`,
		later: (year: string, list: string, peakYear: string, peak: string) =>
			`Highlighted: the later totals, and other ${year} totals in circulation: ${list}; and, to compare them with, the bars of ${peakYear}, the Plan Colombia peak: ${peak}.`,
		claim: (claim: string, total: string, year: string, security: string, securityYear: string) =>
			`Highlighted: the article’s ${claim} a year, drawn as a dashed line. It is close to total aid (${total} in ${year}, as reported by a secondary site), not security aid; the security lines of the ${securityYear} request come to about ${security}.`
	},
	table: {
		caption: 'US aid to Colombia: the figures behind the chart, in millions of US dollars',
		period: 'Year or period',
		account: 'Account',
		figure: 'Figure',
		series: 'Series',
		value: 'US$ millions',
		shown: 'On the chart',
		status: 'Status',
		source: 'Source',
		yes: 'Yes',
		notesOnly: 'Notes only',
		tableOnly: 'Table only',
		perYear: 'Per year (no year given)',
		accounts: {
			military_police: 'Military and police',
			economic_social: 'Economic and social',
			security: 'Security lines',
			designated: 'Set aside for named purposes (not a total)',
			total: 'Total, all accounts',
			claimed: 'Security aid, as the article says'
		},
		figures: { actual: 'Actual', estimate: 'Estimate', request: 'Request', claim: 'Article’s claim' },
		seriesNames: {
			cip_plan_colombia: 'CIP, by purpose',
			later_totals: 'Later totals',
			alternative_totals: 'Other figures in circulation',
			highlighted_lines: 'Lines a source singles out',
			cumulative: 'Running total',
			article: 'The article'
		},
		range: (from: string, to: string) => `${from}–${to}`
	}
};

export default strings;
export type UsAidStrings = typeof strings;
