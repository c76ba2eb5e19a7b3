/** Words of the extraditions chart. (Placeholder until the chart is drawn.) */
const strings = {
	title: 'extraditions',
	states: {
		'annual': 'annual',
		'claims': 'claims'
	}
};

export default strings;
export type ExtraditionsStrings = typeof strings;
