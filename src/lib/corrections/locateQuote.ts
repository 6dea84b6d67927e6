/**
 * Finds a quote in an article body, as a W3C Web Annotation TextQuoteSelector does: the exact
 * words, told apart by the words just before (`prefix`) or after (`suffix`) when they occur more
 * than once. Whitespace runs match any whitespace, so a quote copied from a rendered page (line
 * breaks folded into spaces) still finds its words.
 */
export type QuoteMatch =
	| { found: true; start: number; end: number }
	| { found: false; reason: 'missing' | 'ambiguous'; count: number };

export interface QuoteSelector {
	quote: string;
	prefix?: string;
	suffix?: string;
}

export function locateQuote(body: string, selector: QuoteSelector): QuoteMatch {
	const before = selector.prefix ? `${flexible(selector.prefix)}\\s*` : '';
	const after = selector.suffix ? `(?=\\s*${flexible(selector.suffix)})` : '';
	const pattern = new RegExp(`(${before})(${flexible(selector.quote)})${after}`, 'g');
	const hits: { start: number; end: number }[] = [];
	for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
		const start = match.index + match[1].length;
		hits.push({ start, end: start + match[2].length });
		// Overlapping occurrences ("la la la") count separately.
		pattern.lastIndex = match.index + 1;
	}
	if (hits.length === 1) return { found: true, ...hits[0] };
	return { found: false, reason: hits.length === 0 ? 'missing' : 'ambiguous', count: hits.length };
}

function flexible(text: string): string {
	return text
		.trim()
		.split(/\s+/)
		.filter((word) => word.length > 0)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\s+');
}
