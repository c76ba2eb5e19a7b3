import type { CocaineProductionStrings } from '../../en/charts/cocaine-production';

const strings: CocaineProductionStrings = {
	title: 'Colombia nunca había registrado tanta producción de cocaína',
	subtitle: 'Producción potencial de cocaína en Colombia, en toneladas por año, según la oficina de la ONU contra la droga (UNODC), con los cálculos del Gobierno de EE. UU.',
	yLabel: 'Toneladas',
	legend: {
		unodc: 'UNODC, última edición',
		earlier: 'Primera cifra, luego revisada',
		uncertain: 'Preliminar o en disputa',
		us: 'Gobierno de EE. UU., otro método'
	},
	labels: {
		leaked: (t) => `${t} t (filtrada)`,
		change: (pct, year) => `+${pct} % frente a ${year}`,
		value: (t) => `${t} t`,
		revision: (first, latest) => `${first} → ${latest} t`,
		noFigure: 'sin dato',
		revisedOnly: 'revisada'
	},
	states: {
		all: 'Toda la serie',
		revisions: 'Cifras revisadas',
		record: 'El récord'
	},
	alt: (first, firstT, low, lowT, last, lastT, gaps) =>
		`Línea de la producción potencial de cocaína en Colombia según la UNODC: ${firstT} toneladas en ${first}, un mínimo de ${lowT} en ${low} y luego un fuerte ascenso hasta ${lastT} en ${last}. La línea se corta en ${gaps}, años sin dato.`,
	altLeaked: (year) => `La cifra de ${year} se filtró antes de que la UNODC la publicara y se dibuja con línea punteada y un marcador propio.`,
	altUs: (first, firstT, last, lastT) =>
		`Los cálculos del Gobierno de EE. UU., hechos con otro método, van en una línea aparte, de ${firstT} toneladas en ${first} a ${lastT} en ${last}.`,
	altState: {
		revisions: (list) => `Resaltados: los años que la UNODC revisó. ${list}.`,
		revision: (year, first, latest) => `La cifra de ${year} se publicó primero como ${first} toneladas y después quedó en ${latest}`,
		record: (year, t, prev, prevT, pct) =>
			`Resaltado: ${t} toneladas en ${year}, la cifra más alta de la serie, un ${pct} % más que las ${prevT} de ${prev}.`
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
		uncertain: (list) => `Las cifras preliminares o en disputa llevan su propio anillo: ${list}.`,
		preliminary: (year) => `la de ${year} solo se conoció como estimación preliminar`,
		disputed: (year, t, other) => `para ${year} una fuente da ${t} toneladas y otra ${other}`,
		us: (year, low, high) =>
			`Los cálculos del Gobierno de EE. UU. usan otro método y no se pueden comparar con los de la UNODC; para ${year} publicó un rango, de ${low} a ${high} toneladas, que se dibuja como una barra.`,
		changeReported: 'El aumento es el que dio el informe filtrado; calcularlo con las toneladas redondeadas que aparecen aquí da una cifra algo mayor.',
		change: 'El aumento se calcula con las toneladas redondeadas que aparecen aquí, y se da solo con la precisión que estas permiten.',
		weakSource: (year) => `La cifra de ${year} se apoya en una fuente débil, la única que se encontró para ese año.`
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
		statusValues: { confirmed: 'Confirmada', refined: 'Precisada', contested: 'En disputa', unverified: 'Sin verificar', contradicted: 'Desmentida' },
		leaked: 'filtrada antes de la publicación oficial',
		otherFigure: (t) => `otra fuente da ${t}`,
		differentMethod: 'otro método, no comparable con la UNODC'
	}
};

export default strings;
