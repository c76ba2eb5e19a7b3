import type { BoatStrikesStrings } from '../../en/charts/boat-strikes';

const strings: BoatStrikesStrings = {
	title: 'Los muertos de los ataques de EE. UU. a lanchas no paran de subir',
	subtitle: 'Personas muertas en ataques militares de EE. UU. contra embarcaciones que, según Washington, llevaban droga; total acumulado',
	yLabel: 'Personas muertas',
	legendExact: 'Total reportado',
	legendAtLeast: 'Al menos (cota inferior)',
	legendApprox: 'Cerca de',
	notes: {
		articleFigure: (deaths, ops, date) =>
			`Los ${deaths} muertos en ${ops} operaciones que cita el artículo son el conteo de AP del ${date}: abarca el Caribe y el Pacífico oriental e incluye personas dadas por muertas.`,
		outlets: 'Cada medio lleva su propio conteo y difieren en unas pocas muertes el mismo día; cada punto indica su fuente.'
	},
	annotations: {
		pacific: 'Primer ataque en el Pacífico oriental',
		maduro: 'Captura de Maduro',
		meeting: 'Petro se reúne con Trump'
	},
	annotationsShort: {
		pacific: 'Pacífico',
		maduro: 'Maduro',
		meeting: 'Reunión'
	},
	states: {
		all: 'Todo el conteo',
		'article-figure': 'La cifra del artículo',
		'after-meeting': 'Después de la reunión'
	},
	alt: (first, firstDeaths, last, lastDeaths, articleDeaths, articleDate) =>
		`Línea escalonada del total acumulado de personas muertas en ataques de EE. UU. contra lanchas, desde ${firstDeaths} el ${first} hasta al menos ${lastDeaths} el ${last}. El ${articleDate} el conteo era de ${articleDeaths}, la cifra que usa el artículo. Los marcadores huecos son cotas inferiores.`,
	altState: {
		all: '',
		'article-figure': (deaths, ops) => `Resaltado: ${deaths} muertos en al menos ${ops} ataques, el total que reporta el artículo.`,
		'after-meeting': (meeting, after) => `Resaltado: el conteo después de la reunión del ${meeting}, que siguió subiendo hasta al menos ${after}.`
	},
	table: {
		caption: 'Totales acumulados de personas muertas en ataques de EE. UU. contra lanchas',
		date: 'Fecha',
		deaths: 'Muertos',
		strikes: 'Ataques',
		seas: 'Mares',
		source: 'Fuente',
		atLeast: 'al menos',
		approx: 'cerca de',
		seasValues: { caribbean: 'Caribe', caribbean_and_pacific: 'Caribe y Pacífico oriental' }
	}
};

export default strings;
