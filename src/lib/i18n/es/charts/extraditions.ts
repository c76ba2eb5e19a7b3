import type { ExtraditionsStrings } from '../../en/charts/extraditions';

const strings: ExtraditionsStrings = {
	title: 'Con Petro siguieron las extradiciones; los totales de su gobierno cuentan cosas distintas',
	subtitle: 'Personas extraditadas por Colombia cada año a todos los países (arriba), y tres totales acumulados del gobierno Petro, cada uno con su fecha de corte y su medida (abajo)',
	panels: {
		annual: 'Cada año, a todos los países',
		claims: 'Gobierno Petro: tres totales acumulados',
		claimsNote: 'Fechas de corte distintas; no cuentan lo mismo'
	},
	legend: {
		fullYear: 'Año completo',
		halfYear: 'Solo ene–jun',
		us: 'A EE. UU.'
	},
	halfShort: 'ene–jun',
	noData: (from, to) => `Sin datos, ${from}–${to}`,
	petroInOffice: (since) => `Petro en el poder desde ${since}`,
	petroInOfficeShort: 'Petro en el poder',
	claims: {
		article: 'El artículo (sin fecha de corte)',
		ministry: (from, to) => `MinJusticia, ${from}–${to}`,
		petro: (date) => `Cuentas del propio Petro, ${date}`
	},
	toUs: (n) => `${n} a EE. UU.`,
	of: {
		approved: (n, approx) => `de ${approx ? 'unas ' : ''}${n} aprobadas`,
		all: (n, approx) => `de ${approx ? 'unas ' : ''}${n} en total`,
		requested: (n, approx) => `de ${approx ? 'unas ' : ''}${n} pedidos de EE. UU.`
	},
	notes: {
		partial: (years) =>
			`Las barras más claras y con borde solo cuentan de enero a junio (${years}); las barras azules que llevan dentro son las extradiciones a EE. UU., el único desglose por país que se encontró. No apareció una serie anual de extradiciones solo a EE. UU.`,
		gap: (from, to) => `No se hallaron totales anuales para ${from}–${to}; ese tramo queda en blanco y no se dibuja como cero.`,
		article: (toUs, approved) =>
			`Las ${toUs} extradiciones a EE. UU. de unas ${approved} solicitudes aprobadas que da el artículo no tienen fecha de corte y no aparecen en ninguna otra fuente consultada: son una cifra sin verificar.`,
		ministry: (all, toUs, from, to) =>
			`El conteo del Ministerio de Justicia, conocido por El Tiempo, suma ${all} extradiciones en total, ${toUs} de ellas a EE. UU., entre ${from} y ${to}.`,
		petro: (sent, requests, date) =>
			`En ${date} Petro afirmó que, de ${requests} personas cuya extradición había solicitado EE. UU., ya se habían extraditado ${sent}. Esa cuenta solo la recoge un agregador poco confiable.`,
		notComparable: (ministryTo, petroTo) =>
			`No cabe esperar que los tres totales coincidan: tienen fechas de corte distintas y miden cosas distintas. El artículo cuenta solicitudes aprobadas, sin fecha de corte; el Ministerio de Justicia, todas las personas extraditadas a cualquier país hasta ${ministryTo}; Petro contó los pedidos de EE. UU. ya cumplidos hasta ${petroTo}.`
	},
	states: {
		annual: 'Año por año',
		claims: 'Tres totales acumulados'
	},
	alt: (series, gapFrom, gapTo, claims) =>
		`Barras de las extradiciones desde Colombia a todos los países, por periodo: ${series}. No hay cifras para ${gapFrom}–${gapTo}. Abajo, tres totales para el gobierno Petro: ${claims}.`,
	altSeriesItem: (period, n) => `${n} en ${period}`,
	altHalfItem: (period, n, us) => `${n} entre enero y junio de ${period} (${us} a EE. UU.)`,
	altClaims: {
		article: (toUs, approved) => `las ${toUs} a EE. UU. de unas ${approved} aprobadas que da el artículo, sin verificar`,
		ministry: (toUs, all, from, to) => `las ${toUs} a EE. UU. de ${all} en total del Ministerio de Justicia (de ${from} a ${to})`,
		petro: (sent, requests, date) => `las ${sent} de ${requests} solicitudes de EE. UU. que contó el propio Petro (${date}), sin verificar`
	},
	altState: {
		annual: (peak, year, ministry) =>
			`Resaltado: la serie anual, cuyo máximo es ${peak} en ${year}; las barras de medio año son conteos parciales, no años completos. De los totales acumulados de abajo, también se resaltan ${ministry}.`,
		claims: (article, ministry, petro) =>
			`Resaltado: los tres totales, con fechas de corte distintas y que miden cosas distintas: ${article}, ${ministry} y ${petro} extradiciones a EE. UU.`
	},
	details: {
		people: (n) => `${n} personas`,
		requests: (n) => `${n} solicitudes`
	},
	table: {
		caption: 'Extradiciones desde Colombia: conteos anuales y semestrales, y totales acumulados del gobierno Petro',
		period: 'Periodo',
		kind: 'Tipo',
		destination: 'Destino',
		measure: 'Medida',
		count: 'Número (personas o solicitudes)',
		status: 'Estado',
		source: 'Fuente',
		half: (year) => `enero–junio de ${year}`,
		range: (from, to) => `${from} a ${to}`,
		petroPresidency: 'Gobierno Petro (sin fecha de corte)',
		kinds: { year: 'Año', half_year: 'Semestre', cumulative: 'Total acumulado' },
		destinations: { all: 'Todos los países', us: 'Estados Unidos' },
		measures: { extradited: 'Extraditados', approved: 'Solicitudes aprobadas', requested: 'Solicitudes recibidas' }
	}
};

export default strings;
