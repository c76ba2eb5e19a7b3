/** Words of the elections chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: 'Colombia voted in 2026: the preliminary counts',
	subtitle: 'Share of the vote for the leading parties in the Senate and the two leading presidential candidates, in percent',
	states: {
		all: 'All three votes',
		'first-votes': 'Congress and the first round',
		runoff: 'The runoff'
	},
	contests: {
		senate: 'Senate',
		presidential_first_round: 'Presidential, first round',
		presidential_runoff: 'Presidential runoff'
	},
	/** A panel's heading: the contest, its date and how much of the count it reflects. */
	heading: (contest: string, date: string, counted: string) => `${contest}, ${date} · ${counted}% counted`,
	share: (pct: string) => `${pct}%`,
	seats: (n: string) => `${n} seats`,
	lead: (who: string, bound: string, votes: string) => `${who}: ${bound} ${votes} votes ahead`.replace('  ', ' '),
	/** The runoff lead's details: what it is, and the margin alone. */
	leadLabel: (who: string) => `${who}'s lead in the runoff`,
	leadVotes: (bound: string, votes: string) => `${bound} ${votes} votes`.trim(),
	legend: { preliminary: 'Preliminary count, not certified' },
	notes: {
		preliminary: 'Every figure is a preliminary count published the day after the vote; none is a certified result.',
		certified: 'A certified runoff count appears only on a site we rate weak, so it is not drawn.',
		seats: 'Seat counts for the smaller Senate parties differ between outlets and are not drawn.'
	},
	alt: (list: string) => `Bars of preliminary vote shares in Colombia's 2026 elections: ${list}.`,
	altItem: (contest: string, date: string, results: string) => `${contest} on ${date}: ${results}`,
	altState: {
		all: '',
		'first-votes': 'Highlighted: the Senate vote and the presidential first round; the runoff is drawn faded.',
		runoff: (lead: string) => `Highlighted: the runoff. By the preliminary count, ${lead}.`
	},
	table: {
		caption: 'Preliminary results of the 2026 elections',
		contest: 'Vote',
		date: 'Date',
		who: 'Party or candidate',
		share: 'Share (%)',
		seats: 'Seats',
		counted: 'Counted (%)',
		status: 'Count',
		source: 'Source',
		statusValues: { preliminary: 'preliminary', certified: 'certified' }
	}
};

export default strings;
export type ElectionsStrings = typeof strings;
