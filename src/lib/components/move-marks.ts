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
 *
 * Reading where the marks are forces a layout, which on a slow phone is a long frame if the page has
 * changed since the last one: placesOf is meant to run ahead, in an idle moment, on both drawings
 * (Figure.svelte keeps the next one in the box, hidden), and places are kept in the drawing's own
 * units, so the change itself reads nothing from the layout.
 */

/** Long enough to follow a point to its new place, within the ~600 ms the story can spare a change. */
const DURATION_MS = 500;
/** Each animated mark costs main-thread work every frame (SVG is not composited): a drawing with more
 *  marks than this (a long timeline) fades in whole instead, so no frame of the change runs long. */
export const MAX_MOVING = 250;
/** A mark this small (px, each side) moves as a whole; a larger one (a line, an area, a gridline) that
 *  changed would look wrong translated, so it fades in at its new shape. */
const SMALL_PX = 48;
/** Shape attributes: a mark whose attributes differ changed shape, not only place. */
const SHAPE = ['d', 'points', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'r'];
/** Drawings scaled this differently (a tall state shrunk to fit the pinned box, a short one not) share
 *  no places worth moving between: every mark would slide, so the whole drawing fades in instead. */
const SCALE_TOLERANCE = 0.05;
/** Closer than this (in the drawing's units) to its old place, a mark has not moved. */
const STILL = 0.5;

export interface Mark {
	el: Element;
	/** Its tag: a text moves whatever its size. */
	tag: string;
	/** Its centre, in the drawing's units from its top left corner. */
	x: number;
	y: number;
	/** Its larger side on screen, in px. */
	size: number;
	/** Its shape attributes, joined. */
	shape: string;
}

export interface Places {
	/** Screen px per unit of the drawing's viewBox (it is scaled to fit its box). */
	scale: number;
	marks: Map<string, Mark>;
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

/**
 * Where each mark of a drawing in the document is (shown, or laid out hidden in its box), in the
 * drawing's own units. All the reads come after all the writes of the page, in one pass: one layout.
 */
export function placesOf(svg: SVGSVGElement): Places {
	const box = svg.getBoundingClientRect();
	const scale = box.width / (svg.viewBox?.baseVal?.width || box.width) || 1;
	const marks = new Map<string, Mark>();
	for (const [key, el] of keyed(svg)) {
		const r = el.getBoundingClientRect();
		marks.set(key, { el, tag: el.tagName, x: (r.x + r.width / 2 - box.x) / scale, y: (r.y + r.height / 2 - box.y) / scale, size: Math.max(r.width, r.height), shape: shapeOf(el) });
	}
	return { scale, marks };
}

export type Move = [Element, Keyframe[]];

/**
 * The animations that bring the marks of the next drawing from their places in the previous one:
 * small marks and texts that moved glide (in the next drawing's units, those of the CSS `translate` of
 * an SVG element), larger ones that moved or changed shape and new ones fade in, the others stay put.
 * Null when the drawing should rather fade in whole: drawn at another scale, or too many marks to move.
 */
export function planMoves(before: Places, after: Places): Move[] | null {
	if (Math.abs(after.scale / before.scale - 1) > SCALE_TOLERANCE) return null;
	const moves: Move[] = [];
	for (const [key, now] of after.marks) {
		const old = before.marks.get(key);
		if (!old) {
			moves.push([now.el, [{ opacity: 0 }, { opacity: 1 }]]);
			continue;
		}
		const dx = old.x - now.x;
		const dy = old.y - now.y;
		const still = Math.abs(dx) < STILL && Math.abs(dy) < STILL;
		const small = Math.max(old.size, now.size) <= SMALL_PX;
		if ((small || now.tag === 'text') && !still) moves.push([now.el, [{ translate: `${dx}px ${dy}px` }, { translate: '0px 0px' }]]);
		else if (!still || old.shape !== now.shape) moves.push([now.el, [{ opacity: 0.2 }, { opacity: 1 }]]);
	}
	return moves.length > MAX_MOVING ? null : moves;
}

const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The animations of planMoves, made (their keyframes parsed: most of what starting them costs) but not
 * started, so that they can be made ahead of the change. Null when nothing is to move: reduced motion,
 * or a drawing that should rather fade in whole.
 */
export function prepareMoves(before: Places, after: Places): KeyframeEffect[] | null {
	if (reduced() || typeof KeyframeEffect !== 'function') return null;
	const moves = planMoves(before, after);
	if (!moves?.length) return null;
	return moves.map(([el, frames]) => new KeyframeEffect(el, frames, { duration: DURATION_MS, easing: 'ease-in-out' }));
}

/** Starts prepared moves. Returns whether marks move, so the caller can leave out its own fade of the whole. */
export function startMoves(moves: KeyframeEffect[] | null): boolean {
	if (!moves || reduced()) return false;
	for (const effect of moves) new Animation(effect, document.timeline).play();
	return true;
}

/** Starts the marks of the next drawing (`after`, on screen or about to be) from their places in the previous one. */
export const moveMarks = (before: Places, after: Places): boolean => startMoves(prepareMoves(before, after));
