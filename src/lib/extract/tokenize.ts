/** A word or punctuation mark of a sentence, with offsets relative to the text tokenised. */
export interface Token {
	text: string;
	start: number;
	end: number;
	/** Lower-cased text, for lexicon look-ups. */
	lower: string;
	isWord: boolean;
	/** Starts with an upper-case letter or digit-free capital ("Iran", "U.S.", "al-Sisi" is not). */
	isCapitalised: boolean;
}

// Dotted acronyms (U.S., D.C.), abbreviations with a final dot (Lt., Jan.), words with inner
// hyphens or apostrophes (Abdul-Mahdi, Sha'abi), numbers with separators, then any other mark.
// A possessive 's is its own token so that "Iran's" yields the name "Iran". The lookahead and
// back-reference read a word once instead of backtracking through it when no dot follows.
const TOKEN =
	/(?:\p{L}\.){2,}|\b(?:Lt|Gen|Col|Maj|Brig|Adm|Sgt|Capt|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Jr|Sr|Rev|St|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\p{L}(?=([\p{L}\p{M}]*))\1\.(?=\s*[\p{Ll}\d,])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{M}\p{N}]+|['’](?![sS]\b)[\p{L}\p{M}]+)*|['’][sS]\b|[^\s]/gu;

const WORD_START = /^[\p{L}\p{N}]/u;
const CAPITAL_START = /^\p{Lu}/u;

/** ASCII letters and digits are told by their code; other scripts by their Unicode class. */
function startsWord(value: string, code: number): boolean {
	if (code >= 128) return WORD_START.test(value);
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function startsCapital(value: string, code: number): boolean {
	return code < 128 ? code >= 65 && code <= 90 : CAPITAL_START.test(value);
}

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
		const value = match[0];
		const start = match.index;
		const code = value.charCodeAt(0);
		// Every word alternative of TOKEN starts with a letter or digit; "'s" and marks do not.
		const isWord = startsWord(value, code);
		tokens.push({
			text: value,
			start,
			end: start + value.length,
			lower: value.toLowerCase(),
			isWord,
			isCapitalised: isWord && startsCapital(value, code)
		});
	}
	return tokens;
}
