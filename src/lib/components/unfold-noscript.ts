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

const unfoldDetails = (details: Element | null | undefined) => {
	if (details instanceof HTMLDetailsElement) unfoldNoscript(details, ':scope > noscript');
};

/** Unfolds the <noscript> inside any <details> under `root` as the reader opens it. */
export function unfoldOnToggle(root: HTMLElement): () => void {
	// On the click (a tap, or Enter or Space on the summary), before the disclosure opens: its content
	// is there for the very next Tab. toggle, which comes a task later, catches any other way of opening.
	const clicked = (e: Event) => unfoldDetails((e.target as Element).closest?.('summary')?.parentElement);
	const toggled = (e: Event) => (e.target as HTMLDetailsElement).open && unfoldDetails(e.target as Element);
	root.addEventListener('click', clicked, true);
	// toggle does not bubble: it is caught on its way down.
	root.addEventListener('toggle', toggled, true);
	return () => {
		root.removeEventListener('click', clicked, true);
		root.removeEventListener('toggle', toggled, true);
	};
}
