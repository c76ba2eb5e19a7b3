import type { Datasets, DatasetName } from '$lib/data/rows';
import type { ChartDefinition } from './chart-definition';
import { timeline } from './timeline';
import { boatStrikes } from './boat-strikes';
import { cocaCultivation } from './coca-cultivation';
import { cocaineProduction } from './cocaine-production';
import { extraditions } from './extraditions';
import { usAid } from './us-aid';
import { borderMap } from './border-map';

/** The registry: every chart the explainer draws, in story order. */
export const charts = [timeline, boatStrikes, cocaCultivation, cocaineProduction, extraditions, usAid, borderMap] as unknown as ChartDefinition<DatasetName, any>[];

export type ChartId = string;

export function chartById(id: string): ChartDefinition<DatasetName, any> {
	const chart = charts.find((c) => c.id === id);
	if (!chart) throw new Error(`No chart with id "${id}". Known: ${charts.map((c) => c.id).join(', ')}`);
	return chart;
}

/** Source ids a chart's rows cite (its source line), in first-seen order. */
export function chartSourceIds(rows: Partial<Datasets>): string[] {
	const ids = new Set<string>();
	for (const table of Object.values(rows)) {
		for (const row of table as unknown as Record<string, unknown>[]) {
			for (const key of ['source', 'checked_source']) {
				const v = row[key];
				if (typeof v === 'string' && v) ids.add(v);
			}
		}
	}
	return [...ids];
}
