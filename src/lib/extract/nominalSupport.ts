import { isReducedRelative, type WordToken } from '../nlp/analyse';
import { POSSESSIVES } from './lexicon/cueWords';
import {
	INTRANSITIVE_PREDICATES,
	PASSIVE_PREDICATES,
	SUPPORT_VERBS
} from './lexicon/nominalFrames';

/**
 * What makes an event noun an event in its sentence, read from its tokens: a support verb whose
 * object it is ("held talks", "sealed a fisheries deal", "took part in the summit"), or a
 * predicate it is the subject of ("the summit took place", "the election was held", "talks are
 * slated to open", "the vote set for May"). A noun with neither names an event only with a
 * date of its own (eventhood.ts).
 */

export interface NominalSupport {
	/** A support verb, a predicate, or another verb whose object the noun only is. */
	kind: 'verb' | 'predicate' | 'object';
	/** The index of the verb that makes the noun an event. */
	verb: number;
}

/** Word classes of a noun phrase before its head: "a two-day fisheries", "the leaders' third". */
const IN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** How many words a noun phrase may hold before its head. */
const PHRASE_REACH = 6;
/** How far a predicate may stand after its subject noun ("talks between X and Y in Z on Monday …"). */
const SUBJECT_REACH = 14;
/** Words that open an object: a verb followed by one is transitive there. */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never']);
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can']);
/** Words that put a plan before an infinitive: "are slated to open", "is due to begin". */
const PLANNING = new Set([
	'expected',
	'due',
	'set',
	'scheduled',
	'slated',
	'likely',
	'poised',
	'planned',
	'going'
]);

/** Whether a phrase (a lemma, then words as written) stands at tokens[at]. */
function phraseAt(tokens: readonly WordToken[], at: number, words: readonly string[]): boolean {
	const first = tokens[at];
	if (!first || (first.lemma !== words[0] && first.lower !== words[0])) return false;
	// The model takes a verb for a noun now and then ("voters cast ballots"): a phrase's other
	// words are evidence enough.
	if (first.pos !== 'VERB' && words.length === 1) return false;
	return words.every((word, k) => k === 0 || tokens[at + k]?.lower === word);
}

/** The index of the first word of the noun phrase the noun at `i` heads. */
function phraseStart(tokens: readonly WordToken[], i: number): number {
	let start = i;
	const inPhrase = (j: number) =>
		IN_PHRASE.has(tokens[j].pos) ||
		POSSESSIVES.has(tokens[j].lower) ||
		tokens[j].text === '-' ||
		// "a power-sharing deal": whatever the model makes of a compound's second half.
		tokens[j - 1]?.text === '-' ||
		// "two earlier votes": an adverb after a number or determiner qualifies the noun.
		(tokens[j].pos === 'ADV' && ['NUM', 'DET'].includes(tokens[j - 1]?.pos ?? ''));
	while (start > 0 && i - start < PHRASE_REACH && inPhrase(start - 1)) start--;
	return start;
}

/** The support verb before the phrase `start` opens, as the index of its first word. */
function supportVerb(
	tokens: readonly WordToken[],
	start: number,
	phrases: readonly string[][]
): number {
	for (const words of phrases) {
		const at = start - words.length;
		if (at >= 0 && phraseAt(tokens, at, words)) return at;
	}
	return -1;
}

/** After "be", a verb not in "-ing" is a participle: "was held", "is set for May". */
function participle(token: WordToken): boolean {
	return token.pos === 'VERB' && !token.lower.endsWith('ing');
}

/**
 * The end of the subject phrase the noun at `i` heads: its prepositional phrases ("between the
 * two sides in Geneva") and an apposition in commas ("the accord, brokered by Norway,"). Returns
 * the index of the first word after it and whether a participle opens right there; -1 when a
 * clause of another subject begins first.
 */
function afterSubject(tokens: readonly WordToken[], i: number): [number, boolean] {
	let commas = 0;
	for (let j = i + 1; j < tokens.length && j - i <= SUBJECT_REACH; j++) {
		const token = tokens[j];
		if (token.pos === 'VERB' || token.pos === 'AUX') {
			// A participle right after the noun or its first comma reduces a relative clause.
			// "the summit, originally called for May,": an adverb may open it.
			const afterComma = tokens[j - 1].pos === 'ADV' ? tokens[j - 2] : tokens[j - 1];
			const reduced =
				(j === i + 1 || (commas === 1 && afterComma?.text === ',')) && isReducedRelative(tokens, j);
			// After one comma only a participle may follow: "At the summit, Peru opened …" is Peru's act.
			if (commas === 1 && !reduced) return [-1, false];
			return [j, reduced];
		}
		if (token.text === ',') {
			commas++;
			if (commas > 2) return [-1, false];
			continue;
		}
		if (token.pos === 'PUNCT' && token.text !== '-') return [-1, false];
		if (token.pos === 'SCONJ' || token.pos === 'PRON') return [-1, false];
	}
	return [-1, false];
}

/** The predicate the noun at `i` is the subject of, as the index of its verb; -1 when none. */
function predicate(tokens: readonly WordToken[], i: number): number {
	const [first, reduced] = afterSubject(tokens, i);
	if (first < 0) return -1;
	if (reduced) return PASSIVE_PREDICATES.some((w) => phraseAt(tokens, first, w)) ? first : -1;
	let passive = false;
	let j = first;
	// The verb group: auxiliaries, adverbs and planning words before the main verb.
	for (; j < tokens.length; j++) {
		const token = tokens[j];
		if (NEGATORS.has(token.lower) || MODALS.has(token.lower)) return -1;
		if (PLANNING.has(token.lower) && tokens[j + 1]?.lower === 'to') {
			[j, passive] = [j + 1, false];
			continue;
		}
		if (token.pos === 'AUX' || token.pos === 'ADV' || token.lower === 'to') {
			if (token.lemma === 'be' || token.lemma === 'get') passive = true;
			else if (token.lower === 'to') passive = false;
			continue;
		}
		break;
	}
	// "The talks ended on Friday", not "the accord ended a decade of feuding": no object.
	const intransitive = INTRANSITIVE_PREDICATES.find((w) => phraseAt(tokens, j, w));
	if (intransitive && !OBJECT_START.has(tokens[j + intransitive.length]?.pos ?? '')) return j;
	const passiveHere = passive && participle(tokens[j] ?? tokens[first]);
	return passiveHere && PASSIVE_PREDICATES.some((w) => phraseAt(tokens, j, w)) ? j : -1;
}

/**
 * What makes the noun at `i` an event, with the support verbs of list `list`; an `object` of
 * another verb ("approved the treaty on Monday") is not one, and the date after it is the verb's.
 */
export function nominalSupport(
	tokens: readonly WordToken[],
	i: number,
	list: string
): NominalSupport | null {
	const verbs = SUPPORT_VERBS.get(list);
	const start = phraseStart(tokens, i);
	const verb = verbs ? supportVerb(tokens, start, verbs) : -1;
	if (verb >= 0) return { kind: 'verb', verb };
	const at = predicate(tokens, i);
	if (at >= 0) return { kind: 'predicate', verb: at };
	return tokens[start - 1]?.pos === 'VERB' ? { kind: 'object', verb: start - 1 } : null;
}

/** Whether a support makes its noun an event. */
export function makesEvent(support: NominalSupport['kind'] | null | undefined): boolean {
	return support === 'verb' || support === 'predicate';
}
