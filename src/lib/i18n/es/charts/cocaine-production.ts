import type { CocaineProductionStrings } from '../../en/charts/cocaine-production';

const strings: CocaineProductionStrings = {
	title: 'Cifras filtradas de la ONU sitúan en un récord la producción potencial de cocaína de Colombia',
	subtitle: 'Producción potencial de cocaína en Colombia, en toneladas por año, según la oficina de la ONU contra la droga (UNODC), con los cálculos del Gobierno de EE. UU.',
	yLabel: 'Toneladas',
	legend: {
		unodc: 'UNODC, última edición',
		earlier: 'Primera cifra, luego revisada',
		preliminary: 'Estimación preliminar',
		other: 'Cifra de otra fuente',
		us: 'Gobierno de EE. UU., otro método'
	},
	legendShort: {
		unodc: 'UNODC',
		earlier: '1.ª edición',
		preliminary: 'Preliminar',
		other: 'Otra fuente',
		us: 'EE. UU.'
	},
	details: { tonnes: (t) => `${t} toneladas` },
	labels: {
		leaked: (t) => `${t} t, filtrada, aún sin publicación oficial`,
		change: (pct, year) => `+${pct} % frente a ${year}`,
		value: (t) => `${t} t`,
		weak: '(fuente débil)',
		revision: (first, latest) => `${first} → ${latest} t`,
		noFigure: 'sin dato',
		revisedOnly: 'revisada'
	},
	states: {
		all: 'Toda la serie',
		revisions: 'Cifras revisadas',
		record: 'El récord'
	},
	alt: (a) =>
		`Línea de la producción potencial de cocaína en Colombia según la UNODC: ${a.firstT} toneladas en ${a.first}, un mínimo de ${a.lowT} en ${a.low} y luego un fuerte ascenso hasta ${a.lastT} en ${a.last}. La línea se corta en ${a.gaps}, años sin dato.`,
	altBreak: (a) =>
		`El mínimo de ${a.low} y los años desde ${a.to} vienen de ediciones distintas del informe de la UNODC: el tramo punteado de ${a.from} a ${a.to} une una cifra original con una corregida, así que no todo el ascenso es un cambio en la producción.`,
	altLeaked: (year) => `La cifra de ${year} se filtró antes de que la UNODC la publicara y se dibuja con línea punteada y un marcador propio.`,
	altUs: (a) =>
		`Los cálculos del Gobierno de EE. UU., hechos con otro método, van en una línea aparte, de ${a.firstT} toneladas en ${a.first} a ${a.lastT} en ${a.last}.`,
	altState: {
		revisions: (list) => `Resaltados: los años que la UNODC revisó. ${list}.`,
		revision: (year, first, latest) => `La cifra de ${year} se publicó primero como ${first} toneladas y después quedó en ${latest}`,
		record: (a) =>
			`Resaltado: ${a.t} toneladas en ${a.year}, según las cifras filtradas la más alta de la serie, un ${a.pct} % más que las ${a.prevT} de ${a.prev}.`
	},
	notes: {
		leaked: (year, t, date) =>
			`La cifra de ${year}, ${t} toneladas, se conoció por una filtración que publicó El País el ${date}, antes de que la UNODC la divulgara; se dibuja con línea punteada y un marcador propio.`,
		revisions: (list) =>
			`La UNODC corrige años anteriores en informes posteriores. Cuando un año se revisó, la línea usa la cifra más reciente y la primera aparece como un marcador hueco unido a ella: ${list}.`,
		revision: (year, first, latest) => `${year} pasó de ${first} a ${latest} toneladas`,
		revisedOnly: (years) => `Para ${years} solo se encontró la cifra revisada, no la que se publicó primero.`,
		seriesBreak: (from, to) =>
			`Los demás años son los de la primera publicación, así que la línea combina ediciones distintas del informe; el tramo punteado de ${from} a ${to} une una cifra original con una corregida, y parte de ese salto se debe a esa mezcla.`,
		gaps: (years) => `No se encontró cifra para ${years}: la línea se corta ahí en lugar de inventar un valor.`,
		preliminary: (years, count) =>
			`${count === 1 ? 'La cifra de' : 'Las cifras de'} ${years} solo se ${count === 1 ? 'conoció' : 'conocieron'} como estimación preliminar (marcador cuadrado).`,
		disputed: (list) => `Las fuentes no siempre dieron la misma cifra (una × marca la de la otra fuente): ${list}.`,
		pair: (a) => `${a.t} toneladas (${a.by}) o ${a.other} (${a.otherBy}) en ${a.year}`,
		weak: (years, count) =>
			count === 1
				? `La cifra de ${years} se apoya en una fuente débil, la única que se encontró para ese año.`
				: `Las cifras de ${years} se apoyan en fuentes débiles (copias o agregadores), las únicas que se encontraron para esos años.`,
		us: (year, low, high) =>
			`Los cálculos del Gobierno de EE. UU. usan otro método y no se pueden comparar con los de la UNODC; para ${year} publicó un rango, de ${low} a ${high} toneladas, que se dibuja como una barra.`,
		changeReported: 'El aumento es el que dio el informe filtrado; calcularlo con las toneladas redondeadas que aparecen aquí da una cifra algo mayor.',
		change: 'El aumento se calcula con las toneladas redondeadas que aparecen aquí, y se da solo con la precisión que estas permiten.'
	},
	table: {
		caption: 'Producción potencial de cocaína en Colombia, por estimación y edición del informe',
		series: 'Estimación de',
		year: 'Año',
		edition: 'Edición',
		tonnes: 'Producción (toneladas)',
		drawn: 'En el gráfico',
		status: 'Verificación',
		note: 'Nota',
		source: 'Fuente',
		seriesValues: { unodc: 'UNODC', us_government: 'Gobierno de EE. UU.' },
		editionValues: { first: 'Primera publicación', revised: 'Revisada', preliminary: 'Preliminar' },
		drawnValues: { line: 'En la línea', earlier: 'Marcador hueco (revisada después)' },
		leaked: 'filtrada antes de la publicación oficial',
		otherFigure: (t, by) => `${by} da ${t}`,
		weakSource: 'fuente débil, la única que se encontró para este año',
		differentMethod: 'otro método, no comparable con la UNODC'
	}
};

export default strings;
