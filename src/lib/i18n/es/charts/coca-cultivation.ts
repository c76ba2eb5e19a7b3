import type { CocaCultivationStrings } from '../../en/charts/coca-cultivation';

const strings: CocaCultivationStrings = {
	title: 'La coca en Colombia se redujo y luego se disparó hasta un récord',
	subtitle: 'Hectáreas sembradas con coca cada año, según el monitoreo satelital respaldado por la ONU (UNODC/SIMCI)',
	yLabel: 'Miles de hectáreas',
	legend: {
		rounded: 'Cifra redondeada, de prensa',
		other: 'Cifra de otro medio',
		unodc: 'Monitoreo de la ONU',
		us: 'Gobierno de EE. UU.',
		police: 'Policía Nacional, otro método',
		policeShort: 'Policía, otro método'
	},
	details: { hectares: (ha) => `${ha} hectáreas` },
	labels: {
		leaked: (ha) => `${ha} ha, filtrada, aún sin publicación oficial`,
		low: (ha, year) => `Mínimo: ${ha} ha en ${year}`,
		start: (ha, year) => `${ha} ha en ${year}`,
		multiple: (times, year) => `${times} veces el mínimo de ${year}`,
		police: (ha, when) => `${ha} ha (${when})`
	},
	states: {
		all: 'Toda la serie',
		'low-and-rise': 'El mínimo y el repunte',
		estimates: 'Estimaciones rivales'
	},
	alt: (a) =>
		`Línea de las hectáreas sembradas con coca en Colombia según el monitoreo de la ONU: ${a.firstHa} en ${a.first}, que bajan a ${a.lowHa} en ${a.low} y suben luego a unas ${a.lastHa} en ${a.last}.`,
	altLeaked: (year) => `La cifra de ${year} se filtró antes de que la UNODC la publicara y se dibuja con línea punteada y un marcador propio.`,
	altState: {
		'low-and-rise': (a) =>
			`Resaltado: el mínimo de ${a.lowHa} hectáreas en ${a.low} y el repunte posterior, hasta ${a.times} veces esa área en ${a.last}.`,
		estimates: (a) =>
			`También aparecen las estimaciones del Gobierno de EE. UU., más altas que las de la ONU, que van de ${a.usFirstHa} hectáreas en ${a.usFirst} a ${a.usLastHa} en ${a.usLast}, y dos cifras de la Policía Nacional de Colombia, ${a.policeEarlyHa} hectáreas en ${a.policeEarly} y ${a.policeHa} con corte a ${a.police}, que salen de otro método y no se unen a la línea de la ONU.`
	},
	notes: {
		leaked: (year, ha, date) =>
			`La cifra de ${year}, unas ${ha} hectáreas, se conoció por una filtración que publicó El País el ${date}, antes de que la UNODC la divulgara, y semanas después la publicación oficial seguía aplazada. Se dibuja con línea punteada y un marcador propio.`,
		article: (ha) => `Las ${ha} hectáreas que menciona el artículo son esa cifra filtrada de la ONU.`,
		rounded: (from) =>
			`Desde ${from}, las cifras de la ONU son números redondeados tomados de lo que publicó la prensa sobre cada informe (marcadores huecos).`,
		contested: (pairs) => `Los medios no siempre dieron la misma cifra (una × marca la del otro medio): ${pairs}.`,
		pair: (a) => `${a.ha} hectáreas (${a.by}) o ${a.other} (${a.otherBy}) en ${a.year}`,
		weak: (years, count) =>
			count === 1
				? `La cifra de ${years} se apoya en una fuente débil, la única que se encontró para ese año.`
				: `Las cifras de ${years} se apoyan en fuentes débiles, las únicas que se encontraron para esos años.`,
		police: (a) =>
			`Las ${a.ha} hectáreas que citó Petro vienen del sistema SIIMA de la Policía Nacional, con corte a ${a.when} (para ${a.early} daba ${a.earlyHa}). La Policía mide la coca de otra manera, así que esas cifras van aparte y no se pueden comparar con la línea de la ONU.`,
		us: 'El Gobierno de EE. UU. calcula sus propias áreas con otro método; sus cifras son más altas que las del monitoreo de la ONU y solo se dibujan los años con un dato publicado, sin unir los vacíos.',
		othersLeftOut: (view) =>
			`El Gobierno de EE. UU. y la Policía colombiana hacen sus propios cálculos con otros métodos; se ven en la vista «${view}».`
	},
	table: {
		caption: 'Hectáreas sembradas con coca en Colombia, según quién las midió',
		series: 'Quién mide',
		year: 'Año',
		hectares: 'Área (hectáreas)',
		release: 'Cómo se publicó',
		status: 'Verificación',
		note: 'Nota',
		source: 'Fuente',
		seriesValues: { unodc_simci: 'Monitoreo de la ONU (UNODC/SIMCI)', us_government: 'Gobierno de EE. UU.', police_siima: 'Policía Nacional (SIIMA)' },
		releaseValues: { official: 'Oficial', press: 'Reporte de prensa', leaked: 'Filtrada antes de publicarse' },
		asOf: (when) => `con corte a ${when}`,
		otherFigure: (ha, by) => `${by} dio ${ha}`,
		weakSource: 'fuente débil, la única que se encontró para este año',
		differentMethod: 'otro método, no comparable con el monitoreo de la ONU'
	}
};

export default strings;
