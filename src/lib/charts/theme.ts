/**
 * The one theme. Every colour a chart uses is a token; on the page a token is a CSS variable (so the
 * site's light and dark schemes restyle the same drawing), in an export it is the light value itself
 * (an exported file must not depend on a page's CSS).
 *
 * Colours: the Okabe–Ito palette, safe for the common colour-vision deficiencies. Text colours reach
 * at least 4.5:1 on their background in both schemes (tests/unit/theme.test.ts measures them).
 */
export const light = {
	background: '#ffffff',
	ink: '#1a1a1a',
	muted: '#595959',
	grid: '#d9d9d9',
	/** The main series and the article's figures. */
	accent: '#b34700',
	/** A second, competing estimate. */
	compare: '#0060a8',
	/** A third series or another method. */
	other: '#6b3fa0',
	/** Marks of uncertainty: lower bounds, leaked or unverified figures. */
	caution: '#8a6d00',
	highlight: '#fbe7d3',
	land: '#ecebe6',
	landFocus: '#f5d9c2',
	water: '#eef4f8',
	border: '#b34700'
} as const;

export const dark: Record<keyof typeof light, string> = {
	background: '#141414',
	ink: '#eeeeee',
	muted: '#b3b3b3',
	grid: '#3a3a3a',
	accent: '#ff9e5e',
	compare: '#6cb8ff',
	other: '#c7a4f2',
	caution: '#e8c94f',
	highlight: '#3d2a1c',
	land: '#2a2a28',
	landFocus: '#4a3424',
	water: '#1b2229',
	border: '#ff9e5e'
};

export type Token = keyof typeof light;
export type Palette = Record<Token, string>;
export type PaintMode = 'page' | 'export';

/** The colours a chart paints with: CSS variables with a light fallback on the page, plain hex in exports. */
export function palette(mode: PaintMode): Palette {
	if (mode === 'export') return { ...light };
	return Object.fromEntries(Object.entries(light).map(([k, v]) => [k, `var(--c-${k}, ${v})`])) as Palette;
}

/** The page's CSS custom properties for each scheme, written once into the page's stylesheet. */
export function cssVariables(p: Palette): string {
	return Object.entries(p)
		.map(([k, v]) => `--c-${k}: ${v};`)
		.join(' ');
}

export const fonts = {
	/** Self-hosted on the page (static/fonts); named with safe fallbacks so an export still reads anywhere. */
	family: "'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif"
};

export const type = {
	tick: 13,
	label: 14,
	annotation: 13,
	title: 20,
	subtitle: 15,
	note: 12
};
