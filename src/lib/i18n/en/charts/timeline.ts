/** Words of the timeline chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: 'From sanctions to the Oval Office, then the ballot box',
	subtitle: 'Dated events in the dispute between the United States and Colombia, with the earlier history it draws on',
	legend: {
		span: 'Bar: a month, a year or several days',
		refined: "Hollow: our fact-check corrects the article's account",
		/** The same key where a phone's pinned chart has no room for the long one. */
		refinedShort: 'Hollow: corrected by our fact-check'
	},
	panels: {
		before: (year: string) => `Before ${year}`,
		// A window within one month (the day of the meeting) is named once.
		main: (from: string, to: string) => (from === to ? from : `${from} to ${to}`)
	},
	dayUnknown: 'exact day unknown',
	/** Two days of the same month: "4–5 January 2026". */
	sameMonth: (firstDay: string, end: string) => `${firstDay}–${end}`,
	range: (start: string, end: string) => `${start} to ${end}`,
	notes: {
		precision: (visaMonth: string) =>
			`Bars mark events known only to the month or the year, or lasting several days. The five-day visa for Petro's trip was issued in ${visaMonth}, but on a day the sources do not pin down, so its bar covers the whole month.`,
		axis: (year: string, from: string, to: string) =>
			`The time axis is not to one scale. From ${from} to ${to} each month is as tall as its events need, and a month without events stays thin; before ${year} the same goes for each year, and the axis breaks over the years with no event. Within a month or a year, each event sits at its date.`,
		refined: (finding: string, previous: string) =>
			`Hollow markers flag events the article reports that our fact-check refines: the US finding of ${finding} was the first since ${previous}, not the first "in three decades" as the article has it; the visa step was a State Department announcement that it would revoke Petro's visa; and the UNODC figures were leaked, not released.`
	},
	states: {
		all: 'Every event',
		breakdown: 'The breakdown',
		september: 'Strikes, a finding, a speech',
		meeting: 'Road to the meeting',
		elections: 'The elections',
		sanctions: 'The sanctions',
		january: 'Threats, then a thaw',
		'meeting-day': 'The day of the meeting',
		after: 'After the meeting'
	},
	alt: (n: string, before: string, year: string, main: string, from: string, to: string, busy: string, a: string, b: string) =>
		`A vertical timeline of ${n} events. ${before} come before ${year}; the other ${main} run from ${from} to ${to}, and ${busy} of those fall between ${a} and ${b}. Each event is marked by category with its own colour and shape.`,
	altState: {
		all: '',
		breakdown: (n: string, strike: string, finding: string, visa: string, sanctions: string, maduro: string) =>
			`Highlighted: ${n} events of the breakdown, from the first US strike on a boat on ${strike}, through the drug finding on ${finding}, the move to revoke Petro's visa on ${visa} and the Treasury sanctions on ${sanctions}, to the capture of Maduro on ${maduro}.`,
		meeting: (n: string, call: string, visa: string, meeting: string, pipe: string) =>
			`Highlighted: ${n} events on the road to the meeting: threats of a raid after Maduro's capture, a phone call on ${call}, a visa for the trip in ${visa} and the Oval Office meeting on ${meeting}. Colombia extradited the trafficker known as Pipe Tuluá on ${pipe}.`,
		/** A story step's view: the events it names, then the others drawn faded around them. */
		focus: (n: string, named: string, others: string) => `Shown: ${n} events. In focus, the ones this step names: ${named}.${others ? ` Faded, for context: ${others}.` : ''}`,
		elections: (congress: string, first: string, runoff: string) =>
			`Highlighted: Colombia's elections, for Congress on ${congress}, then the presidential first round on ${first} and the runoff on ${runoff}.`
	},
	table: {
		caption: 'Dated events of the US–Colombia dispute',
		date: 'Date',
		category: 'Category',
		event: 'Event',
		inArticle: 'In the article',
		status: 'Fact-check',
		source: 'Source',
		yes: 'yes',
		no: 'no'
	}
};

export default strings;
export type TimelineStrings = typeof strings;
