import type { BoatStrikesStrings } from '../../en/charts/boat-strikes';

const strings: BoatStrikesStrings = {
	title: 'Los muertos de los ataques de EE. UU. a lanchas no paran de subir',
	subtitle: 'Personas muertas en ataques militares de EE. UU. contra embarcaciones que, según Washington, llevaban droga; total acumulado',
	yLabel: 'Personas muertas',
	legend: {
		exact: 'Total reportado',
		atLeast: 'Al menos (cota inferior)',
		approx: 'Cerca de',
		other: 'Conteo de otro medio'
	},
	legendShort: {
		exact: 'Reportado',
		atLeast: 'Al menos',
		approx: 'Cerca de',
		other: 'Otro medio'
	},
	details: {
		total: 'Total acumulado',
		other: 'Conteo de otro medio',
		deaths: (n: string) => `${n} muertos`,
		article: (status: string) => `la cifra del artículo: ${status}`
	},
	labels: {
		article: (a) => `${a.deaths}, con ${a.presumed} dados por muertos`
	},
	notes: {
		articleFigure: (a) =>
			`La cifra del artículo, ${a.deaths} muertos en ${a.ops} operaciones, es el conteo de AP del ${a.date}${a.strikes ? `, en ${a.strikes} ataques` : ''}: abarca el Caribe y el Pacífico oriental.`,
		presumed: (a) => `Suma ${a.confirmed} muertos y ${a.presumed} dados por muertos.`,
		outlets: (pairs) => `Cada medio lleva su propio conteo y no siempre coinciden: ${pairs} (una × marca el otro conteo). La tabla da la fuente de cada cifra.`,
		outletPair: (a) => `el ${a.date} ${a.by} contó ${a.deaths} muertos y ${a.otherBy}, ${a.other}`
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
	alt: (a) =>
		`Línea escalonada del total acumulado de personas muertas en ataques de EE. UU. contra lanchas, desde ${a.firstDeaths} el ${a.first} hasta ${a.lastDeaths} el ${a.last}. El ${a.articleDate} el conteo era de ${a.articleDeaths}, la cifra que usa el artículo. Los marcadores huecos son cotas inferiores.`,
	altOther: (a) => `El ${a.date} otro medio contó ${a.other} donde la línea marca ${a.deaths}; una × lo señala.`,
	altState: {
		all: '',
		'article-figure': (a) =>
			`Resaltado: los ${a.deaths} muertos en ${a.ops} operaciones del artículo, que son el conteo de AP del ${a.date}: ${a.apDeaths}${a.strikes ? ` en ${a.strikes} ataques` : ''}, ${a.confirmed} muertos y ${a.presumed} dados por muertos. También resaltado: el día en que difieren los conteos de dos medios.`,
		'after-meeting': (meeting, after) => `Resaltado: el conteo después de la reunión del ${meeting}, que siguió subiendo hasta ${after}.`
	},
	table: {
		caption: 'Totales acumulados de personas muertas en ataques de EE. UU. contra lanchas',
		date: 'Fecha',
		deaths: 'Muertos',
		strikes: 'Ataques',
		seas: 'Mares',
		note: 'Nota',
		source: 'Fuente',
		presumed: (confirmed, presumed) => `${confirmed} muertos y ${presumed} dados por muertos`,
		otherCount: (deaths, by) => `${by} contó ${deaths}`,
		seasValues: { caribbean: 'Caribe', caribbean_and_pacific: 'Caribe y Pacífico oriental' }
	}
};

export default strings;
