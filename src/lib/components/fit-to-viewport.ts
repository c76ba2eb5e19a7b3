/**
 * Keeps a chart page's drawing within the screen, its horizontal axis included: when the drawing's
 * bottom falls below the viewport, its box is narrowed (--fit-width on `root`) so that the redraw
 * at that width (Figure redraws to its box) is short enough. Most charts' height follows their
 * width; one whose height does not shrink with it is left at full width. Returns a cleanup.
 */
export function fitToViewport(root: HTMLElement, { margin = 12, minWidth = 280 } = {}) {
	let tries = 0;
	let gaveUp = false;
	let last: { width: number; height: number } | undefined;
	let frame = 0;
	const fit = () => {
		const plot = root.querySelector<HTMLElement>('.plot');
		const svg = plot?.querySelector('svg');
		if (!plot || !svg || gaveUp) return;
		const box = svg.getBoundingClientRect();
		const top = box.top + window.scrollY;
		const room = window.innerHeight - top - margin;
		if (box.height <= room || box.width === 0) return;
		// A redraw narrower than the last one that came out no shorter: narrowing does not help.
		if (last && box.width < last.width && box.height >= last.height) {
			gaveUp = true;
			root.style.removeProperty('--fit-width');
			return;
		}
		if (++tries > 4) return;
		last = { width: box.width, height: box.height };
		const width = Math.max(minWidth, Math.floor((box.width * room) / box.height));
		root.style.setProperty('--fit-width', `${width}px`);
	};
	const later = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(fit);
	};
	const reset = () => {
		tries = 0;
		gaveUp = false;
		last = undefined;
		root.style.removeProperty('--fit-width');
		later();
	};
	// A redraw replaces the drawing: measure again once it is in.
	const redraws = new MutationObserver(later);
	const plot = root.querySelector('.plot');
	if (plot) redraws.observe(plot, { childList: true });
	window.addEventListener('resize', reset);
	later();
	return () => {
		cancelAnimationFrame(frame);
		redraws.disconnect();
		window.removeEventListener('resize', reset);
	};
}
