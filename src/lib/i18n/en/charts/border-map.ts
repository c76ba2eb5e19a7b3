/** Words of the border-map chart. (Placeholder until the chart is drawn.) */
const strings = {
	title: 'border-map',
	states: {
		'border': 'border',
		'seas': 'seas'
	}
};

export default strings;
export type BorderMapStrings = typeof strings;
