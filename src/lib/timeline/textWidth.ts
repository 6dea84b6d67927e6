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

/**
 * The longest start of `text`, cut at a word boundary (or within the first word when even that
 * is too wide) with an ellipsis, whose width is at most `maxPx`; '' when not even one letter and
 * the ellipsis fit. `text` itself when it fits.
 */
export function fitLabel(text: string, maxPx: number, measure: (text: string) => number): string {
	if (measure(text) <= maxPx) return text;
	const cuts: number[] = [];
	for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) cuts.push(i);
	const fits = (end: number) => measure(`${text.slice(0, end).trimEnd()}…`) <= maxPx;
	// Widths grow with the cut, so a binary search finds the last word boundary that fits.
	let low = 0;
	let high = cuts.length - 1;
	let best = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (fits(cuts[middle])) {
			best = cuts[middle];
			low = middle + 1;
		} else high = middle - 1;
	}
	if (best < 0) {
		const firstWord = cuts[0] ?? text.length;
		for (let end = firstWord - 1; end > 0; end--) if (fits(end)) return `${text.slice(0, end)}…`;
		return '';
	}
	return `${text
		.slice(0, best)
		.trimEnd()
		.replace(/[,;:–—-]$/, '')}…`;
}
