/** Words of the timeline chart. (Placeholder until the chart is drawn.) */
const strings = {
	title: 'timeline',
	states: {
		'all': 'all',
		'breakdown': 'breakdown',
		'meeting': 'meeting',
		'elections': 'elections'
	}
};

export default strings;
export type TimelineStrings = typeof strings;
