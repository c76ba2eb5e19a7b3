import type { UsAidStrings } from '$lib/i18n/en/charts/us-aid';
import type { ChartDefinition } from './chart-definition';

// Placeholder: the definition is being written.
export const usAid: ChartDefinition<'us-aid', UsAidStrings> = {
	id: 'us-aid',
	states: ['plan-colombia', 'later', 'claim'],
	select: (data) => ({ 'us-aid': data['us-aid'] }) as never,
	text: (_rows, _state, { t }) => ({ title: t.title, subtitle: '', notes: [], alt: '' }),
	table: () => ({ caption: '', columns: [], rows: [] }),
	render: (_rows, { document }) => document.createElementNS('http://www.w3.org/2000/svg', 'svg')
};
