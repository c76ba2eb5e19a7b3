import { describe, expect, it } from 'vitest';
import { jsonLdScript, temporalCoverage } from '$lib/seo/structured-data';
import { structuredDataFor } from '$lib/server/structured-data';

describe('jsonLdScript', () => {
	it('writes a block no string inside can close, whose JSON reads back to the same value', () => {
		const value = { name: 'A </script><script>alert(1)</script> & <!-- b -->', n: 3, list: ['\u2028'] };
		const html = jsonLdScript(value);
		const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(inner).not.toMatch(/<|>/);
		expect(JSON.parse(inner)).toEqual(value);
	});
});

describe('temporalCoverage', () => {
	it('spans the earliest to the latest date, reading years, months, days and periods', () => {
		expect(temporalCoverage(['2026-01-03', '2025-09', '2026-06-21', null, ''])).toBe('2025-09/2026-06-21');
		expect(temporalCoverage(['2011-H1', '1990/2020', 'petro-administration'])).toBe('1990/2020');
		expect(temporalCoverage([2004, 2002])).toBe('2002/2004');
	});

	it('ends a year-only value after the months inside it', () => {
		expect(temporalCoverage(['2025-09', '2025'])).toBe('2025');
		expect(temporalCoverage(['2025-09-30', '2025-09'])).toBe('2025-09');
		expect(temporalCoverage(['2026-03', '2025-09', '2026'])).toBe('2025-09/2026');
	});

	it('has nothing to say about values without a date', () => {
		expect(temporalCoverage(['none', 3])).toBeUndefined();
	});
});

describe('structuredDataFor', () => {
	it('gives the story an article, the data page a dataset, and other pages nothing', () => {
		const type = (path: string) => {
			const block = structuredDataFor(path);
			return block && JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, ''))['@type'];
		};
		expect([type('/'), type('/es/'), type('/data/'), type('/es/data/')]).toEqual(['NewsArticle', 'NewsArticle', 'Dataset', 'Dataset']);
		expect([type('/timeline/'), type('/charts/boat-strikes/'), type('/es/charts/boat-strikes/')]).toEqual([null, null, null]);
	});
});
