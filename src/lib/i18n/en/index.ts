import { locale } from './locale';
import ui from './ui';
import timeline from './charts/timeline';
import boatStrikes from './charts/boat-strikes';
import cocaCultivation from './charts/coca-cultivation';
import cocaineProduction from './charts/cocaine-production';
import extraditions from './charts/extraditions';
import usAid from './charts/us-aid';
import borderMap from './charts/border-map';

/** The English dictionary: the reference every other language mirrors key for key. */
const en = {
	locale,
	ui,
	charts: {
		'timeline': timeline,
		'boat-strikes': boatStrikes,
		'coca-cultivation': cocaCultivation,
		'cocaine-production': cocaineProduction,
		'extraditions': extraditions,
		'us-aid': usAid,
		'border-map': borderMap
	}
};

export default en;
