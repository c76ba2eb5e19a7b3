// Writes src/lib/styles/font-fallback.css: a local fallback face whose metrics are matched to the
// self-hosted Source Sans 3, so that the page is laid out almost alike before and after the real
// face arrives (font-display: swap, src/app.css). Every figure is computed from the font files by
// @capsizecss/unpack (vertical metrics) and fontkit (advance widths), with capsize's formula
// (createFontStack in @capsizecss/core):
//   size-adjust     = (average width / unitsPerEm of Source Sans 3) / (the same of the fallback)
//   ascent-override = ascent / (unitsPerEm × size-adjust), descent and line gap likewise.
// capsize's xWidthAvg weighs letters by their frequency in English; the width here is averaged over
// the words this explainer sets (the English and Spanish stories' text, shaped with kerning as a
// browser does), so a Spanish headline's accents and an English paragraph count as they appear. With
// capsize's figure the fallback ran 1–2% wide on our text and the Spanish headline wrapped to three
// lines at 390 px where Source Sans 3 takes two: a layout shift when the font arrived.
// The fallback is Liberation Sans (Debian's fonts-liberation, which Chromium depends on), metrically
// identical to Arial, so the same figures serve local('Arial') on other systems.
//   node scripts/font-fallback.mjs           writes the file
//   node scripts/font-fallback.mjs --check   exits 1 if the committed file differs (the unit test uses fontFallbackCss)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromFile } from '@capsizecss/unpack/fs';
import * as fontkit from 'fontkit';

export const OUTPUT = 'src/lib/styles/font-fallback.css';
export const FALLBACK_FAMILY = 'Source Sans 3 Fallback';
const LIBERATION = '/usr/share/fonts/truetype/liberation';

const faces = [
	{ weight: 400, font: 'static/fonts/source-sans-3-regular.woff2', fallback: `${LIBERATION}/LiberationSans-Regular.ttf`, local: ['Liberation Sans', 'Arial', 'ArialMT', 'Arimo'] },
	{ weight: 700, font: 'static/fonts/source-sans-3-bold.woff2', fallback: `${LIBERATION}/LiberationSans-Bold.ttf`, local: ['Liberation Sans Bold', 'LiberationSans-Bold', 'Arial Bold', 'Arial-BoldMT', 'Arimo Bold'] }
];

/** The words the explainer sets: every quoted string of the two stories (numbers are filled in later). */
const STORIES = ['src/lib/story/en.ts', 'src/lib/story/es.ts'];
const sample = () =>
	STORIES.map((p) => readFileSync(p, 'utf8'))
		.join('\n')
		.match(/'(?:[^'\\\n]|\\.)*'|`[^`]*`/g)
		?.join(' ') ?? '';

/** The sample's width in ems of a font file, shaped with the font's kerning. @param {string} path @param {string} text */
function emWidth(path, text) {
	const font = /** @type {any} */ (fontkit.openSync(path));
	return font.layout(text).advanceWidth / font.unitsPerEm;
}

/** @param {number} x */
const pct = (x) => `${(x * 100).toFixed(2)}%`;

/** The stylesheet, computed from the font files. */
export async function fontFallbackCss() {
	/** @type {string[]} */
	const blocks = [];
	const text = sample();
	for (const face of faces) {
		const m = await fromFile(face.font);
		const f = await fromFile(face.fallback);
		// To 0.1%: a few words more or less in a story leave the stylesheet as it is.
		const sizeAdjust = Math.round((1000 * emWidth(face.font, text)) / emWidth(face.fallback, text)) / 1000;
		const em = m.unitsPerEm * sizeAdjust;
		blocks.push(
			[
				`/* ${m.fullName} (${face.font.split('/').pop()}) over ${f.fullName}: width over the stories' ${text.length} characters, ascent ${m.ascent}, descent ${m.descent}, line gap ${m.lineGap} */`,
				`@font-face {`,
				`\tfont-family: '${FALLBACK_FAMILY}';`,
				`\tsrc: ${face.local.map((n) => `local('${n}')`).join(', ')};`,
				`\tfont-weight: ${face.weight};`,
				`\tfont-style: normal;`,
				`\tsize-adjust: ${pct(sizeAdjust)};`,
				`\tascent-override: ${pct(m.ascent / em)};`,
				`\tdescent-override: ${pct(Math.abs(m.descent) / em)};`,
				`\tline-gap-override: ${pct(m.lineGap / em)};`,
				`}`
			].join('\n')
		);
	}
	return `/* Written by scripts/font-fallback.mjs from the font files: do not edit by hand. */\n${blocks.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const css = await fontFallbackCss();
	if (process.argv.includes('--check')) {
		const same = readFileSync(OUTPUT, 'utf8') === css;
		console.log(same ? `${OUTPUT} is up to date` : `${OUTPUT} differs from the font files: run node scripts/font-fallback.mjs`);
		process.exit(same ? 0 : 1);
	}
	writeFileSync(OUTPUT, css);
	console.log(css);
}
