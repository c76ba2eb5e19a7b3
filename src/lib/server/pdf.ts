import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { openSync, type Font, type GlyphRun } from 'fontkit';
import { resolve } from 'node:path';
import { DOMParser } from 'linkedom';

/**
 * The faces the site serves (static/fonts holds them as subsetted WOFF2), here as the full OTF files of
 * the same release, which PDFKit can read. Each is embedded as a subset of the glyphs a file uses, so a
 * designer opening the PDF in Illustrator or Inkscape gets Source Sans 3 without installing it.
 */
const FACES = {
	regular: 'SourceSans3-Regular',
	bold: 'SourceSans3-Bold',
	italic: 'SourceSans3-It',
	boldItalic: 'SourceSans3-BoldIt'
} as const;

/**
 * Each face parsed once per build, not once per PDF, and each string shaped once: parsing the OpenType
 * tables and shaping the same tick labels again for every file took most of a PDF's time.
 */
let parsed: Map<string, Font> | undefined;
function faces(): Map<string, Font> {
	parsed ??= new Map(Object.values(FACES).map((face) => [face, shapedOnce(openSync(resolve(`node_modules/source-sans/OTF/${face}.otf`)) as Font)]));
	return parsed;
}

/**
 * PDFKit scales the positions of the run it gets from `layout` in place, so each call gets a copy of
 * the remembered run's positions (the glyphs themselves are only read).
 */
function shapedOnce(font: Font): Font {
	const layout = font.layout.bind(font);
	const runs = new Map<string, GlyphRun>();
	font.layout = ((text: string, features?: string[] | Record<string, boolean>) => {
		const key = features ? `${text}\u0000${JSON.stringify(features)}` : text;
		let run = runs.get(key);
		if (!run) runs.set(key, (run = layout(text, features)));
		const positions = run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset }));
		return {
			glyphs: run.glyphs,
			positions,
			get advanceWidth() {
				return positions.reduce((sum, p) => sum + p.xAdvance, 0);
			}
		} as unknown as GlyphRun;
	}) as Font['layout'];
	return font;
}

/** CSS pixels to PDF points: a PDF page is as large on paper as the SVG is on a 96 dpi screen. */
const PT_PER_PX = 72 / 96;

export interface PdfInfo {
	title: string;
	/** Who made it, e.g. the data team. */
	author: string;
	/** The chart's source line. */
	subject: string;
	keywords?: string;
	/** A fixed date (the data release) rather than the build's clock, so a rebuild gives the same file. */
	date: Date;
}

/**
 * A standalone SVG as a one-page vector PDF whose page is the drawing's size, with its text as real
 * text in embedded Source Sans 3 (searchable, selectable, editable). Any font family in the SVG is set
 * in Source Sans 3: the SVG's own fallbacks (Arial, Helvetica) are for machines without it.
 */
export function svgToPdf(svg: string, info: PdfInfo): Promise<Uint8Array> {
	const { width, height } = svgSize(svg);
	const doc = new PDFDocument({
		size: [width * PT_PER_PX, height * PT_PER_PX],
		margin: 0,
		autoFirstPage: true,
		pdfVersion: '1.7',
		lang: /\blang="([a-z-]+)"/i.exec(svg)?.[1],
		displayTitle: true,
		info: {
			Title: info.title,
			Author: info.author,
			Subject: info.subject,
			// PDFKit hashes every key it is given: an undefined one throws.
			...(info.keywords ? { Keywords: info.keywords } : {}),
			Creator: 'svg-to-pdfkit',
			CreationDate: info.date,
			ModDate: info.date
		}
	});
	// PDFKit takes a parsed fontkit face as well as a file.
	for (const [face, font] of faces()) doc.registerFont(face, font as never);
	const chunks: Uint8Array[] = [];
	const done = new Promise<Uint8Array>((ok, fail) => {
		doc.on('data', (c: Uint8Array) => chunks.push(c));
		doc.on('end', () => ok(Buffer.concat(chunks)));
		doc.on('error', fail);
	});
	const warnings: string[] = [];
	SVGtoPDF(doc, haloesFirst(svg), 0, 0, {
		width: width * PT_PER_PX,
		height: height * PT_PER_PX,
		fontCallback: (_family: string, bold: boolean, italic: boolean) =>
			bold && italic ? FACES.boldItalic : bold ? FACES.bold : italic ? FACES.italic : FACES.regular,
		warningCallback: (w: string) => warnings.push(w)
	});
	// A warning means part of the drawing was left out or drawn wrong: better no file than a wrong one.
	if (warnings.length) throw new Error(`PDF of "${info.title}": ${warnings.join('; ')}`);
	doc.end();
	return done;
}

function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
	const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
	if (!(width > 0 && height > 0)) throw new Error('svgToPdf: the SVG has no width and height in pixels');
	return { width, height };
}

/**
 * svg-to-pdfkit ignores `paint-order`, so a label's halo (a wide stroke in the background colour,
 * meant to be painted under the letters) would be painted over them. Each such element becomes two:
 * the halo alone (no fill), then the element itself without the stroke.
 */
function haloesFirst(svg: string): string {
	if (!svg.includes('paint-order')) return svg;
	const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
	for (const el of document.querySelectorAll('[paint-order="stroke"]')) {
		const halo = el.cloneNode(true) as Element;
		halo.removeAttribute('paint-order');
		halo.setAttribute('fill', 'none');
		el.removeAttribute('paint-order');
		el.setAttribute('stroke', 'none');
		el.parentNode!.insertBefore(halo, el);
	}
	return document.documentElement.outerHTML;
}
