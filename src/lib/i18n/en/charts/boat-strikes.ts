/** Words of the boat-strikes chart. Numbers come in as arguments, already formatted. */
const strings = {
	title: 'A rising toll from US strikes on boats',
	subtitle: 'People killed in US military strikes on vessels it said carried drugs, running total',
	yLabel: 'People killed',
	legend: {
		exact: 'Reported total',
		atLeast: 'At least (a lower bound)',
		approx: 'About',
		other: "Another outlet's count"
	},
	/** The same keys, short enough for one row on a phone. */
	legendShort: {
		exact: 'Reported',
		atLeast: 'At least',
		approx: 'About',
		other: 'Other outlet'
	},
	details: {
		total: 'Running total',
		other: "Another outlet's count",
		deaths: (n: string) => `${n} killed`,
		/** The status of the figure the article cites, from the fact-check. */
		article: (status: string) => `the article's figure: ${status}`
	},
	labels: {
		article: (a: { deaths: string; presumed: string }) => `${a.deaths}, incl. ${a.presumed} presumed dead`
	},
	notes: {
		articleFigure: (a: { deaths: string; ops: string; date: string; strikes: string }) =>
			`The article's figure, ${a.deaths} killed in ${a.ops} operations, is the AP tally of ${a.date}${a.strikes ? `, in ${a.strikes} strikes` : ''}: it covers the Caribbean and the eastern Pacific.`,
		presumed: (a: { confirmed: string; presumed: string }) => `It counts ${a.confirmed} people killed and ${a.presumed} presumed dead.`,
		outlets: (pairs: string) => `Outlets keep their own counts and do not always agree: ${pairs} (an × marks the other count). The table gives each figure's source.`,
		outletPair: (a: { date: string; by: string; deaths: string; otherBy: string; other: string }) => `on ${a.date} ${a.by} counted ${a.deaths} killed and ${a.otherBy} ${a.other}`
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
	alt: (a: { first: string; firstDeaths: string; last: string; lastDeaths: string; articleDeaths: string; articleDate: string }) =>
		`A step line of the running total of people killed in US strikes on boats, from ${a.firstDeaths} on ${a.first} to ${a.lastDeaths} on ${a.last}. On ${a.articleDate} the count stood at ${a.articleDeaths}, the figure the article uses. Hollow markers are lower bounds.`,
	altOther: (a: { date: string; deaths: string; other: string }) =>
		`On ${a.date} another outlet counted ${a.other} where the line has ${a.deaths}; an × marks it.`,
	altState: {
		all: '',
		'article-figure': (a: { deaths: string; ops: string; date: string; strikes: string; apDeaths: string; confirmed: string; presumed: string }) =>
			`Highlighted: the article's ${a.deaths} killed in ${a.ops} operations, which is AP's tally of ${a.date}: ${a.apDeaths}${a.strikes ? ` in ${a.strikes} strikes` : ''}, ${a.confirmed} killed and ${a.presumed} presumed dead. Also highlighted: the day two outlets' counts differ.`,
		'after-meeting': (meeting: string, after: string) =>
			`Highlighted: the count after the meeting of ${meeting}, which kept rising to ${after}.`
	},
	table: {
		caption: 'Running totals of people killed in US strikes on boats',
		date: 'Date',
		deaths: 'Killed',
		strikes: 'Strikes',
		seas: 'Seas',
		note: 'Note',
		source: 'Source',
		presumed: (confirmed: string, presumed: string) => `${confirmed} killed and ${presumed} presumed dead`,
		otherCount: (deaths: string, by: string) => `${by} counted ${deaths}`,
		seasValues: { caribbean: 'Caribbean', caribbean_and_pacific: 'Caribbean and eastern Pacific' }
	}
};

export default strings;
export type BoatStrikesStrings = typeof strings;
