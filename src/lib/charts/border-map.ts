import type { BorderMapStrings } from '$lib/i18n/en/charts/border-map';
import type { ChartDefinition } from './chart-definition';

// Placeholder: the definition is being written.
export const borderMap: ChartDefinition<'timeline', BorderMapStrings> = {
	id: 'border-map',
	states: ['border', 'seas'],
	select: (data) => ({ 'timeline': data['timeline'] }) as never,
	text: (_rows, _state, { t }) => ({ title: t.title, subtitle: '', notes: [], alt: '' }),
	table: () => ({ caption: '', columns: [], rows: [] }),
	render: (_rows, { document }) => document.createElementNS('http://www.w3.org/2000/svg', 'svg')
};
