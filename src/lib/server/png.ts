import { Resvg } from '@resvg/resvg-js';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { resolve } from 'node:path';

/** The faces the page serves as WOFF2, here as OTF (resvg does not read WOFF2): same design, same metrics. */
const FONT_FILES = ['Regular', 'Bold'].map((w) => resolve(`node_modules/source-sans/OTF/SourceSans3-${w}.otf`));

/** Rasterises a standalone SVG at `scale`× and writes `text` into the PNG as UTF-8 iTXt chunks. */
export function svgToPng(svg: string, text: Record<string, string>, scale = 2): Uint8Array {
	const png = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Source Sans 3' }
	})
		.render()
		.asPng();
	const chunks = extractChunks(png);
	const iend = chunks.pop()!;
	for (const [keyword, value] of Object.entries(text)) chunks.push({ name: 'iTXt', data: iTXt(keyword, value) });
	chunks.push(iend);
	return encodeChunks(chunks);
}

/** An uncompressed international text chunk: keyword, flags, empty language tags, then UTF-8 text. */
function iTXt(keyword: string, value: string): Uint8Array {
	const enc = new TextEncoder();
	return new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(value)]);
}

/** Reads the iTXt chunks back (tests and reusers: the PNG says what it is and where it came from). */
export function pngText(png: Uint8Array): Record<string, string> {
	const out: Record<string, string> = {};
	const dec = new TextDecoder();
	for (const c of extractChunks(png)) {
		if (c.name !== 'iTXt') continue;
		const k = c.data.indexOf(0);
		const keyword = dec.decode(c.data.slice(0, k));
		// keyword \0 flag method lang \0 translated \0 text
		let i = k + 3;
		i = c.data.indexOf(0, i) + 1;
		i = c.data.indexOf(0, i) + 1;
		out[keyword] = dec.decode(c.data.slice(i));
	}
	return out;
}
