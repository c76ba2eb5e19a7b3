/** Words of the coca-cultivation chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: "Colombia's coca crop shrank, then surged to a record",
	subtitle: 'Land planted with coca each year, as measured by the UN-backed satellite survey (UNODC/SIMCI)',
	yLabel: 'Thousand hectares',
	legend: {
		rounded: 'Rounded, from press reports',
		other: "Another outlet's figure",
		unodc: 'UN survey',
		us: 'US government',
		police: 'National police, other method',
		policeShort: 'Police, other method'
	},
	details: { hectares: (ha: string) => `${ha} hectares` },
	labels: {
		leaked: (ha: string) => `${ha} ha, leaked, not yet officially published`,
		low: (ha: string, year: string) => `Low: ${ha} ha in ${year}`,
		start: (ha: string, year: string) => `${ha} ha in ${year}`,
		multiple: (times: string, year: string) => `${times} times the ${year} low`,
		police: (ha: string, when: string) => `${ha} ha (${when})`
	},
	states: {
		all: 'The whole series',
		'low-and-rise': 'The low and the rise',
		estimates: 'Competing estimates'
	},
	alt: (a: { first: string; firstHa: string; low: string; lowHa: string; last: string; lastHa: string }) =>
		`A line of the land planted with coca in Colombia according to the UN survey: ${a.firstHa} hectares in ${a.first}, down to ${a.lowHa} in ${a.low}, then up to about ${a.lastHa} in ${a.last}.`,
	altLeaked: (year: string) => `The ${year} figure leaked before UNODC published it and is drawn dashed, with its own marker.`,
	altState: {
		'low-and-rise': (a: { low: string; lowHa: string; last: string; times: string }) =>
			`Highlighted: the low of ${a.lowHa} hectares in ${a.low} and the climb since, to ${a.times} times that area by ${a.last}.`,
		estimates: (a: { usFirst: string; usFirstHa: string; usLast: string; usLastHa: string; police: string; policeHa: string; policeEarly: string; policeEarlyHa: string }) =>
			`Also drawn: the US government's estimates, which run higher than the UN's, from ${a.usFirstHa} hectares in ${a.usFirst} to ${a.usLastHa} in ${a.usLast}, and two figures from Colombia's national police, ${a.policeEarlyHa} hectares for ${a.policeEarly} and ${a.policeHa} as of ${a.police}, which come from a different method and are not joined to the UN line.`
	},
	notes: {
		leaked: (year: string, ha: string, date: string) =>
			`The ${year} figure of about ${ha} hectares came out in a leak published by El País on ${date}, before UNODC had released it, and the official release was still postponed weeks later. It is drawn with a dashed line and a marker of its own.`,
		article: (ha: string) => `The article's ${ha} hectares is that leaked UN figure.`,
		rounded: (from: string) =>
			`From ${from} on, the UN figures are rounded numbers taken from press coverage of each year's report (hollow markers).`,
		contested: (pairs: string) => `Outlets did not always report the same number (an × marks the other outlet's figure): ${pairs}.`,
		pair: (a: { year: string; ha: string; by: string; other: string; otherBy: string }) => `${a.ha} hectares (${a.by}) or ${a.other} (${a.otherBy}) for ${a.year}`,
		weak: (years: string, count: number) =>
			count === 1
				? `The ${years} figure rests on a weak source, the only one found for that year.`
				: `The figures for ${years} rest on weak sources, the only ones found for those years.`,
		police: (a: { ha: string; when: string; earlyHa: string; early: string }) =>
			`The ${a.ha} hectares cited by Petro come from the national police's SIIMA system, as of ${a.when} (it gave ${a.earlyHa} for ${a.early}). The police measure coca another way, so these figures are drawn apart and are not comparable with the UN line.`,
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
		seriesValues: { unodc_simci: 'UN survey (UNODC/SIMCI)', us_government: 'US government', police_siima: 'National police (SIIMA)' },
		releaseValues: { official: 'Official', press: 'Press report', leaked: 'Leaked before release' },
		asOf: (when: string) => `as of ${when}`,
		otherFigure: (ha: string, by: string) => `${by} gave ${ha}`,
		weakSource: 'weak source, the only one found for this year',
		differentMethod: 'different method, not comparable with the UN survey'
	}
};

export default strings;
export type CocaCultivationStrings = typeof strings;
