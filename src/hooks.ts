import type { Transport } from '@sveltejs/kit';
import { ServerOnly } from '$lib/server-only';

// What a server load wraps in ServerOnly stays on the server: the page's data carries a 1 in its place.
export const transport: Transport = {
	ServerOnly: {
		encode: (value) => value instanceof ServerOnly && 1,
		decode: () => new ServerOnly()
	}
};
