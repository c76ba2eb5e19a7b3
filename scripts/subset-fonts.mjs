// Subsets the page's faces to the characters the explainer can need (Latin, Latin-1, Latin
// Extended-A, punctuation, currency, arrows and math signs), from the full Source Sans 3 the
// source-sans package ships: node scripts/subset-fonts.mjs. The exported PNGs use the full OTFs.
// Only the OpenType features a browser applies by itself are kept (kerning, ligatures, composed
// accents): the page asks for no other (no small caps, fractions, old-style or stylistic figures), and
// their alternate glyphs were half of each file, fetched before the first paint on a phone's link.
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const ranges = [
	[0x20, 0x7e],
	[0xa0, 0x17f],
	[0x2010, 0x2027],
	[0x2030, 0x203a],
	[0x20ac, 0x20ac],
	[0x2190, 0x2195],
	[0x2212, 0x2212],
	[0x2248, 0x2248],
	[0x2260, 0x2265]
];
// tnum too: tables' numeric columns and Plot's tick labels ask for tabular figures (font-variant-numeric).
const DEFAULT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rvrn', 'tnum'];
const text = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
for (const [weight, file] of [
	['Regular', 'source-sans-3-regular.woff2'],
	['Bold', 'source-sans-3-bold.woff2']
]) {
	const full = readFileSync(`node_modules/source-sans/TTF/SourceSans3-${weight}.ttf`);
	const subset = await subsetFont(full, text, { targetFormat: 'woff2', keepFeatures: DEFAULT_FEATURES });
	writeFileSync(`static/fonts/${file}`, subset);
	console.log(file, full.length, '→', subset.length, 'bytes');
}
