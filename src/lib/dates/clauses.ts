/**
 * A sentence cut into clauses at punctuation, coordinators and the words that open relative or
 * adverbial clauses ("Sosa on Friday put off a trip | that had been planned for Sunday
 * and Monday"). Rough by design: it only has to tell which words belong together.
 */

export interface Clause {
	start: number;
	end: number;
	/** The punctuation or word that opened the clause ('' for the first one), lower case. */
	opener: string;
}

const BOUNDARY =
	/[,;:()\u2013\u2014]|\s-{1,2}\s|\b(?:and|but|or|that|which|who|whom|whose|where|when|while|whereas|after|before|because|although|though|as|until|since|if|whether)\b/gi;

export function clauses(sentence: string): Clause[] {
	const spans: Clause[] = [];
	let start = 0;
	let opener = '';
	BOUNDARY.lastIndex = 0;
	for (let boundary = BOUNDARY.exec(sentence); boundary; boundary = BOUNDARY.exec(sentence)) {
		const at = boundary.index;
		if (at > start) spans.push({ start, end: at, opener });
		start = at;
		opener = boundary[0].trim().toLowerCase();
	}
	spans.push({ start, end: sentence.length, opener });
	return spans;
}

/** Index of the clause containing offset `at` (the last clause for an offset at the end). */
export function clauseIndexAt(spans: Clause[], at: number): number {
	const index = spans.findIndex((s) => at >= s.start && at < s.end);
	return index < 0 ? spans.length - 1 : index;
}
