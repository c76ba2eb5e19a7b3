import { parseHTML } from 'linkedom';
import { viewSvg, type ChartView } from './assemble-chart';

/** Draws a view into a server-side DOM (linkedom) and returns its markup, for the prerendered HTML. */
export function prerenderSvg(view: ChartView): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return viewSvg(view, document as unknown as Document);
}
