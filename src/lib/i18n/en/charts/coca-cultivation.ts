/** Words of the coca-cultivation chart. (Placeholder until the chart is drawn.) */
const strings = {
	title: 'coca-cultivation',
	states: {
		'all': 'all',
		'low-and-rise': 'low-and-rise',
		'estimates': 'estimates'
	}
};

export default strings;
export type CocaCultivationStrings = typeof strings;
