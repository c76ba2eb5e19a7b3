// Geometry for a chart's mark details: which mark a pointer means, and where the details box goes so
// that it stays on screen. Pure functions of rectangles, so they are tested without a browser.

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** How far from a mark a pointer still means it, in CSS px: a fingertip is wider than a mouse's tip. */
export const REACH = { mouse: 16, touch: 28 } as const;

/** The distance from a point to a rectangle: 0 inside it. */
export function distanceTo(x: number, y: number, r: Box): number {
	const dx = Math.max(r.left - x, 0, x - (r.left + r.width));
	const dy = Math.max(r.top - y, 0, y - (r.top + r.height));
	return Math.hypot(dx, dy);
}

/**
 * The index of the mark a pointer at (x, y) means: the nearest within `reach`; among marks the point
 * is inside (a part drawn over its whole, as the US share inside a year's bar), the smallest.
 */
export function nearestMark(x: number, y: number, rects: Box[], reach: number): number {
	let best = -1;
	let bestDistance = Infinity;
	let bestArea = Infinity;
	rects.forEach((r, i) => {
		const d = distanceTo(x, y, r);
		const area = r.width * r.height;
		if (d > reach) return;
		if (d < bestDistance || (d === bestDistance && area < bestArea)) [best, bestDistance, bestArea] = [i, d, area];
	});
	return best;
}

/** Where the next mark is for a key, or null when the key does not move between marks. */
export function step(key: string, at: number, count: number): number | null {
	if (count === 0) return null;
	const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: count - 1 }[key];
	if (next === undefined) return null;
	// From nothing selected, forward starts at the first mark and back at the last.
	if (at < 0) return key === 'ArrowLeft' || key === 'ArrowUp' ? count - 1 : Math.max(next, 0);
	return Math.min(Math.max(next, 0), count - 1);
}

/** A margin kept between the details box and the edge of the screen, in CSS px. */
const EDGE = 8;

/**
 * Where the details box goes, relative to its container: centred over a small mark, above it if it
 * fits in the container, else below; beside a tall one (a bar), from its top, so the box does not
 * cover the axis under it. Never past the viewport's left or right edge, nor the container's top or
 * bottom (a pinned chart's container clips what overflows it).
 */
export function placeDetails(mark: Box, panel: { width: number; height: number }, container: Box, viewportWidth: number): { left: number; top: number } {
	const minLeft = EDGE - container.left;
	const maxLeft = viewportWidth - EDGE - panel.width - container.left;
	const clampLeft = (x: number) => Math.max(minLeft, Math.min(x, maxLeft));
	const clampTop = (y: number) => Math.max(0, Math.min(y, container.height - panel.height));
	const markLeft = mark.left - container.left;
	const markTop = mark.top - container.top;
	const above = markTop - EDGE - panel.height;
	const below = markTop + mark.height + EDGE;
	const tall = mark.height > panel.height / 2;
	if (!tall && above >= 0) return round(clampLeft(markLeft + mark.width / 2 - panel.width / 2), above);
	if (!tall && below + panel.height <= container.height) return round(clampLeft(markLeft + mark.width / 2 - panel.width / 2), below);
	// Beside it: on the right where the screen has room, else on the left.
	const right = markLeft + mark.width + EDGE;
	const left = right <= maxLeft ? right : markLeft - EDGE - panel.width;
	return round(clampLeft(left), clampTop(markTop));
}

const round = (left: number, top: number) => ({ left: Math.round(left), top: Math.round(top) });
