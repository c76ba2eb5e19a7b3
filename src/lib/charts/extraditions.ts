import type { ExtraditionsStrings } from '$lib/i18n/en/charts/extraditions';
import type { ChartDefinition } from './chart-definition';

// Placeholder: the definition is being written.
export const extraditions: ChartDefinition<'extraditions', ExtraditionsStrings> = {
	id: 'extraditions',
	states: ['annual', 'claims'],
	select: (data) => ({ 'extraditions': data['extraditions'] }) as never,
	text: (_rows, _state, { t }) => ({ title: t.title, subtitle: '', notes: [], alt: '' }),
	table: () => ({ caption: '', columns: [], rows: [] }),
	render: (_rows, { document }) => document.createElementNS('http://www.w3.org/2000/svg', 'svg')
};
