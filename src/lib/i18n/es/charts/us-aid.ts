import type { UsAidStrings } from '../../en/charts/us-aid';

const strings: UsAidStrings = {
	title: 'us-aid',
	states: {
		'plan-colombia': 'plan-colombia',
		'later': 'later',
		'claim': 'claim'
	}
};

export default strings;
