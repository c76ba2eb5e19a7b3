import type { CocaCultivationStrings } from '../../en/charts/coca-cultivation';

const strings: CocaCultivationStrings = {
	title: 'coca-cultivation',
	states: {
		'all': 'all',
		'low-and-rise': 'low-and-rise',
		'estimates': 'estimates'
	}
};

export default strings;
