/**
 * Text from an article, made safe to show beside other text: when it holds explicit bidi
 * controls (an override such as U+202E would show everything after it reversed, the rest of the
 * line included), they are balanced (a closer without its opener is dropped, an opener without
 * its closer closed) and the whole is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE,
 * so that nothing in it reorders what surrounds it. Text without such controls (plain Arabic or
 * Hebrew included) is returned as it is.
 */
export function isolateBidi(text: string): string {
	if (!BIDI_CONTROL.test(text)) return text;
	const open: string[] = [];
	let balanced = '';
	for (const char of text) {
		if (EMBEDDINGS.has(char) || ISOLATES.has(char)) {
			open.push(char);
			balanced += char;
		} else if (char === PDF) {
			// Closes the innermost embedding or override, unless an isolate is open inside it.
			if (open.length > 0 && EMBEDDINGS.has(open[open.length - 1])) {
				open.pop();
				balanced += char;
			}
		} else if (char === PDI) {
			// Closes the innermost isolate and everything opened inside it.
			const isolate = open.findLastIndex((opener) => ISOLATES.has(opener));
			if (isolate >= 0) {
				open.length = isolate;
				balanced += char;
			}
		} else balanced += char;
	}
	for (const opener of open.reverse()) balanced += ISOLATES.has(opener) ? PDI : PDF;
	return `${FSI}${balanced}${PDI}`;
}

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** LRE, RLE, LRO, RLO: closed by PDF. */
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
/** LRI, RLI, FSI: closed by PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const PDF = '\u202c';
const FSI = '\u2068';
const PDI = '\u2069';
