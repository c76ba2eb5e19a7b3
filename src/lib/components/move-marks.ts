/**
 * When the story moves a chart from one state to the next, the new drawing replaces the old one, and
 * the marks the two share glide from where they were to where they now are (a point under a new
 * domain, a tick, a label), while what changed shape or is new fades in: the reader sees what moved
 * instead of a swap. With `prefers-reduced-motion: reduce` nothing moves; the drawing just changes.
 *
 * Marks are matched by where they sit in the drawing (the chain of Plot's mark groups, their tag and
 * their order among their like), texts by their words. The Web Animations API animates the CSS
 * `translate` and `opacity` properties, which compose with the SVG `transform` attributes Plot writes,
 * and leave nothing behind when they end: the drawing afterwards is exactly the one drawn.
 */

/** Long enough to follow a point to its new place, within the ~600 ms the story can spare a change. */
const DURATION_MS = 500;
/** Each animated mark costs main-thread work every frame (SVG is not composited): a drawing with more
 *  marks than this (a long timeline) fades in whole instead, so no frame of the change runs long. */
const MAX_MOVING = 250;
/** A mark this small (px, each side) moves as a whole; a larger one (a line, an area, a gridline) that
 *  changed would look wrong translated, so it fades in at its new shape. */
const SMALL_PX = 48;
/** Shape attributes: a mark whose attributes differ changed shape, not only place. */
const SHAPE = ['d', 'points', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'r'];

export interface Place {
	box: DOMRect;
	shape: string;
}

const MARKS = 'circle, ellipse, path, rect, line, polyline, polygon, text, use, image';

/** Each mark of a drawing under a key that names the same mark in the next state's drawing. */
function keyed(svg: Element): Map<string, Element> {
	const marks = new Map<string, Element>();
	const seen = new Map<string, number>();
	for (const el of svg.querySelectorAll(MARKS)) {
		if (el.closest('defs, clipPath, mask, marker, pattern')) continue;
		let base: string;
		if (el.tagName === 'text') base = `text:${el.textContent}`;
		else {
			const groups: string[] = [];
			for (let g = el.parentElement; g && g !== svg; g = g.parentElement) groups.push(g.getAttribute('aria-label') ?? g.getAttribute('class') ?? '');
			base = `${groups.join('<')}>${el.tagName}`;
		}
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		marks.set(`${base}#${n}`, el);
	}
	return marks;
}

const shapeOf = (el: Element) => SHAPE.map((a) => el.getAttribute(a) ?? '').join('|');

/** How much the drawing is scaled to fit its box (screen px per unit of its viewBox). */
function scaleOf(svg: SVGSVGElement): number {
	const width = svg.getBoundingClientRect().width;
	return width / (svg.viewBox?.baseVal?.width || width) || 1;
}
/** Drawings scaled this differently (a tall state shrunk to fit the pinned box, a short one not) share
 *  no places worth moving between: every mark would slide, so the whole drawing fades in instead. */
const SCALE_TOLERANCE = 0.05;

export interface Places {
	scale: number;
	marks: Map<string, Place>;
}

/** Where each mark of the drawing on screen is, read just before it is replaced. */
export function placesOf(svg: SVGSVGElement): Places {
	const marks = new Map<string, Place>();
	for (const [key, el] of keyed(svg)) marks.set(key, { box: el.getBoundingClientRect(), shape: shapeOf(el) });
	return { scale: scaleOf(svg), marks };
}

const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Animates the drawing just put on screen from the places its marks had in the previous one (from
 * placesOf). Returns whether it animated, so the caller can leave out its own fade of the whole.
 */
export function moveMarks(before: Places, svg: SVGSVGElement): boolean {
	if (reduced() || typeof svg.animate !== 'function') return false;
	// Client pixels to the drawing's own units (its viewBox is scaled to fit the box).
	const scale = scaleOf(svg);
	if (Math.abs(scale / before.scale - 1) > SCALE_TOLERANCE) return false;
	const moves: [Element, Keyframe[]][] = [];
	for (const [key, el] of keyed(svg)) {
		const old = before.marks.get(key);
		const now = el.getBoundingClientRect();
		if (!old) {
			moves.push([el, [{ opacity: 0 }, { opacity: 1 }]]);
			continue;
		}
		const dx = (old.box.x + old.box.width / 2 - (now.x + now.width / 2)) / scale;
		const dy = (old.box.y + old.box.height / 2 - (now.y + now.height / 2)) / scale;
		const still = Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5;
		const small = Math.max(old.box.width, old.box.height, now.width, now.height) <= SMALL_PX;
		if ((small || el.tagName === 'text') && !still) moves.push([el, [{ translate: `${dx}px ${dy}px` }, { translate: '0px 0px' }]]);
		else if (!still || old.shape !== shapeOf(el)) moves.push([el, [{ opacity: 0.2 }, { opacity: 1 }]]);
	}
	if (moves.length === 0 || moves.length > MAX_MOVING) return false;
	for (const [el, frames] of moves) el.animate(frames, { duration: DURATION_MS, easing: 'ease-in-out' });
	return true;
}
