import type { TimelineStrings } from '../../en/charts/timeline';

const strings: TimelineStrings = {
	title: 'timeline',
	states: {
		'all': 'all',
		'breakdown': 'breakdown',
		'meeting': 'meeting',
		'elections': 'elections'
	}
};

export default strings;
