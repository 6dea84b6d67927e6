import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * English as tokens with part of speech and lemma, at exact offsets in the text, from
 * wink-nlp's small English model (no download at run time), with local corrections of the few
 * tags that model gets wrong in news prose.
 */

export type PartOfSpeech =
	| 'ADJ'
	| 'ADP'
	| 'ADV'
	| 'AUX'
	| 'CCONJ'
	| 'DET'
	| 'INTJ'
	| 'NOUN'
	| 'NUM'
	| 'PART'
	| 'PRON'
	| 'PROPN'
	| 'PUNCT'
	| 'SCONJ'
	| 'SYM'
	| 'VERB'
	| 'X'
	| 'SPACE';

export interface WordToken {
	text: string;
	/** Lower-case form. */
	lower: string;
	lemma: string;
	pos: PartOfSpeech;
	/** Offsets in the analysed text, [start, end). */
	start: number;
	end: number;
}

/**
 * One pipeline for the process: loading the model takes ~100 ms and it holds no per-text state.
 * Negation is read from the trigger's own verb group (lexiconTriggers.ts), not from the model's
 * sentence-wide negation scope, which costs a third of the parse.
 */
let pipeline: WinkMethods | null = null;
function nlp(): WinkMethods {
	return (pipeline ??= winkNLP(model, ['pos']));
}

/** Plural common nouns the model tags as verbs after "to" or a light verb ("went on to talks"). */
const PLURAL_NOUN_AFTER = new Set(['to', 'of', 'for', 'the', 'in', 'hold', 'held', 'holds']);

/** English plural to singular for the nouns the model leaves unlemmatised. */
export function singular(word: string): string {
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

/**
 * The last few texts parsed and their tokens: the rules of one sentence (its triggers, what
 * became of an event, a reference) parse the same sentence, with a short text or two between.
 * The tokens are shared: callers only read them.
 */
const RECENT_PARSES = 4;
const recentParses = new Map<string, WordToken[]>();

/**
 * Forgets the parses kept: each article starts afresh, so that a corpus repeating sentences from
 * one article to the next (a synthetic one does) is not parsed less than real news would be.
 */
export function forgetParses(): void {
	recentParses.clear();
}

export function analyse(text: string): WordToken[] {
	let tokens = recentParses.get(text);
	if (tokens === undefined) {
		tokens = parse(text);
		if (recentParses.size >= RECENT_PARSES)
			recentParses.delete(recentParses.keys().next().value as string);
		recentParses.set(text, tokens);
	}
	return tokens;
}

function parse(text: string): WordToken[] {
	const doc = nlp().readDoc(text);
	const its = nlp().its;
	const tokens = doc.tokens();
	const texts = tokens.out() as string[];
	const tags = tokens.out(its.pos) as string[];
	// wink-nlp's types give its.lemma a signature out() does not accept; it works as any its.
	const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
	const out: WordToken[] = [];
	let cursor = 0;
	for (let i = 0; i < texts.length; i++) {
		const word = texts[i];
		const found = text.indexOf(word, cursor);
		// The model may normalise a token (quotes, ellipses): keep its place in the text.
		const start = found < 0 ? cursor : found;
		const end = found < 0 ? Math.min(text.length, cursor + word.length) : found + word.length;
		cursor = end;
		const lower = word.toLowerCase();
		out.push({
			text: text.slice(start, end),
			lower,
			lemma: lemmas[i].toLowerCase(),
			pos: tags[i] as PartOfSpeech,
			start,
			end
		});
	}
	correct(out);
	return out;
}

/** The local corrections, each a known mistake of the model on news prose. */
function correct(tokens: WordToken[]): void {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const previous = tokens[i - 1];
		if (
			token.pos === 'VERB' &&
			token.lower.endsWith('s') &&
			previous &&
			PLURAL_NOUN_AFTER.has(previous.lower)
		) {
			token.pos = 'NOUN';
			token.lemma = singular(token.lower);
		} else if (i === 0 && token.pos === 'PROPN' && token.lower.endsWith('s')) {
			// The model takes a capitalised plural opening a sentence for a name ("Talks resumed",
			// "Missiles were launched"): a common noun when a verb follows.
			const next = tokens[1];
			if (next && (next.pos === 'VERB' || next.pos === 'AUX')) {
				token.pos = 'NOUN';
				token.lemma = singular(token.lower);
			}
		}
	}
}

/** Endings of past participles: "signed", "taken", "flown", "done", "met". */
const PARTICIPLE_ENDING = /(?:ed|en|wn|ne|t)$/;

/** Whether tokens[i] is a past participle in a passive ("was signed", "were being held"). */
export function isPassive(tokens: readonly WordToken[], i: number): boolean {
	const token = tokens[i];
	if (token.pos !== 'VERB' || !PARTICIPLE_ENDING.test(token.lower)) return false;
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		const before = tokens[j];
		if (before.lemma === 'be' || before.lemma === 'get') return true;
		if (before.pos !== 'ADV' && before.pos !== 'AUX' && before.pos !== 'PART') return false;
	}
	return false;
}

/** Participles spelled as their verb ("the vote set for May", "the aid cut last year"). */
const SAME_FORM_PARTICIPLES = new Set(['set', 'put', 'cut', 'hit', 'cast', 'shut', 'split']);

/** Word classes a reduced relative's participle follows: its head noun, maybe a comma between. */
const HEAD_BEFORE = new Set<PartOfSpeech>(['NOUN', 'PROPN']);
/** What may follow such a participle: its modifiers, never an object of its own. */
const RELATIVE_AFTER = new Set<PartOfSpeech>(['ADP', 'ADV', 'PUNCT', 'SCONJ', 'CCONJ']);

/** Words that open another clause or phrase: a verb after them is not the participle's subject's. */
const CLAUSE_BREAK = new Set<PartOfSpeech>(['PUNCT', 'CCONJ', 'SCONJ', 'PRON', 'PART']);

/** Whether a finite verb follows in the same phrase, so that the one at `i` modified its subject. */
function mainVerbFollows(tokens: readonly WordToken[], i: number): boolean {
	for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
		const token = tokens[j];
		if (CLAUSE_BREAK.has(token.pos)) return false;
		if (token.pos === 'VERB' || token.pos === 'AUX') return !token.lower.endsWith('ing');
	}
	return false;
}

/**
 * A past participle reducing a relative clause: "the accord, signed in May", "a memorandum
 * initialled by officials". Its head noun, before it, is what the verb acts on (as a passive
 * subject is), and the verb group holds no auxiliary.
 */
export function isReducedRelative(tokens: readonly WordToken[], i: number): boolean {
	const token = tokens[i];
	const sameForm = SAME_FORM_PARTICIPLES.has(token.lower);
	if (token.pos !== 'VERB' || (token.lower === token.lemma && !sameForm)) return false;
	if (!sameForm && !PARTICIPLE_ENDING.test(token.lower)) return false;
	let j = i - 1;
	while (j >= 0 && tokens[j].pos === 'ADV') j--;
	const comma = tokens[j]?.text === ',';
	if (comma && closesInsertion(tokens, j)) return false;
	if (comma) j--;
	if (!HEAD_BEFORE.has(tokens[j]?.pos)) return false;
	const next = tokens[i + 1];
	if (next && !RELATIVE_AFTER.has(next.pos)) return false;
	// "-ed" is also the past tense ("the talks opened in May"): a comma, an agent or the clause's
	// own verb after it ("the leaders gathered in Lima agreed …") marks the participle;
	// "withdrawn", "sworn", "taken" are participles by form.
	return (
		comma ||
		next?.lower === 'by' ||
		/(?:en|wn|ne)$/.test(token.lower) ||
		governedHead(tokens, j) ||
		mainVerbFollows(tokens, i)
	);
}

/** How far an opening participle's phrase may run before the comma that ends it. */
const OPENING_REACH = 14;

/**
 * "Signed in Maun on 3 July, the protocol …": a past participle opening the sentence, whose
 * phrase a comma closes before the main clause. Its subject (the participle's patient) is the
 * main clause's; returns the index of that comma, or -1.
 */
export function openingParticipleComma(tokens: readonly WordToken[], i: number): number {
	const token = tokens[i];
	if (token.pos !== 'VERB' || token.lower === token.lemma) return -1;
	if (!PARTICIPLE_ENDING.test(token.lower)) return -1;
	for (let j = 0; j < i; j++) if (tokens[j].pos !== 'ADV') return -1;
	for (let j = i + 1; j < tokens.length && j <= i + OPENING_REACH; j++) {
		const next = tokens[j];
		if (next.text === ',') return j;
		if (next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX') return -1;
	}
	return -1;
}

/** Pronouns opening a relative clause set off by commas (", who had flown in,"). */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
/** Word classes of a noun phrase set beside a name ("the rebel commander", "a minister of state"). */
const APPOSITION = new Set<PartOfSpeech>(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'ADP']);
/** Word classes that cannot open a clause's subject: an opening phrase ("In May, the accord, …"). */
const NOT_SUBJECT = new Set<PartOfSpeech>(['ADP', 'SCONJ', 'ADV']);

/**
 * Whether the comma at `comma` closes a relative clause or an apposition set off after the
 * clause's subject ("the rebels, who hold the port, warned …", "Tari, the rebel commander,
 * warned …"): the verb after it is the subject's own, not a participle of the inserted noun.
 */
function closesInsertion(tokens: readonly WordToken[], comma: number): boolean {
	let open = comma - 1;
	while (open >= 0 && tokens[open].text !== ',') open--;
	if (open < 1 || open + 1 >= comma) return false;
	const inserted = tokens.slice(open + 1, comma);
	const relative = RELATIVE_PRONOUNS.has(inserted[0].lower);
	// An apposition has a common noun for head, or is a name set after one ("the rebel
	// commander, Joel Tari, warned"); names after a name are a list ("Fiji, Tonga, …").
	const apposition =
		inserted.every((t) => APPOSITION.has(t.pos)) &&
		(inserted[inserted.length - 1].pos === 'NOUN' ||
			(tokens[open - 1].pos === 'NOUN' && inserted.every((t) => t.pos === 'PROPN')));
	if (!relative && !apposition) return false;
	let start = open - 1;
	while (start > 0 && tokens[start - 1].text !== ',') start--;
	const subject = tokens.slice(start, open);
	return (
		HEAD_BEFORE.has(tokens[open - 1].pos) &&
		!NOT_SUBJECT.has(subject[0].pos) &&
		!subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
	);
}

/** A phrasal verb's particle ("called off the vote"): its object is the verb's, not a preposition's. */
export const PARTICLES: ReadonlySet<string> = new Set([
	'off',
	'up',
	'out',
	'down',
	'away',
	'back',
	'over'
]);
/** Words of a noun phrase before its head: "a new border", "the two states' joint". */
const NOUN_PHRASE = new Set<PartOfSpeech>(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/**
 * Whether the noun phrase ending at `head` is the object of a preposition after the clause's
 * verb ("ended in a treaty signed in May"): the clause has its verb, so an -ed form after the
 * phrase is a participle; "talks between the two sides opened" has none before it.
 */
function governedHead(tokens: readonly WordToken[], head: number): boolean {
	let j = head - 1;
	while (j >= 0 && NOUN_PHRASE.has(tokens[j].pos)) j--;
	if (tokens[j]?.pos !== 'ADP' || PARTICLES.has(tokens[j].lower)) return false;
	for (let k = j - 1; k >= 0; k--) {
		if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
		if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'SCONJ') return false;
	}
	return false;
}
