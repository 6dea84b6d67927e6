/**
 * Label widths for layout without measuring the DOM (layout runs per zoom frame and in tests).
 * Per-character classes of a proportional sans-serif are accurate to within a few percent,
 * which the packing gap absorbs.
 */

const NARROW = new Set("iljtfrI.,:;'|!()[] ");
const WIDE = new Set('mwMW@%');

/** Estimated advance width of `text` in pixels at `fontPx`. */
export function estimateTextWidth(text: string, fontPx: number): number {
	let em = 0;
	for (const char of text) {
		if (NARROW.has(char)) em += 0.3;
		else if (WIDE.has(char)) em += 0.85;
		else if (char !== char.toLowerCase()) em += 0.66;
		else em += 0.55;
	}
	return em * fontPx;
}

/** `text` cut at a word boundary to at most `maxChars` characters, with an ellipsis when cut. */
export function truncateLabel(text: string, maxChars: number): string {
	if (text.length <= maxChars) return text;
	const cut = text.slice(0, maxChars - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
