/** Which mark a pointer means, which mark an arrow key goes to, and where the details box goes. */
import { describe, expect, it } from 'vitest';
import { nearestMark, placeDetails, REACH, step } from '$lib/components/mark-details';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('mark details geometry', () => {
	it('a pointer means the nearest mark within reach, and the smallest of marks it is inside', () => {
		const dots = [box(10, 10, 8, 8), box(40, 10, 8, 8)];
		expect(nearestMark(36, 14, dots, REACH.mouse)).toBe(1);
		expect(nearestMark(100, 100, dots, REACH.mouse)).toBe(-1);
		// A year's bar and, inside it, its share sent to the US.
		const bars = [box(0, 0, 40, 200), box(5, 120, 30, 80)];
		expect(nearestMark(20, 150, bars, REACH.touch)).toBe(1);
		expect(nearestMark(20, 50, bars, REACH.touch)).toBe(0);
	});

	it('arrow keys move in reading order and stop at the ends; Home and End jump', () => {
		expect(step('ArrowRight', -1, 5)).toBe(0);
		expect(step('ArrowLeft', -1, 5)).toBe(4);
		expect(step('ArrowRight', 4, 5)).toBe(4);
		expect(step('ArrowDown', 1, 5)).toBe(2);
		expect(step('ArrowUp', 0, 5)).toBe(0);
		expect(step('End', 0, 5)).toBe(4);
		expect(step('Home', 3, 5)).toBe(0);
		expect(step('Tab', 3, 5)).toBeNull();
		expect(step('ArrowRight', -1, 0)).toBeNull();
	});

	it('the details box stays inside a 390 px screen, above a dot where it fits, beside a tall bar', () => {
		const container = box(16, 100, 358, 300);
		const panel = { width: 280, height: 110 };
		// A dot at the right edge: the box is pulled back inside the screen.
		const right = placeDetails(box(360, 300, 8, 8), panel, container, 390);
		expect(container.left + right.left + panel.width).toBeLessThanOrEqual(390 - 8);
		expect(right.top).toBeLessThan(300 - 100);
		// A dot at the left edge, near the top: below it, not past the screen's left edge.
		const left = placeDetails(box(18, 110, 8, 8), panel, container, 390);
		expect(container.left + left.left).toBeGreaterThanOrEqual(8);
		expect(left.top).toBeGreaterThan(110 - 100);
		// A tall bar: beside it, from its top, inside the container.
		const bar = placeDetails(box(60, 150, 40, 240), panel, container, 1280);
		expect(bar.left).toBeGreaterThanOrEqual(100 - 16);
		expect(bar.top).toBe(50);
		expect(bar.top + panel.height).toBeLessThanOrEqual(container.height);
	});
});
