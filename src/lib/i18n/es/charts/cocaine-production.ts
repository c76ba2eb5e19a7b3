import type { CocaineProductionStrings } from '../../en/charts/cocaine-production';

const strings: CocaineProductionStrings = {
	title: 'cocaine-production',
	states: {
		'all': 'all',
		'revisions': 'revisions',
		'record': 'record'
	}
};

export default strings;
