import stopWords from './stopWords.json';

/**
 * The content words of a mention's excerpts, as a sorted set of 32-bit hashes: merging compares
 * what two excerpts talk about ("memoranda", "railway", "conference") without keeping their text,
 * so that a corpus's worth of profiles stays small. Words are lower-cased, diacritics folded,
 * function and calendar words dropped and a plural or verb ending stripped, so that "signed" and
 * "signing", "talks" and "talk" meet.
 */

const STOP_WORDS: ReadonlySet<string> = new Set(stopWords.words);
/** Shorter words are initials, particles and number fragments. */
const MIN_LENGTH = 3;
/** Enough to tell two stories apart; more only costs memory (one excerpt is a sentence or two). */
const MAX_WORDS = 40;
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Most excerpts are plain ASCII: a narrower pattern reads them several times faster. */
const ASCII_WORD = /[a-z][a-z'’-]*/g;
/**
 * ASCII, with the typographic quotes, dashes and ellipsis news prose uses: none is a letter and
 * none has a decomposition, so such a text needs no folding and its words are ASCII words.
 */
const ASCII = /^[ -~\s‘’“”–—…]*$/;
/** Endings stripped, longest first: "talks", "signed", "meetings". */
const SUFFIXES = ['ings', 'ing', 'ed', 'es', 's'];

/** Stems shorter than this keep their ending: "bases" is not "bas". */
const MIN_STEM = 4;

/** Lower case with diacritics folded ("Çorum" → "corum"). */
function foldText(text: string): string {
	const lower = text.toLowerCase();
	return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A word's comparable stem: "signed" → "sign", "talks" → "talk", "memoranda" as it is. */
export function wordStem(word: string): string {
	let whole = word;
	if (whole.endsWith("'s") || whole.endsWith('’s')) whole = whole.slice(0, -2);
	if (/['’-]/.test(whole)) whole = whole.replace(/['’-]/g, '');
	for (const suffix of SUFFIXES) {
		if (whole.endsWith(suffix)) {
			const stem = whole.slice(0, -suffix.length);
			return stem.length >= MIN_STEM ? stem : whole;
		}
	}
	return whole;
}

/** FNV-1a: a stable 32-bit hash of a stem. */
function hashWord(word: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < word.length; i++) {
		hash ^= word.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

const NONE = new Uint32Array(0);

function stemsOf(text: string, each: (stem: string) => boolean | void): void {
	const folded = foldText(text);
	const pattern = ASCII.test(folded) ? ASCII_WORD : WORD;
	// exec on a shared pattern, reset first: matchAll would copy the pattern and build an array
	// per word, and this runs over every excerpt of a corpus.
	pattern.lastIndex = 0;
	for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
		const raw = match[0];
		if (raw.length < MIN_LENGTH || STOP_WORDS.has(raw)) continue;
		const stem = wordStem(raw);
		if (stem.length >= MIN_LENGTH && each(stem) === false) break;
	}
	pattern.lastIndex = 0;
}

/** The stems of names and places, which corpora repeat (a pure function, bounded). */
const knownStems = new Map<string, readonly string[]>();
const MAX_KNOWN = 20_000;

function stemsOfKnown(text: string): readonly string[] {
	let stems = knownStems.get(text);
	if (stems === undefined) {
		if (knownStems.size >= MAX_KNOWN) knownStems.clear();
		const found: string[] = [];
		stemsOf(text, (stem) => void found.push(stem));
		knownStems.set(text, (stems = found));
	}
	return stems;
}

/**
 * The hashed content-word stems of the texts, sorted and unique, without the words of `known`
 * (the participants' names and the place, which merging compares on their own: counting them
 * again would make two meetings of the same people look like one).
 */
export function excerptWords(texts: readonly string[], known: readonly string[] = []): Uint32Array {
	const skip = new Set<string>();
	for (const text of known) if (text) for (const stem of stemsOfKnown(text)) skip.add(stem);
	const hashes = new Set<number>();
	for (const text of texts) {
		stemsOf(text, (stem) => {
			if (!skip.has(stem)) hashes.add(hashWord(stem));
			return hashes.size < MAX_WORDS;
		});
		if (hashes.size === MAX_WORDS) break;
	}
	return hashes.size === 0 ? NONE : Uint32Array.from(hashes).sort();
}

/**
 * How much of the shorter word set the other shares, in [0, 1): shared / (smaller size + 1).
 * One report's excerpt is often a long sentence and the other's a short one, so the shorter
 * set is the measure (the overlap coefficient); the + 1 keeps a one-word excerpt that shares
 * its word from counting as a full match. 0 when either is empty.
 */
export function wordOverlap(a: Uint32Array, b: Uint32Array): number {
	if (a.length === 0 || b.length === 0) return 0;
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i] === b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	return shared / (Math.min(a.length, b.length) + 1);
}
