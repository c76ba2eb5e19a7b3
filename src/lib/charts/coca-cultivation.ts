import type { CocaCultivationStrings } from '$lib/i18n/en/charts/coca-cultivation';
import type { ChartDefinition } from './chart-definition';

// Placeholder: the definition is being written.
export const cocaCultivation: ChartDefinition<'coca-cultivation', CocaCultivationStrings> = {
	id: 'coca-cultivation',
	states: ['all', 'low-and-rise', 'estimates'],
	select: (data) => ({ 'coca-cultivation': data['coca-cultivation'] }) as never,
	text: (_rows, _state, { t }) => ({ title: t.title, subtitle: '', notes: [], alt: '' }),
	table: () => ({ caption: '', columns: [], rows: [] }),
	render: (_rows, { document }) => document.createElementNS('http://www.w3.org/2000/svg', 'svg')
};
