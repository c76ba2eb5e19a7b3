/**
 * Breaks text into lines that fit a width, estimating glyph widths from the font size. Source Sans
 * averages about half an em per character; a line a little short is better than one clipped.
 */
export function wrapText(text: string, width: number, fontSize: number, charWidth = 0.5): string[] {
	const max = Math.max(10, Math.floor(width / (fontSize * charWidth)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
