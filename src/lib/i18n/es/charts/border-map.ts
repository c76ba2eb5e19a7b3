import type { BorderMapStrings } from '../../en/charts/border-map';

const strings: BorderMapStrings = {
	title: 'Colombia, entre Venezuela y dos mares',
	subtitle: {
		border: 'La frontera terrestre con Venezuela, que Colombia salió a reforzar tras la captura de Maduro por fuerzas de EE. UU.',
		seas: 'Los mares donde fuerzas de EE. UU. han atacado lanchas que, según Washington, llevaban droga'
	},
	countries: {
		colombia: 'Colombia',
		venezuela: 'Venezuela',
		ecuador: 'Ecuador',
		panama: 'Panamá',
		peru: 'Perú',
		brazil: 'Brasil'
	},
	seas: { caribbean: 'Mar Caribe', pacific: 'Océano Pacífico' },
	details: { troops: (n) => `${n} militares` },
	annotations: {
		borderLength: (km) => `${km} km`,
		borderWhat: 'de frontera terrestre con Venezuela',
		troops: (n) => `unos ${n} soldados`,
		troopsWhat: (date) => `anunciados el ${date}`,
		troopsCaveat: 'anunciados, luego informados como enviados',
		area: (n, area, date) => `${n} en el ${area} (${date})`,
		areas: { catatumbo: 'Catatumbo' },
		strikesFrom: (date) => `Ataques desde el ${date}`
	},
	notes: {
		troops: (n, date) =>
			`Los ${n} soldados se anunciaron el ${date} en tiempo futuro; después el ministro de Defensa dijo que se habían enviado más de ${n}.`,
		area: (n, area, date) =>
			`El ${date} se informó que las Fuerzas Militares tenían ${n} de ellos en el ${area}; el mapa sitúa la cifra en la región, no en posiciones de tropas.`,
		seas: (first, pacific) =>
			`Los ataques empezaron en el Caribe el ${first} y llegaron al Pacífico oriental el ${pacific}. El mapa solo nombra esos mares: no muestra dónde ocurrió cada ataque.`,
		boundaries: 'Límites: Natural Earth.'
	},
	states: {
		border: 'La frontera',
		seas: 'Los mares de los ataques'
	},
	alt: (km) =>
		`Mapa del noroccidente de Suramérica: Colombia en el centro, Venezuela al oriente, Ecuador al suroccidente y, alrededor, Panamá, Perú y Brasil. Los ${km} km de frontera terrestre entre Colombia y Venezuela aparecen como una línea gruesa.`,
	altState: {
		border: (troops, date, maduro) =>
			`Resaltada: la frontera. El ${date}, Colombia anunció que la reforzaría con unos ${troops} soldados, tras la captura de Nicolás Maduro por fuerzas de EE. UU. el ${maduro}.`,
		seas: (first, pacific) =>
			`Resaltados: el mar Caribe al norte, donde los ataques de EE. UU. a lanchas empezaron el ${first}, y el océano Pacífico al occidente, adonde se extendieron el ${pacific}. No se muestra dónde ocurrió cada ataque.`
	},
	table: {
		caption: 'Cifras y fechas del mapa',
		item: 'Qué',
		value: 'Cifra',
		date: 'Fecha',
		status: 'Verificación',
		source: 'Fuente',
		items: {
			borderLength: 'Longitud de la frontera terrestre entre Colombia y Venezuela',
			troops: 'Soldados colombianos para la frontera (anunciados)',
			area: (area) => `De esos soldados, en ${area}`,
			firstStrike: 'Primer ataque de EE. UU. a una lancha, Caribe',
			firstPacificStrike: 'Primer ataque de EE. UU. a una lancha, Pacífico oriental'
		},
		km: (n) => `${n} km`,
		announcement: 'un anuncio, no un despliegue terminado'
	}
};

export default strings;
