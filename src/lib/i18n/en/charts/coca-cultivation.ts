/** Words of the coca-cultivation chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: "Colombia's coca crop shrank, then surged to a record",
	subtitle: 'Land planted with coca each year, as measured by the UN-backed satellite survey (UNODC/SIMCI)',
	yLabel: 'Thousand hectares',
	legend: {
		rounded: 'Rounded, from press reports',
		contested: 'Outlets differ',
		unodc: 'UN survey',
		us: 'US government',
		police: 'National police, other method'
	},
	labels: {
		leaked: (ha: string) => `${ha} ha (leaked)`,
		low: (ha: string, year: string) => `Low: ${ha} ha in ${year}`,
		start: (ha: string, year: string) => `${ha} ha in ${year}`,
		multiple: (times: string, year: string) => `${times} times the ${year} low`,
		policeHeader: 'National police:',
		police: (ha: string, when: string) => `${ha} ha (${when})`
	},
	states: {
		all: 'The whole series',
		'low-and-rise': 'The low and the rise',
		estimates: 'Competing estimates'
	},
	alt: (first: string, firstHa: string, low: string, lowHa: string, last: string, lastHa: string) =>
		`A line of the land planted with coca in Colombia according to the UN survey: ${firstHa} hectares in ${first}, down to ${lowHa} in ${low}, then up to about ${lastHa} in ${last}.`,
	altLeaked: (year: string) => `The ${year} figure leaked before UNODC published it and is drawn dashed, with its own marker.`,
	altState: {
		'low-and-rise': (low: string, lowHa: string, last: string, times: string) =>
			`Highlighted: the low of ${lowHa} hectares in ${low} and the climb since, to ${times} times that area by ${last}.`,
		estimates: (usFirst: string, usFirstHa: string, usLast: string, usLastHa: string, police: string, policeHa: string, policeEarly: string, policeEarlyHa: string) =>
			`Also drawn: the US government's estimates, which run higher than the UN's, from ${usFirstHa} hectares in ${usFirst} to ${usLastHa} in ${usLast}, and two figures from Colombia's national police, ${policeEarlyHa} hectares for ${policeEarly} and ${policeHa} as of ${police}, which come from a different method and are not joined to the UN line.`
	},
	notes: {
		leaked: (year: string, ha: string, date: string) =>
			`The ${year} figure of about ${ha} hectares came out in a leak published by El País on ${date}, before UNODC had released it, and the official release was still postponed weeks later. It is drawn with a dashed line and a marker of its own.`,
		article: (ha: string) => `The article's ${ha} hectares is that leaked UN figure.`,
		rounded: (from: string) =>
			`From ${from} on, the UN figures are rounded numbers taken from press coverage of each year's report (hollow markers).`,
		contested: (pairs: string) => `Outlets did not always report the same number: ${pairs}.`,
		pair: (year: string, a: string, b: string) => `${a} or ${b} hectares for ${year}`,
		police: (ha: string, when: string, earlyHa: string, early: string) =>
			`The ${ha} hectares cited by Petro come from the national police's SIIMA system, as of ${when} (it gave ${earlyHa} for ${early}). The police measure coca another way, so these figures are drawn apart and are not comparable with the UN line.`,
		us: 'The US government estimates its own areas with a different method; they run higher than the UN survey, and only the years with a published figure are drawn, without bridging the gaps.',
		othersLeftOut: (view: string) =>
			`The US government and Colombia's police make their own estimates with other methods; they are shown in the “${view}” view.`
	},
	table: {
		caption: 'Land planted with coca in Colombia, by who measured it',
		series: 'Measured by',
		year: 'Year',
		hectares: 'Area (hectares)',
		release: 'How it was published',
		status: 'Fact-check',
		note: 'Note',
		source: 'Source',
		about: 'about',
		seriesValues: { unodc_simci: 'UN survey (UNODC/SIMCI)', us_government: 'US government', police_siima: 'National police (SIIMA)' },
		releaseValues: { official: 'Official', press: 'Press report', leaked: 'Leaked before release' },
		statusValues: { confirmed: 'Confirmed', refined: 'Refined', contested: 'Contested', unverified: 'Unverified', contradicted: 'Contradicted' },
		asOf: (when: string) => `as of ${when}`,
		otherFigure: (ha: string) => `another outlet gave ${ha}`,
		differentMethod: 'different method, not comparable with the UN survey'
	}
};

export default strings;
export type CocaCultivationStrings = typeof strings;
