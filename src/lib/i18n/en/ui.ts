/** Words of the page furniture, shared by every component. */
const ui = {
	siteTitle: 'Colombia and the United States: the rift, in data',
	siteDescription:
		'A scrolling, sourced explainer of the 2025–2026 dispute between Washington and Bogotá: boat strikes, coca, cocaine, extraditions, aid and the border, up to the 3 February 2026 White House meeting and after.',
	skipToStory: 'Skip to the story',
	contents: 'Contents',
	source: 'Source',
	sources: 'Sources',
	notes: 'Notes',
	licence: 'Licence',
	licenceText: 'Chart and data: CC BY 4.0',
	showData: 'Show the data',
	download: 'Download',
	downloadSvg: 'SVG',
	downloadPng: 'PNG',
	downloadCsv: 'CSV',
	embed: 'Embed',
	embedHelp: 'Paste this where the chart should appear. The frame adjusts its own height.',
	language: 'Language',
	otherLanguage: 'Español',
	timeline: 'Timeline',
	data: 'Data',
	charts: 'Charts',
	story: 'Story',
	chartAlt: 'What the chart shows',
	state: 'View',
	rows: 'rows',
	fields: 'Fields',
	field: 'Field',
	type: 'Type',
	unit: 'Unit',
	description: 'Description',
	citation: 'How to cite',
	changelog: 'Corrections and revisions',
	statusLabels: {
		confirmed: 'confirmed',
		refined: 'refined',
		contested: 'contested',
		unverified: 'unverified',
		contradicted: 'contradicted'
	}
};

export default ui;
export type UiStrings = typeof ui;
