/**
 * The words of an act as the text gives them, its object included: "imposed fresh sanctions",
 * "granted asylum", "withdrew from the energy treaty". An 'other' event is titled by them, since
 * no fixed phrase ("meets", "visits") says what happened.
 */

/** Words that end the object: prepositions of place, time and manner, dates, clause words. */
const STOP = new Set(
	`on in at by for after before during as to with from over under into onto against amid amidst
	following since until within without about via near across and but or nor while which who whom
	whose that when where because if than so last next this yesterday today tomorrow tonight
	earlier later ago monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december jan feb mar apr jun jul
	aug sep sept oct nov dec`.split(/\s+/)
);
/** Prepositions that open the object of some verbs: "withdrew from the treaty". */
const OPENING_PREPOSITION = /^\s+(?:from|out of|against|with)\b/i;
const WORD = /^\s+([\p{L}\d][\p{L}\d'’.-]*)/u;
/** How many words of the object a title takes. */
const OBJECT_WORDS = 5;

/** The trigger at [start, end) of `sentence`, with the object words that follow it. */
export function actionWords(sentence: string, start: number, end: number): string {
	let at = end;
	const opening = OPENING_PREPOSITION.exec(sentence.slice(at));
	if (opening) at += opening[0].length;
	let words = 0;
	let objectEnd = end;
	for (let match = WORD.exec(sentence.slice(at)); match; match = WORD.exec(sentence.slice(at))) {
		const word = match[1].replace(/[.]$/, '');
		if (STOP.has(word.toLowerCase()) || /^\d{4}$/.test(word) || words >= OBJECT_WORDS) break;
		at += match[0].length - (match[1].length - word.length);
		objectEnd = at;
		words++;
	}
	return sentence.slice(start, words ? objectEnd : end);
}
