import type { AnyChart } from './chart-definition';
import { timeline } from './timeline';
import { boatStrikes } from './boat-strikes';
import { cocaCultivation } from './coca-cultivation';
import { cocaineProduction } from './cocaine-production';
import { extraditions } from './extraditions';
import { usAid } from './us-aid';
import { borderMap } from './border-map';
import { factCheck } from './fact-check';
import { elections } from './elections';

/** The registry: every chart the explainer draws, in story order. A chart is one line here. */
export const charts: readonly AnyChart[] = [timeline, boatStrikes, cocaCultivation, cocaineProduction, extraditions, usAid, borderMap, factCheck, elections];

export function chartById(id: string): AnyChart {
	const chart = charts.find((c) => c.id === id);
	if (!chart) throw new Error(`No chart with id "${id}". Known: ${charts.map((c) => c.id).join(', ')}`);
	return chart;
}
