import type { TimelineStrings } from '../../en/charts/timeline';

const strings: TimelineStrings = {
	title: 'De las sanciones al Despacho Oval, y después a las urnas',
	subtitle: 'Hechos fechados de la disputa entre Estados Unidos y Colombia, con los antecedentes que la explican',
	legend: {
		span: 'Barra: un mes, un año o varios días',
		refined: 'Marcador vacío: nuestra verificación precisa lo que dice el artículo',
		refinedShort: 'Vacío: precisado por nuestra verificación'
	},
	panels: {
		before: (year) => `Antes de ${year}`,
		main: (from, to) => (from === to ? from : `De ${from} a ${to}`)
	},
	dayUnknown: 'día exacto incierto',
	sameMonth: (firstDay, end) => `Del ${firstDay} al ${end}`,
	range: (start, end) => `Del ${start} al ${end}`,
	notes: {
		precision: (visaMonth) =>
			`Las barras marcan hechos de los que solo se conoce el mes o el año, o que duraron varios días. La visa de cinco días para el viaje de Petro se expidió en ${visaMonth}, pero las fuentes no precisan el día, así que su barra cubre todo el mes.`,
		axis: (year, from, to) =>
			`El eje del tiempo no tiene una sola escala. De ${from} a ${to}, cada mes ocupa la altura que necesitan sus hechos, y un mes sin hechos queda angosto; antes de ${year} pasa lo mismo con cada año, y el eje se corta en los años sin hechos. Dentro de un mes o de un año, cada hecho va en su fecha.`,
		refined: (finding, previous) =>
			`Los marcadores vacíos señalan hechos del artículo que nuestra verificación precisa: la decisión de EE. UU. del ${finding} fue la primera desde ${previous}, no la primera en tres décadas, como dice el artículo; lo de la visa fue un anuncio del Departamento de Estado de que se la revocaría a Petro, y las cifras de la UNODC se filtraron, no se publicaron.`
	},
	states: {
		all: 'Todos los hechos',
		breakdown: 'La ruptura',
		september: 'Ataques, la descertificación, un discurso',
		meeting: 'Camino a la reunión',
		elections: 'Las elecciones',
		sanctions: 'Las sanciones',
		january: 'Amenazas, y luego un deshielo',
		'meeting-day': 'El día de la reunión',
		after: 'Después de la reunión'
	},
	alt: (n, before, year, main, from, to, busy, a, b) =>
		`Línea de tiempo vertical con ${n} hechos. ${before} son anteriores a ${year}; los otros ${main} van de ${from} a ${to}, y ${busy} de ellos ocurren entre el ${a} y el ${b}. Cada hecho lleva el color y la forma de su categoría.`,
	altState: {
		all: '',
		breakdown: (n, strike, finding, visa, sanctions, maduro) =>
			`Resaltados: ${n} hechos de la ruptura, desde el primer ataque de EE. UU. a una lancha, el ${strike}, pasando por la decisión antidrogas del ${finding}, el anuncio del retiro de la visa de Petro el ${visa} y las sanciones del Tesoro el ${sanctions}, hasta la captura de Maduro el ${maduro}.`,
		meeting: (n, call, visa, meeting, pipe) =>
			`Resaltados: ${n} hechos del camino a la reunión: amenazas de una incursión tras la captura de Maduro, una llamada telefónica el ${call}, una visa para el viaje en ${visa} y la reunión en el Despacho Oval el ${meeting}. Colombia extraditó al narcotraficante conocido como Pipe Tuluá el ${pipe}.`,
		focus: (n, named, others) => `Se muestran ${n} hechos. Destacados, los que nombra este paso: ${named}.${others ? ` Atenuados, como contexto: ${others}.` : ''}`,
		elections: (congress, first, runoff) =>
			`Resaltadas: las elecciones en Colombia, de Congreso el ${congress}, y luego la primera vuelta presidencial el ${first} y la segunda vuelta el ${runoff}.`
	},
	table: {
		caption: 'Hechos fechados de la disputa entre EE. UU. y Colombia',
		date: 'Fecha',
		category: 'Categoría',
		event: 'Hecho',
		inArticle: 'En el artículo',
		status: 'Verificación',
		source: 'Fuente',
		yes: 'sí',
		no: 'no'
	}
};

export default strings;
