import type en from '../en';
import { locale } from './locale';
import ui from './ui';
import vocabulary from './vocabulary';
import timeline from './charts/timeline';
import boatStrikes from './charts/boat-strikes';
import cocaCultivation from './charts/coca-cultivation';
import cocaineProduction from './charts/cocaine-production';
import extraditions from './charts/extraditions';
import usAid from './charts/us-aid';
import borderMap from './charts/border-map';
import factCheck from './charts/fact-check';
import elections from './charts/elections';

/** El diccionario en español: las mismas claves que el inglés, con palabras y formatos de Colombia. */
const es: typeof en = {
	locale,
	ui,
	vocabulary,
	charts: {
		'timeline': timeline,
		'boat-strikes': boatStrikes,
		'coca-cultivation': cocaCultivation,
		'cocaine-production': cocaineProduction,
		'extraditions': extraditions,
		'us-aid': usAid,
		'border-map': borderMap,
		'fact-check': factCheck,
		elections
	}
};

export default es;
