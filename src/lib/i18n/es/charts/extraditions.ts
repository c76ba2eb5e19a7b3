import type { ExtraditionsStrings } from '../../en/charts/extraditions';

const strings: ExtraditionsStrings = {
	title: 'extraditions',
	states: {
		'annual': 'annual',
		'claims': 'claims'
	}
};

export default strings;
