/** Words of the cocaine-production chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	// "Potential": UNODC estimates what the coca could yield, not cocaine seen being made; and the record
	// stands on a leaked figure, so the title says whose figures say so.
	title: "Leaked UN figures put Colombia's potential cocaine production at a record",
	subtitle: "Potential cocaine production in Colombia, tonnes a year, as estimated by the UN's drugs office (UNODC), with US government estimates",
	yLabel: 'Tonnes',
	legend: {
		unodc: 'UNODC, latest edition',
		earlier: 'First published, later revised',
		preliminary: 'Preliminary estimate',
		other: "Another source's figure",
		us: 'US government, other method'
	},
	/** The same keys, short enough for a narrow column beside the latest label on a phone. */
	legendShort: {
		unodc: 'UNODC',
		earlier: 'First edition',
		preliminary: 'Preliminary',
		other: 'Other source',
		us: 'US government'
	},
	details: { tonnes: (t: string) => `${t} tonnes` },
	labels: {
		leaked: (t: string) => `${t} t, leaked, not yet officially published`,
		change: (pct: string, year: string) => `+${pct}% on ${year}`,
		value: (t: string) => `${t} t`,
		weak: '(weak source)',
		revision: (first: string, latest: string) => `${first} → ${latest} t`,
		noFigure: 'no figure',
		revisedOnly: 'revised'
	},
	states: {
		all: 'The whole series',
		revisions: 'Revised figures',
		record: 'The record'
	},
	alt: (a: { first: string; firstT: string; low: string; lowT: string; last: string; lastT: string; gaps: string }) =>
		`A line of Colombia's potential cocaine production as estimated by UNODC: ${a.firstT} tonnes in ${a.first}, a low of ${a.lowT} in ${a.low}, then a steep climb to ${a.lastT} in ${a.last}. The line breaks at ${a.gaps}, years with no figure.`,
	altBreak: (a: { low: string; from: string; to: string }) =>
		`The ${a.low} low and the years from ${a.to} on come from different editions of UNODC's report: the dashed step from ${a.from} to ${a.to} joins an original figure to a restated one, so not all of the climb is a change in production.`,
	altLeaked: (year: string) => `The ${year} figure leaked before UNODC released it and is drawn dashed, with its own marker.`,
	altUs: (a: { first: string; firstT: string; last: string; lastT: string }) =>
		`US government estimates, made with another method, are drawn as a separate line, from ${a.firstT} tonnes in ${a.first} to ${a.lastT} in ${a.last}.`,
	altState: {
		revisions: (list: string) => `Highlighted: the years UNODC revised. ${list}.`,
		revision: (year: string, first: string, latest: string) => `${year} was first published as ${first} tonnes and later given as ${latest}`,
		record: (a: { year: string; t: string; prev: string; prevT: string; pct: string }) =>
			`Highlighted: ${a.t} tonnes in ${a.year}, on the leaked figures the highest in the series and ${a.pct}% more than the ${a.prevT} of ${a.prev}.`
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
		preliminary: (years: string, count: number) =>
			`${years} ${count === 1 ? 'was' : 'were'} only reported as a preliminary estimate (square marker).`,
		disputed: (list: string) => `Sources did not always give the same number (an × marks the other source's figure): ${list}.`,
		pair: (a: { year: string; t: string; by: string; other: string; otherBy: string }) => `${a.t} tonnes (${a.by}) or ${a.other} (${a.otherBy}) for ${a.year}`,
		weak: (years: string, count: number) =>
			count === 1
				? `The ${years} figure rests on a weak source, the only one found for that year.`
				: `The figures for ${years} rest on weak sources (copies or aggregators), the only ones found for those years.`,
		us: (year: string, low: string, high: string) =>
			`US government estimates use a different method and are not comparable with UNODC's; for ${year} it published a range, ${low}–${high} tonnes, drawn as a bar.`,
		changeReported: 'The rise is the one the leaked report gave; working it out from the rounded tonnes shown gives a figure a little higher.',
		change: 'The rise is worked out from the rounded tonnes shown and given only as precisely as they allow.'
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
		leaked: 'leaked before official release',
		otherFigure: (t: string, by: string) => `${by} gives ${t}`,
		weakSource: 'weak source, the only one found for this year',
		differentMethod: 'different method, not comparable with UNODC'
	}
};

export default strings;
export type CocaineProductionStrings = typeof strings;
