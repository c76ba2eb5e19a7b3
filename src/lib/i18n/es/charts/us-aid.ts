import type { UsAidStrings } from '../../en/charts/us-aid';

const strings: UsAidStrings = {
	title: 'La cifra de ayuda del artículo se acerca a la ayuda total de EE. UU. según un sitio secundario, no a la de seguridad',
	subtitle: 'Ayuda de EE. UU. a Colombia por año, en millones de dólares: los años del Plan Colombia según su destino y, después, totales de otras fuentes',
	money: (n) => `US$${n} millones`,
	moneyLabel: (n) => `${n}`,
	approx: '~',
	yLabel: 'Millones de US$',
	legend: {
		military: 'Militar y policial',
		economic: 'Económica y social',
		provisional: 'Estimación o solicitud',
		total: 'Ayuda total'
	},
	estimateShort: 'est.',
	estimate: 'estimación',
	requestShort: 'sol.',
	request: 'solicitud',
	divider: 'Otra fuente y otras cuentas',
	planColombia: (year) => `Plan Colombia, ${year}`,
	otherCount: (money) => `${money}, otro conteo`,
	disbursed: (money) => `${money} desembolsados`,
	claimLabel: (money) => `Artículo: ${money} al año en seguridad`,
	claimCorrection: 'Cercana a la ayuda total según un sitio secundario, no a la de seguridad',
	securityLabel: (money, year) => `Solo seguridad: ${money} (solicitud\u00a0${year})`,
	notes: {
		cip: (from, to, est, req) =>
			`${from}–${to}: cifras del Center for International Policy, tomadas de una copia de la tabla de Wikipedia (fuente débil). ${est} es una estimación y ${req} una solicitud de presupuesto; se dibujan más claras y con borde punteado.`,
		later: (from, to, gapFrom, gapTo) =>
			`Desde ${from} los puntos son la ayuda total de todas las cuentas, según otras fuentes (para los últimos años, cifras del CRS vistas solo en un sitio secundario), así que no se unen con el desglose anterior. ${to} es una solicitud. Para ${gapFrom}–${gapTo} no se dibuja nada porque no se halló un total.`,
		claim: (claim, y1, v1, y2, v2, security, securityYear) =>
			`Los ${claim} anuales de asistencia de seguridad que menciona el artículo se acercan a la ayuda total de todas las cuentas según un sitio secundario, no a la de seguridad: ese sitio da ${v1} para ${y1} y ${v2} para ${y2} y los atribuye al Servicio de Investigación del Congreso (CRS), cuyo informe no encontramos. Los rubros de seguridad de la solicitud de presupuesto para ${securityYear} suman unos ${security}, según otra fuente débil, y una solicitud no es dinero gastado.`,
		alternatives: (year, list) => `Circulan otros totales para ${year}, calculados de otra manera: ${list} (círculos huecos).`,
		alternativeItem: (money, disbursed) => (disbursed ? `${money} desembolsados, según ForeignAssistance.gov` : money),
		offAxis: (supplemental, fy, cumulative, from, to) =>
			`Quedan fuera del eje anual porque se cuentan de otra forma: la partida adicional de ${supplemental} del año fiscal ${fy} con la que arrancó el Plan Colombia y los ${cumulative} que suma WOLA para ${from}–${to} en conjunto.`
	},
	states: {
		'plan-colombia': 'Años del Plan Colombia',
		later: 'Totales recientes',
		claim: 'La cifra del artículo'
	},
	alt: (from, to, firstYear, first, peakYear, peak, est, req, later) =>
		`Barras apiladas para ${from}–${to} que dividen la ayuda de EE. UU. a Colombia en militar y policial y en económica y social: ${first} en ${firstYear}, hasta llegar a ${peak} en ${peakYear}; ${est} es una estimación y ${req} una solicitud. Tras un corte, porque cambian la fuente y las cuentas, unos puntos muestran la ayuda total de todas las cuentas: ${later}.`,
	altPair: (mil, econ) => `${mil} y ${econ}`,
	altProvisional: (year, pair) => `${year} (${pair})`,
	altLater: (year, money, request) => (request ? `${money} solicitados para ${year}` : `${money} en ${year}`),
	altState: {
		'plan-colombia': (peak, year) => `Resaltado: los años del Plan Colombia; la ayuda militar y policial tocó techo con ${peak} en ${year}.`,
		later: (year, list, peakYear, peak) =>
			`Resaltado: los totales recientes y otros totales de ${year} que circulan: ${list}; y, para compararlos, las barras de ${peakYear}, el máximo del Plan Colombia: ${peak}.`,
		claim: (claim, total, year, security, securityYear) =>
			`Resaltado: los ${claim} al año del artículo, trazados como una línea punteada. Se acercan a la ayuda total (${total} en ${year}, según un sitio secundario), no a la de seguridad; los rubros de seguridad de la solicitud para ${securityYear} suman unos ${security}.`
	},
	table: {
		caption: 'Ayuda de EE. UU. a Colombia: las cifras detrás del gráfico, en millones de dólares',
		period: 'Año o periodo',
		account: 'Cuenta',
		figure: 'Tipo de cifra',
		series: 'Serie',
		value: 'Millones de US$',
		shown: 'En el gráfico',
		status: 'Estado',
		source: 'Fuente',
		yes: 'Sí',
		notesOnly: 'Solo en las notas',
		tableOnly: 'Solo en la tabla',
		perYear: 'Por año (sin año precisado)',
		accounts: {
			military_police: 'Militar y policial',
			economic_social: 'Económica y social',
			security: 'Rubros de seguridad',
			designated: 'Destinada a fines concretos (no es un total)',
			total: 'Total, todas las cuentas',
			claimed: 'Ayuda de seguridad, según el artículo'
		},
		figures: { actual: 'Ejecutada', estimate: 'Estimación', request: 'Solicitud', claim: 'Afirmación del artículo' },
		seriesNames: {
			cip_plan_colombia: 'CIP, por destino',
			later_totals: 'Totales recientes',
			alternative_totals: 'Otras cifras en circulación',
			highlighted_lines: 'Partidas que destaca una fuente',
			cumulative: 'Total acumulado',
			article: 'El artículo'
		},
		range: (from, to) => `${from}–${to}`
	}
};

export default strings;
