/** Which step the pinned graphic follows, from where the steps' tops are on screen. */
import { describe, expect, it } from 'vitest';
import { activeStep } from '$lib/components/active-step';

const line = 560; // 0.7 of an 800 px viewport

describe('activeStep', () => {
	it('is the first step while no step has reached the line, so the graphic shows its chart on arrival', () => {
		expect(activeStep([900, 1600, 2300], line)).toBe(0);
		// Far above the section too: never -1, never a state no step asked for.
		expect(activeStep([5000, 5700], line)).toBe(0);
	});

	it('is the last step whose top has reached the line', () => {
		expect(activeStep([560, 1260, 1960], line)).toBe(0);
		expect(activeStep([-200, 500, 1200], line)).toBe(1);
		expect(activeStep([-2000, -1300, -600], line)).toBe(2);
	});
});
