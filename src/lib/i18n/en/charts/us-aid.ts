/** Words of the us-aid chart. (Placeholder until the chart is drawn.) */
const strings = {
	title: 'us-aid',
	states: {
		'plan-colombia': 'plan-colombia',
		'later': 'later',
		'claim': 'claim'
	}
};

export default strings;
export type UsAidStrings = typeof strings;
