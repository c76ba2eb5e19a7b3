/**
 * The idle queue that off-screen redraws and a pinned chart's other states wait in: a drawing that
 * throws is reported on the console and does not stop the drawings queued after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type IdleCallback = (deadline: { didTimeout: boolean; timeRemaining: () => number }) => void;

/** A browser's idle callbacks, run by hand: each call of `idle()` is one long idle period. */
let pending: IdleCallback[] = [];
const idle = () => {
	const run = pending;
	pending = [];
	for (const cb of run) cb({ didTimeout: false, timeRemaining: () => 50 });
};

/** A fresh copy of the module (its queue is module state), in a page with or without requestIdleCallback. */
async function quietMoments(withIdleCallback: boolean) {
	vi.resetModules();
	vi.stubGlobal('window', withIdleCallback ? { requestIdleCallback: () => 0 } : {});
	if (withIdleCallback) vi.stubGlobal('requestIdleCallback', (cb: IdleCallback) => (pending.push(cb), pending.length));
	return import('$lib/components/quiet-moments');
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
	pending = [];
	errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
	errors.mockRestore();
});

describe('whenIdle', () => {
	it('runs the next drawing after one that throws, and reports the error on the console', async () => {
		const { whenIdle } = await quietMoments(true);
		const ran: string[] = [];
		const broken = new Error('chart code failed');
		whenIdle(() => {
			throw broken;
		});
		whenIdle(() => ran.push('second'));
		idle();
		expect(errors).toHaveBeenCalledTimes(1);
		expect(errors.mock.calls[0]).toContain(broken);
		idle();
		expect(ran).toEqual(['second']);
		// And the queue still takes new work afterwards.
		whenIdle(() => ran.push('later'));
		idle();
		expect(ran).toEqual(['second', 'later']);
		expect(pending).toHaveLength(0);
	});

	it('runs one drawing per idle period, none in a short one', async () => {
		const { whenIdle } = await quietMoments(true);
		const ran: number[] = [];
		whenIdle(() => ran.push(1));
		whenIdle(() => ran.push(2));
		// A gap between the frames of a scroll: too short to start a drawing.
		for (const cb of pending.splice(0)) cb({ didTimeout: false, timeRemaining: () => 5 });
		expect(ran).toEqual([]);
		idle();
		expect(ran).toEqual([1]);
		idle();
		expect(ran).toEqual([1, 2]);
	});

	it('goes on after an error where the browser has no requestIdleCallback', async () => {
		vi.useFakeTimers();
		const { whenIdle } = await quietMoments(false);
		const ran: string[] = [];
		whenIdle(() => {
			throw new Error('chart code failed');
		});
		whenIdle(() => ran.push('second'));
		await vi.runAllTimersAsync();
		expect(errors).toHaveBeenCalledTimes(1);
		expect(ran).toEqual(['second']);
	});
});
