/**
 * What a page keeps inside <noscript> for readers without scripts (the flat steps, the story's tables
 * and source lists) is one piece of text to a browser that runs them. This makes it elements, once,
 * right after its <noscript>, when it is wanted: a disclosure opened, a print.
 */
export function unfoldNoscript(root: ParentNode, selector = 'noscript') {
	for (const n of root.querySelectorAll<HTMLElement>(selector)) {
		if (n.dataset.unfolded) continue;
		n.insertAdjacentHTML('afterend', n.textContent ?? '');
		n.dataset.unfolded = 'true';
	}
}

/** Unfolds the <noscript> inside any <details> under `root` when the reader opens it. */
export function unfoldOnToggle(root: HTMLElement): () => void {
	const toggled = (e: Event) => {
		const details = e.target as HTMLElement;
		if (details instanceof HTMLDetailsElement && details.open) unfoldNoscript(details, ':scope > noscript');
	};
	// toggle does not bubble: it is caught on its way down.
	root.addEventListener('toggle', toggled, true);
	return () => root.removeEventListener('toggle', toggled, true);
}
