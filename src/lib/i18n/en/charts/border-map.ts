/** Words of the border-map chart. Numbers and dates come in as arguments, already formatted. */
const strings = {
	title: 'Colombia between Venezuela and two seas',
	subtitle: {
		border: 'The land border with Venezuela, which Colombia moved to reinforce after US forces captured Maduro',
		seas: 'The seas where US forces have struck boats they said carried drugs'
	},
	countries: {
		colombia: 'Colombia',
		venezuela: 'Venezuela',
		ecuador: 'Ecuador',
		panama: 'Panama',
		peru: 'Peru',
		brazil: 'Brazil'
	},
	seas: { caribbean: 'Caribbean Sea', pacific: 'Pacific Ocean' },
	details: { troops: (n: string) => `${n} troops` },
	annotations: {
		borderLength: (km: string) => `${km} km`,
		borderWhat: 'land border with Venezuela',
		troops: (n: string) => `about ${n} troops`,
		troopsWhat: (date: string) => `announced on ${date}`,
		troopsCaveat: 'announced, then reported sent',
		area: (n: string, area: string, date: string) => `${n} in ${area} (${date})`,
		areas: { catatumbo: 'Catatumbo' },
		strikesFrom: (date: string) => `Strikes since ${date}`
	},
	notes: {
		troops: (n: string, date: string) =>
			`The ${n} troops were announced on ${date} in the future tense; the defence minister later said more than ${n} had been sent.`,
		area: (n: string, area: string, date: string) =>
			`On ${date} the armed forces were reported to have ${n} of them in ${area}; the map places that figure at the region, not at troop positions.`,
		seas: (first: string, pacific: string) =>
			`The strikes began in the Caribbean on ${first} and reached the eastern Pacific on ${pacific}. The map names those seas only: it does not show where any strike took place.`,
		boundaries: 'Boundaries: Natural Earth.'
	},
	states: {
		border: 'The border',
		seas: 'The seas of the strikes'
	},
	alt: (km: string) =>
		`A map of north-western South America: Colombia in the centre, Venezuela to the east, Ecuador to the south-west, with Panama, Peru and Brazil around them. The ${km} km land border between Colombia and Venezuela is drawn as a thick line.`,
	altState: {
		border: (troops: string, date: string, maduro: string) =>
			`Highlighted: the border. On ${date} Colombia announced it would reinforce it with about ${troops} troops, after US forces captured Nicolás Maduro on ${maduro}.`,
		seas: (first: string, pacific: string) =>
			`Highlighted: the Caribbean Sea to the north, where US strikes on boats began on ${first}, and the Pacific Ocean to the west, where they spread on ${pacific}. Strike locations are not shown.`
	},
	table: {
		caption: 'Figures and dates on the map',
		item: 'What',
		value: 'Figure',
		date: 'Date',
		status: 'Fact-check',
		source: 'Source',
		items: {
			borderLength: 'Length of the Colombia–Venezuela land border',
			troops: 'Colombian troops for the border (announced)',
			area: (area: string) => `Of those troops, in ${area}`,
			firstStrike: 'First US strike on a boat, Caribbean',
			firstPacificStrike: 'First US strike on a boat, eastern Pacific'
		},
		km: (n: string) => `${n} km`,
		announcement: 'an announcement, not a finished deployment'
	}
};

export default strings;
export type BorderMapStrings = typeof strings;
