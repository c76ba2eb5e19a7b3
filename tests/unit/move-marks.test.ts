/**
 * Which marks move, and from where, when a chart changes state (move-marks.ts): planned from places
 * read ahead, in the drawing's own units, so the change itself reads nothing from the layout.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MOVING, planMoves, type Mark, type Places } from '$lib/components/move-marks';

/** A mark at (x, y) in drawing units, `size` px on screen; `el` stands for its element. */
const mark = (el: string, x: number, y: number, size = 10, tag = 'circle', shape = 'r5'): Mark => ({ el: el as unknown as Element, tag, x, y, size, shape });
const places = (scale: number, marks: Record<string, Mark>): Places => ({ scale, marks: new Map(Object.entries(marks)) });

describe('planned moves of marks between two states', () => {
	it('a dot that moved glides from its old place, a new mark fades in, one that stayed is left alone', () => {
		const before = places(1, { dot: mark('old dot', 100, 50), same: mark('old same', 10, 10) });
		const after = places(1, { dot: mark('dot', 60, 80), same: mark('same', 10, 10), fresh: mark('fresh', 5, 5) });
		const moves = new Map(planMoves(before, after)!.map(([el, frames]) => [el as unknown as string, frames]));
		// From the old place, relative to the new one, in the next drawing's units; to where it is drawn.
		expect(moves.get('dot')).toEqual([{ translate: '40px -30px' }, { translate: '0px 0px' }]);
		expect(moves.get('fresh')).toEqual([{ opacity: 0 }, { opacity: 1 }]);
		expect(moves.has('same')).toBe(false);
	});

	it('a large mark that moved, or one that kept its place but changed shape, fades in at its new shape', () => {
		const before = places(1, { line: mark('old line', 100, 50, 300, 'path', 'M0,0L1,1'), bar: mark('old bar', 20, 20, 30, 'rect', 'h10') });
		const after = places(1, { line: mark('line', 100, 70, 300, 'path', 'M0,0L1,2'), bar: mark('bar', 20, 20, 30, 'rect', 'h20') });
		for (const [, frames] of planMoves(before, after)!) expect(frames).toEqual([{ opacity: 0.2 }, { opacity: 1 }]);
		expect(planMoves(before, after)).toHaveLength(2);
	});

	it('a label moves whatever its size', () => {
		const before = places(2, { label: mark('old', 100, 50, 120, 'text', '') });
		const after = places(2, { label: mark('label', 100, 20, 120, 'text', '') });
		expect(planMoves(before, after)).toEqual([['label', [{ translate: '0px 30px' }, { translate: '0px 0px' }]]]);
	});

	it('drawings at another scale, or with too many marks to move, fade in whole', () => {
		const before = places(1, { dot: mark('old', 100, 50) });
		expect(planMoves(before, places(1.2, { dot: mark('dot', 60, 80) }))).toBeNull();
		const many = places(1, Object.fromEntries(Array.from({ length: MAX_MOVING + 1 }, (_, i) => [`m${i}`, mark(`m${i}`, i, i)])));
		expect(planMoves(before, many)).toBeNull();
	});
});
