/** Words of the boat-strikes chart. Numbers come in as arguments, already formatted. */
const strings = {
	title: 'A rising toll from US strikes on boats',
	subtitle: 'People killed in US military strikes on vessels it said carried drugs, running total',
	yLabel: 'People killed',
	legendExact: 'Reported total',
	legendAtLeast: 'At least (a lower bound)',
	legendApprox: 'About',
	notes: {
		articleFigure: (deaths: string, ops: string, date: string) =>
			`The article's ${deaths} killed in ${ops} operations is the AP tally of ${date}: it covers the Caribbean and the eastern Pacific and includes people presumed dead.`,
		outlets: 'Outlets keep their own counts and differ by a few deaths on the same day; each point names its source.'
	},
	annotations: {
		pacific: 'First strike in the eastern Pacific',
		maduro: 'Maduro captured',
		meeting: 'Petro meets Trump'
	},
	annotationsShort: {
		pacific: 'Pacific',
		maduro: 'Maduro',
		meeting: 'Meeting'
	},
	states: {
		all: 'The whole count',
		'article-figure': "The article's figure",
		'after-meeting': 'After the meeting'
	},
	alt: (first: string, firstDeaths: string, last: string, lastDeaths: string, articleDeaths: string, articleDate: string) =>
		`A step line of the running total of people killed in US strikes on boats, from ${firstDeaths} on ${first} to at least ${lastDeaths} on ${last}. On ${articleDate} the count stood at ${articleDeaths}, the figure the article uses. Hollow markers are lower bounds.`,
	altState: {
		all: '',
		'article-figure': (deaths: string, ops: string) =>
			`Highlighted: ${deaths} killed in at least ${ops} strikes, the total the article reports.`,
		'after-meeting': (meeting: string, after: string) =>
			`Highlighted: the count after the meeting of ${meeting}, which kept rising to at least ${after}.`
	},
	table: {
		caption: 'Running totals of people killed in US strikes on boats',
		date: 'Date',
		deaths: 'Killed',
		strikes: 'Strikes',
		seas: 'Seas',
		source: 'Source',
		atLeast: 'at least',
		approx: 'about',
		seasValues: { caribbean: 'Caribbean', caribbean_and_pacific: 'Caribbean and eastern Pacific' }
	}
};

export default strings;
export type BoatStrikesStrings = typeof strings;
