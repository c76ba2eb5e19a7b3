import type { ElectionsStrings } from '../../en/charts/elections';

const strings: ElectionsStrings = {
	title: 'Colombia votó en 2026: los preconteos',
	subtitle: 'Porcentaje de votos de los principales partidos en el Senado y de los dos candidatos presidenciales con más votos',
	states: {
		all: 'Las tres votaciones',
		'first-votes': 'El Congreso y la primera vuelta',
		runoff: 'La segunda vuelta'
	},
	contests: {
		senate: 'Senado',
		presidential_first_round: 'Presidencial, primera vuelta',
		presidential_runoff: 'Segunda vuelta presidencial'
	},
	heading: (contest, date, counted) => `${contest}, ${date} · ${counted} % escrutado`,
	share: (pct) => `${pct} %`,
	seats: (n) => `${n} escaños`,
	lead: (who, bound, votes) => `${who}: ${bound} ${votes} votos por delante`.replace('  ', ' '),
	leadLabel: (who) => `Ventaja de ${who} en la segunda vuelta`,
	leadVotes: (bound, votes) => `${bound} ${votes} votos`.trim(),
	legend: { preliminary: 'Preconteo, sin certificar' },
	notes: {
		preliminary: 'Todas las cifras son preconteos publicados al día siguiente de la votación; ninguna es un resultado certificado.',
		certified: 'Un escrutinio certificado de la segunda vuelta solo aparece en un sitio que calificamos de débil, así que no se dibuja.',
		seats: 'Los escaños de los partidos menores en el Senado difieren entre medios y no se dibujan.'
	},
	alt: (list) => `Barras con los porcentajes de votos del preconteo en las elecciones de Colombia de 2026: ${list}.`,
	altItem: (contest, date, results) => `${contest}, el ${date}: ${results}`,
	altState: {
		all: '',
		'first-votes': 'Resaltadas: la votación al Senado y la primera vuelta presidencial; la segunda vuelta aparece atenuada.',
		runoff: (lead) => `Resaltada: la segunda vuelta. Según el preconteo, ${lead}.`
	},
	table: {
		caption: 'Resultados preliminares de las elecciones de 2026',
		contest: 'Votación',
		date: 'Fecha',
		who: 'Partido o candidato',
		share: 'Votos (%)',
		seats: 'Escaños',
		counted: 'Escrutado (%)',
		status: 'Conteo',
		source: 'Fuente',
		statusValues: { preliminary: 'preliminar', certified: 'certificado' }
	}
};

export default strings;
