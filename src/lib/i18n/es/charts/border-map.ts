import type { BorderMapStrings } from '../../en/charts/border-map';

const strings: BorderMapStrings = {
	title: 'border-map',
	states: {
		'border': 'border',
		'seas': 'seas'
	}
};

export default strings;
