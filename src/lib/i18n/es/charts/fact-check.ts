import type { FactCheckStrings } from '../../en/charts/fact-check';

const strings: FactCheckStrings = {
	title: 'Cómo resistieron las afirmaciones del artículo',
	subtitle: 'Cada cuadro es una afirmación verificable del artículo, agrupada según lo que halló nuestra verificación',
	states: {
		tally: 'El balance',
		confirmed: 'Confirmadas',
		refined: 'Precisadas',
		questioned: 'Sin verificar o falsas'
	},
	count: (n, status) => `${n} ${status}`,
	differs: (article, checked) => `artículo: ${article} · verificado: ${checked}`,
	units: {
		none: '',
		hours: 'horas',
		people: 'personas',
		operations: 'operaciones',
		tonnes: 'toneladas',
		hectares: 'ha',
		percent: '%',
		extraditions: 'extradiciones',
		requests: 'solicitudes',
		usd_millions_per_year: 'millones de dólares al año',
		troops: 'soldados',
		km: 'km',
		years: 'años'
	},
	notes: {
		method: (sources) =>
			`Cada dato o cifra del artículo se buscó en otras fuentes publicadas (${sources} en total, listadas con los datos). «Precisado» significa correcto en lo esencial, pero corregido o precisado; la tabla da lo hallado para cada uno.`,
		none: (status) => `Ninguna afirmación quedó como «${status}».`
	},
	alt: (total, counts) => `Balance de las ${total} afirmaciones verificables del artículo según lo que halló la verificación: ${counts}.`,
	altState: (status, list) => `Resaltadas, las afirmaciones calificadas como «${status}»: ${list}.`,
	table: {
		caption: 'Las afirmaciones del artículo y lo que halló la verificación',
		claim: 'Afirmación',
		article: 'Dice el artículo',
		status: 'Resultado',
		checked: 'Cifra verificada',
		source: 'Verificada con'
	}
};

export default strings;
