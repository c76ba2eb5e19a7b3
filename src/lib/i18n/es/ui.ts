import type { UiStrings } from '../en/ui';

const ui: UiStrings = {
	siteTitle: 'Colombia y Estados Unidos: la ruptura, en datos',
	siteDescription:
		'Un especial interactivo y con fuentes sobre la disputa de 2025–2026 entre Washington y Bogotá: ataques a lanchas, coca, cocaína, extradiciones, ayuda y frontera, hasta la reunión del 3 de febrero de 2026 en la Casa Blanca y lo que siguió.',
	skipToStory: 'Ir a la historia',
	contents: 'Contenido',
	source: 'Fuente',
	sources: 'Fuentes',
	notes: 'Notas',
	licence: 'Licencia',
	licenceText: 'Gráfico y datos: CC BY 4.0',
	showData: 'Ver los datos',
	download: 'Descargar',
	downloadSvg: 'SVG',
	downloadPng: 'PNG',
	downloadCsv: 'CSV',
	embed: 'Insertar',
	embedHelp: 'Pegue este código donde debe aparecer el gráfico. El marco ajusta su propia altura.',
	language: 'Idioma',
	otherLanguage: 'English',
	timeline: 'Cronología',
	data: 'Datos',
	charts: 'Gráficos',
	story: 'Historia',
	chartAlt: 'Qué muestra el gráfico',
	state: 'Vista',
	rows: 'filas',
	fields: 'Campos',
	field: 'Campo',
	type: 'Tipo',
	unit: 'Unidad',
	description: 'Descripción',
	citation: 'Cómo citar',
	changelog: 'Correcciones y revisiones',
	statusLabels: {
		confirmed: 'confirmado',
		refined: 'precisado',
		contested: 'disputado',
		unverified: 'sin verificar',
		contradicted: 'desmentido'
	}
};

export default ui;
