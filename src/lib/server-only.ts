/**
 * Data a page's server render needs and its browser never does (the prerendered drawings, the words
 * and tables around the charts, the exported figures' sizes). A server load returns it wrapped in this;
 * the page's universal load reads it on the server, where it arrives as it was returned; src/hooks.ts
 * sends it to the browser as an empty box, so it costs the page no hydration data.
 */
export class ServerOnly<T> {
	constructor(readonly value?: T) {}

	/** The value, on the server; throws where it was never sent (the browser). */
	get(): T {
		if (this.value === undefined) throw new Error('ServerOnly data read outside the server render');
		return this.value;
	}
}
