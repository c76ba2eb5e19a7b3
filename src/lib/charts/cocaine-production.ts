import type { CocaineProductionStrings } from '$lib/i18n/en/charts/cocaine-production';
import type { ChartDefinition } from './chart-definition';

// Placeholder: the definition is being written.
export const cocaineProduction: ChartDefinition<'cocaine-production', CocaineProductionStrings> = {
	id: 'cocaine-production',
	states: ['all', 'revisions', 'record'],
	select: (data) => ({ 'cocaine-production': data['cocaine-production'] }) as never,
	text: (_rows, _state, { t }) => ({ title: t.title, subtitle: '', notes: [], alt: '' }),
	table: () => ({ caption: '', columns: [], rows: [] }),
	render: (_rows, { document }) => document.createElementNS('http://www.w3.org/2000/svg', 'svg')
};
