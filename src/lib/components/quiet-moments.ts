// When the browser may do work the reader did not ask for yet. Small and loaded with the page, so a
// figure can wait for a quiet moment before it even loads the chart code (Plot and d3, whose
// compilation alone is a long task on a slow phone).
import { browser } from '$app/environment';

const queue: (() => void)[] = [];
let pumping = false;
/** A drawing takes tens of milliseconds on a slow phone: start one only in a long idle period (the
 *  reader has paused), never in the gaps between the frames of a scroll. */
const LONG_IDLE_MS = 40;

/** Runs the next job. One that throws is reported and dropped: the jobs behind it (other charts'
 *  drawings) still run, and the queue keeps pumping. */
function runNext() {
	const job = queue.shift()!;
	try {
		job();
	} catch (error) {
		console.error('A drawing queued for an idle moment failed:', error);
	}
}

function pump() {
	pumping = queue.length > 0;
	if (!pumping) return;
	if (!('requestIdleCallback' in window)) {
		setTimeout(() => (runNext(), pump()), 100);
		return;
	}
	requestIdleCallback(
		(deadline) => {
			if (deadline.didTimeout || deadline.timeRemaining() >= LONG_IDLE_MS) runNext();
			pump();
		},
		{ timeout: 10_000 }
	);
}

/**
 * Work that can wait (a chart off screen, states not yet shown): one drawing per idle period, so
 * that neither the start-up nor the reader's scrolling loses frames to it.
 */
export function whenIdle(job: () => void) {
	queue.push(job);
	if (!pumping) pump();
}

/** How long the page must be still before a pinned chart draws: longer than the gap between the events of one scroll. */
const STILL_MS = 120;
let lastScroll = 0;
if (browser) addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true });

/**
 * Resolves once the reader has stopped scrolling. A pinned chart waits for it before drawing, so a
 * fling through several steps draws once, where the reader stops, and no frame of the scroll is lost.
 */
export function whenStill(): Promise<void> {
	return new Promise((resolve) => {
		const check = () => {
			const quiet = performance.now() - lastScroll;
			if (quiet >= STILL_MS) resolve();
			else setTimeout(check, STILL_MS - quiet);
		};
		check();
	});
}
