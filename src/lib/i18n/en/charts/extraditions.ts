/** Words of the extraditions chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: 'Extraditions went on under Petro; the totals for his term count different things',
	subtitle: 'People Colombia extradited each year to all countries (top), and three running totals for the Petro government, each with its own cut-off date and measure (bottom)',
	panels: {
		annual: 'Each year, to all countries',
		claims: 'Petro’s presidency: three running totals',
		/** One line under the heading (the drawing keeps room for one). */
		claimsNote: 'Different cut-off dates; different things counted'
	},
	legend: {
		fullYear: 'Full year',
		halfYear: 'Jan–Jun only',
		us: 'To the US'
	},
	/** Second line of an axis label under a half-year bar (wide charts only). */
	halfShort: 'Jan–Jun',
	noData: (from: string, to: string) => `No data, ${from}–${to}`,
	petroInOffice: (since: string) => `Petro in office from ${since}`,
	petroInOfficeShort: 'Petro in office',
	claims: {
		article: 'The article (no cut-off date)',
		ministry: (from: string, to: string) => `Justice Ministry, ${from}–${to}`,
		petro: (date: string) => `Petro’s own tally, ${date}`
	},
	toUs: (n: string) => `${n} to the US`,
	of: {
		approved: (n: string, approx: boolean) => `of ${approx ? '~' : ''}${n} approved`,
		all: (n: string, approx: boolean) => `of ${approx ? '~' : ''}${n} in all`,
		requested: (n: string, approx: boolean) => `of ${approx ? '~' : ''}${n} US requests`
	},
	notes: {
		partial: (years: string) =>
			`Outlined, paler bars count January to June only (${years}); the blue bars inside them are the share sent to the US, the only split by country that was found. No year-by-year series of extraditions to the US alone was found.`,
		gap: (from: string, to: string) => `No yearly totals were found for ${from}–${to}; that stretch is left blank rather than drawn as zero.`,
		article: (toUs: string, approved: string) =>
			`The article’s ${toUs} extraditions to the US out of about ${approved} approved requests come with no cut-off date, and we found them in no other source: treat them as unverified.`,
		ministry: (all: string, toUs: string, from: string, to: string) =>
			`The Justice Ministry’s count, obtained by El Tiempo, is ${all} extraditions in all, ${toUs} of them to the US, between ${from} and ${to}.`,
		petro: (sent: string, requests: string, date: string) =>
			`In ${date} Petro said ${sent} of the ${requests} people the US had asked for had been extradited. Only a weak aggregator relays that tally.`,
		notComparable: (ministryTo: string, petroTo: string) =>
			`The three totals are not expected to match: they have different cut-off dates and measure different things. The article counts requests approved, with no cut-off date; the Justice Ministry counts everyone extradited, to any country, up to ${ministryTo}; Petro counted US requests carried out, up to ${petroTo}.`
	},
	states: {
		annual: 'Year by year',
		claims: 'Three running totals'
	},
	alt: (series: string, gapFrom: string, gapTo: string, claims: string) =>
		`Bars of extraditions from Colombia to all countries, by period: ${series}. There are no figures for ${gapFrom}–${gapTo}. Below, three totals for Petro’s presidency: ${claims}.`,
	altSeriesItem: (period: string, n: string) => `${n} in ${period}`,
	altHalfItem: (period: string, n: string, us: string) => `${n} in January–June ${period} (${us} to the US)`,
	altClaims: {
		article: (toUs: string, approved: string) => `the article’s ${toUs} to the US of about ${approved} approved, unverified`,
		ministry: (toUs: string, all: string, from: string, to: string) => `the Justice Ministry’s ${toUs} to the US of ${all} in all (${from} to ${to})`,
		petro: (sent: string, requests: string, date: string) => `Petro’s own ${sent} of ${requests} US requests (${date}), unverified`
	},
	altState: {
		annual: (peak: string, year: string, ministry: string) =>
			`Highlighted: the yearly series, which peaks at ${peak} in ${year}; the half-year bars are partial counts, not whole years. Of the running totals below, ${ministry} stays highlighted too.`,
		claims: (article: string, ministry: string, petro: string) =>
			`Highlighted: the three totals, which have different cut-off dates and measure different things: ${article}, ${ministry} and ${petro} to the US.`
	},
	details: {
		people: (n: string) => `${n} people`,
		requests: (n: string) => `${n} requests`
	},
	table: {
		caption: 'Extraditions from Colombia: yearly and half-year counts, and the running totals for the Petro government',
		period: 'Period',
		kind: 'Kind',
		destination: 'Destination',
		measure: 'Measure',
		count: 'Number (people or requests)',
		status: 'Status',
		source: 'Source',
		half: (year: string) => `January–June ${year}`,
		range: (from: string, to: string) => `${from} to ${to}`,
		petroPresidency: 'Petro’s presidency (no cut-off date)',
		kinds: { year: 'Year', half_year: 'Half year', cumulative: 'Running total' },
		destinations: { all: 'All countries', us: 'United States' },
		measures: { extradited: 'Extradited', approved: 'Requests approved', requested: 'Requests received' }
	}
};

export default strings;
export type ExtraditionsStrings = typeof strings;
