/** Words of the cocaine-production chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: 'Colombia is making more cocaine than ever recorded',
	subtitle: "Potential cocaine production in Colombia, tonnes a year, as estimated by the UN's drugs office (UNODC), with US government estimates",
	yLabel: 'Tonnes',
	legend: {
		unodc: 'UNODC, latest edition',
		earlier: 'First published, later revised',
		uncertain: 'Preliminary or disputed',
		us: 'US government, other method'
	},
	labels: {
		leaked: (t: string) => `${t} t (leaked)`,
		change: (pct: string, year: string) => `+${pct}% on ${year}`,
		value: (t: string) => `${t} t`,
		revision: (first: string, latest: string) => `${first} → ${latest} t`,
		noFigure: 'no figure',
		revisedOnly: 'revised'
	},
	states: {
		all: 'The whole series',
		revisions: 'Revised figures',
		record: 'The record'
	},
	alt: (first: string, firstT: string, low: string, lowT: string, last: string, lastT: string, gaps: string) =>
		`A line of Colombia's potential cocaine production as estimated by UNODC: ${firstT} tonnes in ${first}, a low of ${lowT} in ${low}, then a steep climb to ${lastT} in ${last}. The line breaks at ${gaps}, years with no figure.`,
	altLeaked: (year: string) => `The ${year} figure leaked before UNODC released it and is drawn dashed, with its own marker.`,
	altUs: (first: string, firstT: string, last: string, lastT: string) =>
		`US government estimates, made with another method, are drawn as a separate line, from ${firstT} tonnes in ${first} to ${lastT} in ${last}.`,
	altState: {
		revisions: (list: string) => `Highlighted: the years UNODC revised. ${list}.`,
		revision: (year: string, first: string, latest: string) => `${year} was first published as ${first} tonnes and later given as ${latest}`,
		record: (year: string, t: string, prev: string, prevT: string, pct: string) =>
			`Highlighted: ${t} tonnes in ${year}, the highest in the series and ${pct}% more than the ${prevT} of ${prev}.`
	},
	notes: {
		leaked: (year: string, t: string, date: string) =>
			`The ${year} figure of ${t} tonnes came out in a leak published by El País on ${date}, before UNODC had released it; it is drawn with a dashed line and a marker of its own.`,
		revisions: (list: string) =>
			`UNODC revises past years in later reports. Where a year was revised, the line uses the latest figure and the first one is a hollow marker joined to it: ${list}.`,
		revision: (year: string, first: string, latest: string) => `${year} went from ${first} to ${latest} tonnes`,
		revisedOnly: (years: string) => `For ${years} only a revised figure was found, not the one first published.`,
		seriesBreak: (from: string, to: string) =>
			`The other years are as first published, so the line mixes report editions; the dashed step from ${from} to ${to} joins an original figure to a restated one, so part of that jump comes from mixing editions.`,
		gaps: (years: string) => `No figure was found for ${years}: the line breaks there instead of guessing.`,
		uncertain: (list: string) => `Preliminary or disputed figures have a ring of their own: ${list}.`,
		preliminary: (year: string) => `${year} was only reported as a preliminary estimate`,
		disputed: (year: string, t: string, other: string) => `for ${year} one source gives ${t} tonnes and another ${other}`,
		us: (year: string, low: string, high: string) =>
			`US government estimates use a different method and are not comparable with UNODC's; for ${year} it published a range, ${low}–${high} tonnes, drawn as a bar.`,
		changeReported: 'The rise is the one the leaked report gave; working it out from the rounded tonnes shown gives a figure a little higher.',
		change: 'The rise is worked out from the rounded tonnes shown and given only as precisely as they allow.',
		weakSource: (year: string) => `The ${year} figure rests on a weak source, the only one found for that year.`
	},
	table: {
		caption: 'Potential cocaine production in Colombia, by estimate and report edition',
		series: 'Estimate by',
		year: 'Year',
		edition: 'Edition',
		tonnes: 'Production (tonnes)',
		drawn: 'On the chart',
		status: 'Fact-check',
		note: 'Note',
		source: 'Source',
		seriesValues: { unodc: 'UNODC', us_government: 'US government' },
		editionValues: { first: 'First published', revised: 'Revised', preliminary: 'Preliminary' },
		drawnValues: { line: 'On the line', earlier: 'Hollow marker (later revised)' },
		statusValues: { confirmed: 'Confirmed', refined: 'Refined', contested: 'Contested', unverified: 'Unverified', contradicted: 'Contradicted' },
		leaked: 'leaked before official release',
		otherFigure: (t: string) => `another source gives ${t}`,
		differentMethod: 'different method, not comparable with UNODC'
	}
};

export default strings;
export type CocaineProductionStrings = typeof strings;
