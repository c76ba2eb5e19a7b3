/**
 * Kit's start-up modules are preloaded from the head (output.preloadStrategy in svelte.config.js). The
 * page is whole without them: the text and the first chart are in the HTML, drawn before any script
 * runs. At the browser's default (high) priority they would share a slow link with the HTML and the
 * fonts, which the first paint needs; at low priority they come right after, still without waiting
 * for the parser to reach the start-up script.
 */
export function lowPriorityScriptPreloads(html: string): string {
	return html.replaceAll('<link rel="preload" as="script"', '<link rel="preload" as="script" fetchpriority="low"');
}
