/** Words of the cocaine-production chart. (Placeholder until the chart is drawn.) */
const strings = {
	title: 'cocaine-production',
	states: {
		'all': 'all',
		'revisions': 'revisions',
		'record': 'record'
	}
};

export default strings;
export type CocaineProductionStrings = typeof strings;
