import type { Vocabulary } from '../en/vocabulary';

/** Las palabras que comparten todos los gráficos y páginas, definidas una vez: un solo vocabulario. */
const vocabulary: Vocabulary = {
	status: {
		confirmed: 'confirmado',
		refined: 'precisado',
		contested: 'en disputa',
		unverified: 'sin verificar',
		contradicted: 'desmentido'
	},
	statusMeaning: {
		confirmed: 'hallado tal cual en otra fuente',
		refined: 'correcto en lo esencial, pero corregido o precisado',
		contested: 'las fuentes no coinciden',
		unverified: 'solo aparece en el artículo',
		contradicted: 'otras fuentes muestran que es falso'
	},
	bound: { exact: '', approximately: 'cerca de', at_least: 'al menos', more_than: 'más de' },
	release: { official: 'oficial', press: 'publicado en prensa', leaked: 'filtrado' },
	figure: { actual: 'ejecutado', estimate: 'estimación', request: 'solicitado' },
	count: { preliminary: 'preconteo', certified: 'escrutinio certificado' },
	reliability: { strong: 'sólida', medium: 'media', weak: 'débil' },
	category: {
		diplomacy: 'Diplomacia',
		sanctions: 'Sanciones',
		military: 'Militar',
		drugs: 'Drogas',
		justice: 'Justicia',
		elections: 'Elecciones'
	}
};

export default vocabulary;
