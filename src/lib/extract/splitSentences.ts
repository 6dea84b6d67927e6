/**
 * Sentence boundaries inside a paragraph of news prose. A full stop ends a sentence unless it
 * closes an abbreviation (Lt. Gen., Jan. 3, Mr.), an initial, or a dotted acronym or a clock time
 * (U.S., p.m.) that the next word shows to be mid-sentence.
 */

export interface SentenceSpan {
	start: number;
	end: number;
	text: string;
}

const ABBREVIATIONS = new Set(
	`mr mrs ms dr prof st lt gen col maj brig adm sgt capt sen rep gov jr sr rev mt ft no vs etc
	jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
	inc co corp ltd approx est`.split(/\s+/)
);
/** Words that usually open a sentence, so a dotted acronym or clock time before them ends one. */
const SENTENCE_OPENERS =
	/^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Their|Its|After|Before|During|When|While|According|Both|Earlier|Later|Meanwhile|There)\b/;
const CANDIDATE = /[.!?]["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

function endsSentence(text: string, dot: number, next: string): boolean {
	if (text[dot] !== '.') return true;
	const word = /([\p{L}.]+)$/u.exec(text.slice(0, dot))?.[1] ?? '';
	const bare = word.replace(/\./g, '').toLowerCase();
	if (ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
	if (/^\p{Lu}$/u.test(word)) return false;
	if (word.includes('.') || /^(?:a\.m|p\.m)$/i.test(word)) return SENTENCE_OPENERS.test(next);
	return true;
}

/** The sentences of `text`, with offsets shifted by `offset`. */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	// exec with lastIndex rather than matchAll, which clones the pattern on every call.
	CANDIDATE.lastIndex = 0;
	for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
		const end = match.index + match[0].length;
		const next = text.slice(end).trimStart();
		if (!endsSentence(text, match.index, next)) continue;
		spans.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
		start = end + (text.slice(end).length - text.slice(end).trimStart().length);
	}
	if (start < text.trimEnd().length) {
		const rest = text.slice(start).trimEnd();
		spans.push({ start: offset + start, end: offset + start + rest.length, text: rest });
	}
	return spans;
}
