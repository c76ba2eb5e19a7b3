import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * A component's server-rendered markup for a part of a page that never changes in the browser. Put in
 * with {@html}, it is kept as the server wrote it and costs nothing at hydration; the hydration
 * markers are dropped because nothing will ever hydrate it.
 */
export function staticMarkup<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	return render(component, { props }).body.replace(/<!--[^]*?-->/g, '');
}
