import { ROLE_HEADS } from '../actors/roles';
import {
	isPassive,
	isReducedRelative,
	openingParticipleComma,
	PARTICLES,
	singular,
	type PartOfSpeech,
	type WordToken
} from '../nlp/analyse';
import {
	ANY_PROPER,
	EVENT_LEXICON,
	type EventLexicon,
	type LexiconEntry
} from './lexicon/eventLexicon';
import { PLAN_WORDS, POSSESSIVES } from './lexicon/cueWords';
import { nominalSupport, type NominalSupport } from './nominalSupport';

/**
 * Event words found by lemma and part of speech, each checked against its lexicon frame: the
 * particle of a phrasal verb ("touched down"), the words that must follow ("voted in favour"),
 * the class of object it needs ("launched … missiles", "signed … an accord"; in the passive the
 * subject: "missiles were launched"), and a named destination for movement verbs.
 */

export interface LexiconTrigger {
	entry: LexiconEntry;
	/** Offsets in the analysed text. */
	start: number;
	end: number;
	passive: boolean;
	/** A participle after its head noun ("the accord, signed in May"): the head is its object. */
	reducedRelative: boolean;
	/** A "not", "never" or "n't" in the trigger's own verb group ("did not meet"). */
	negated: boolean;
	/** A modal of possibility or report in its verb group ("would reopen", "could meet"). */
	modal: boolean;
	/** A finite verb in the simple present ("rejects", "deny"): a habit or a stance, not an act. */
	simplePresent: boolean;
	/** What makes a noun an event: its support verb ("held talks") or its predicate ("the vote was held"). */
	support: NominalSupport['kind'] | null;
	/** Where the noun's support verb starts ("sealed a deal"), else the trigger's start. */
	supportStart: number;
	/** Where the verb of the noun's predicate starts ("the summit was attended by …"), if any. */
	predicateStart: number | null;
}

/** How far an object may stand from its verb ("launched a dozen short-range missiles"). */
const OBJECT_REACH = 8;
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** Modals that make the act a possibility or a reported plan; "will" and "shall" plan it. */
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', "'d"]);
/** Punctuation that closes the verb's phrase. */
const PHRASE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);

/**
 * A third-person verb the model tags as a plural noun ("The Authority condemns the detention"):
 * after a noun and before a determiner, "-s" is the verb's.
 */
function verbAsNoun(tokens: readonly WordToken[], i: number): string | null {
	const { lower, pos } = tokens[i];
	if (pos !== 'NOUN' || !lower.endsWith('s')) return null;
	const before = tokens[i - 1]?.pos;
	const after = tokens[i + 1]?.pos;
	// After a name, a plain object will do: "Ruiz briefs reporters".
	const objectFollows = after === 'DET' || (before === 'PROPN' && after === 'NOUN');
	if ((before !== 'PROPN' && before !== 'NOUN') || !objectFollows) return null;
	return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/e?s$/, '');
}

/**
 * The index of the last word of a hyphenated compound opening at `i` ("swearing-in", "run-off"),
 * which the model splits in three; `i` itself when there is none.
 */
function compoundEnd(tokens: readonly WordToken[], i: number): number {
	const [hyphen, second] = [tokens[i + 1], tokens[i + 2]];
	const joined =
		hyphen?.text === '-' &&
		second &&
		tokens[i].end === hyphen.start &&
		hyphen.end === second.start &&
		/^\p{L}/u.test(second.text);
	return joined ? i + 2 : i;
}

function entriesFor(
	lexicon: EventLexicon,
	tokens: readonly WordToken[],
	i: number
): LexiconEntry[] {
	const token = tokens[i];
	const last = compoundEnd(tokens, i);
	const compound =
		last > i ? lexicon.byKey.get(`${token.lower}-${tokens[last].lower}|NOUN`) : undefined;
	if (compound) return compound;
	// "the reopening of the embassy": the model tags a gerund before "of" as a verb, but an
	// entry for the -ing noun itself reads it as the noun it is there.
	const gerund =
		token.pos === 'VERB' && token.lower.endsWith('ing') && tokens[i + 1]?.lower === 'of'
			? lexicon.byKey.get(`${token.lower}|NOUN`)
			: undefined;
	if (gerund) return gerund;
	if (token.pos === 'VERB') return lexicon.byKey.get(`${token.lemma}|VERB`) ?? [];
	const verb = verbAsNoun(tokens, i);
	const asVerb = verb
		? (lexicon.byKey.get(`${verb}|VERB`) ?? lexicon.byKey.get(`${token.lower.slice(0, -1)}|VERB`))
		: undefined;
	if (asVerb) return asVerb;
	if (token.pos !== 'NOUN') return [];
	return (
		lexicon.byKey.get(`${token.lemma}|NOUN`) ??
		lexicon.byKey.get(`${singular(token.lower)}|NOUN`) ??
		[]
	);
}

/** The index after a match of one of `sequences` at `at`, skipping up to two adverbs first. */
function matchWords(tokens: readonly WordToken[], at: number, sequences: string[][]): number {
	for (let j = at, skipped = 0; j < tokens.length && skipped <= 2; j++, skipped++) {
		for (const words of sequences) {
			if (words.every((w, k) => tokens[j + k]?.lower === w)) return j + words.length;
		}
		if (tokens[j].pos !== 'ADV') return -1;
	}
	return -1;
}

function inClass(token: WordToken, words: Set<string>, next?: WordToken): boolean {
	// "the Kiribati government": a name before a noun modifies it and is not the object.
	if (token.pos === 'PROPN' && words.has(ANY_PROPER) && next?.pos !== 'NOUN') return true;
	return words.has(token.lemma) || words.has(token.lower) || words.has(singular(token.lower));
}

/** How far back a verb's subject may stand, past auxiliaries and adverbs ("parliament has now approved"). */
const SUBJECT_REACH = 5;

/** Whether the noun before the verb group is of one of `classes`: "parliament approved it". */
function subjectIn(tokens: readonly WordToken[], i: number, classes: Set<string>[]): boolean {
	for (let j = i - 1, n = 0; j >= 0 && n < SUBJECT_REACH; j--, n++) {
		const token = tokens[j];
		if (token.pos === 'NOUN' || token.pos === 'PROPN')
			return classes.some((words) => inClass(token, words));
		// "is due to vote", "is expected to take up": a plan word stands in the verb group.
		if (PLAN_WORDS.test(token.lower)) continue;
		if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART') return false;
	}
	return false;
}

/** Where the verb's object of one of `classes` is, or -1. */
function objectAt(
	tokens: readonly WordToken[],
	from: number,
	step: 1 | -1,
	classes: Set<string>[]
): number {
	for (let j = from, n = 0; j >= 0 && j < tokens.length && n < OBJECT_REACH; j += step, n++) {
		const token = tokens[j];
		// Backwards, a reduced relative's comma stands between the participle and its head.
		if (token.pos === 'PUNCT' && PHRASE_END.has(token.text) && !(step < 0 && n === 0)) return -1;
		// An infinitive carries the object on ("agreed to restore ties"); another verb ends the phrase.
		const infinitive = tokens[j - 1]?.lower === 'to';
		// "the bloc's rotating presidency", "their shared border": a participle before a noun describes it.
		// "a power-sharing deal": the second half of a hyphenated compound is in the phrase too.
		const opener = tokens[j - 1];
		const inPhrase =
			['DET', 'PART', 'ADJ'].includes(opener?.pos ?? '') ||
			POSSESSIVES.has(opener?.lower ?? '') ||
			opener?.text === '-';
		const modifier = token.pos === 'VERB' && step > 0 && inPhrase && tokens[j + 1]?.pos === 'NOUN';
		if (token.pos === 'SCONJ' || (token.pos === 'VERB' && n > 0 && !infinitive && !modifier))
			return -1;
		const noun = token.pos === 'NOUN' || token.pos === 'PROPN';
		if (noun && classes.some((words) => inClass(token, words, tokens[j + 1]))) return j;
		// "called him": a class may hold pronouns.
		if (token.pos === 'PRON' && classes.some((words) => words.has(token.lower))) return j;
	}
	return -1;
}

/** The sentence's first noun, before `i`, when it is of one of `classes`; else -1. */
function firstNounIn(tokens: readonly WordToken[], i: number, classes: Set<string>[]): number {
	const isNoun = (t: WordToken | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
	const first = tokens.findIndex(isNoun);
	if (first < 0 || first >= i) return -1;
	// "The water-sharing accord": the phrase's head is its last noun.
	let head = first;
	for (let j = first + 1; j < i; j++) {
		const token = tokens[j];
		if (isNoun(token)) head = j;
		else if (token.text !== '-' && !(token.pos === 'VERB' && tokens[j - 1].text === '-')) break;
	}
	const heads = head === first ? [first] : [first, head];
	return (
		heads.find((at) => classes.some((words) => inClass(tokens[at], words, tokens[at + 1]))) ?? -1
	);
}

/** How far a to-infinitive may stand after its verb ("agreed with Laos on Monday to open …"). */
const INFINITIVE_REACH = 8;

/** The index of the verb of the to-infinitive after `from` ("agreed on Monday to reopen"), or -1. */
function infinitiveAt(tokens: readonly WordToken[], from: number): number {
	for (let j = from; j < tokens.length && j - from < INFINITIVE_REACH; j++) {
		const token = tokens[j];
		if (token.lower === 'to') {
			let verb = j + 1;
			while (tokens[verb]?.pos === 'ADV') verb++;
			// The model now and then takes a bare verb for a noun ("to swap prisoners").
			return ['VERB', 'NOUN', 'AUX'].includes(tokens[verb]?.pos ?? '') ? verb : -1;
		}
		if (PHRASE_END.has(token.text) || ['VERB', 'AUX', 'SCONJ'].includes(token.pos)) return -1;
	}
	return -1;
}

/** Word classes of a subject phrase: "the two neighbours", "Peru's and Chile's leaders". */
const SUBJECT_PHRASE = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'PART', 'CCONJ']);
/** Words before a head noun that make its phrase several parties: "both sides", "the two". */
const SEVERAL = new Set(['both', 'two', 'three', 'four', 'all']);

/**
 * Whether several parties do the act: a party "with" them after the verb ("agreed with Laos"),
 * or a subject of several ("X and Y", "the two neighbours", "member states").
 */
function jointSubject(tokens: readonly WordToken[], i: number, end: number): boolean {
	let after = end;
	while (tokens[after]?.pos === 'ADV') after++;
	if (tokens[after]?.lower === 'with') return true;
	let j = i - 1;
	while (j >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[j].pos)) j--;
	const head = tokens[j];
	// "they agreed", "we settled": a plural pronoun stands for the parties.
	if (head?.lower === 'they' || head?.lower === 'we') return tokens[j - 1]?.lower !== 'since';
	if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && head.pos !== 'NUM')) return false;
	let several = head.pos === 'NOUN' && head.lower !== head.lemma && head.lower.endsWith('s');
	for (; j >= 0; j--) {
		const token = tokens[j];
		if (token.lower === 'and' || SEVERAL.has(token.lower)) several = true;
		else if (!SUBJECT_PHRASE.has(token.pos) && token.text !== ',') break;
	}
	// "the calmest week since both sides agreed to …": background to the news, not news.
	return several && tokens[j]?.lower !== 'since';
}

/** "made no statements", "signed no deal": the object itself is denied. */
function deniedObject(tokens: readonly WordToken[], at: number): boolean {
	for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
		if (tokens[j].lower === 'no') return true;
		if (tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'NOUN') return false;
	}
	return false;
}

/** Whether the trigger's own verb group (auxiliaries, particles, adverbs before it) holds one of `words`. */
/** "has yet to ratify", "are yet to meet": the act has not happened. */
function yetTo(tokens: readonly WordToken[], i: number): boolean {
	return tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'yet';
}

function groupHas(tokens: readonly WordToken[], i: number, words: Set<string>): boolean {
	for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
		const token = tokens[j];
		if (words.has(token.lower)) return true;
		if (token.pos !== 'AUX' && token.pos !== 'PART' && token.pos !== 'ADV') return false;
	}
	return false;
}

/**
 * A participle used as an adjective: "the visiting delegation", "visiting Foreign Minister X" (a
 * title follows), not "visiting two capitals"; "the newly elected speaker", "Fiji's deployed
 * troops" (a determiner or possessive opens the phrase).
 */
function describesNoun(tokens: readonly WordToken[], i: number): boolean {
	if (!tokens[i].lower.endsWith('ing')) {
		let j = i - 1;
		while (tokens[j]?.pos === 'ADV') j--;
		return isPhraseOpener(tokens[j]) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '');
	}
	const next = tokens[i + 1];
	if (!next) return false;
	if (next.pos === 'NOUN' && !/s$/.test(next.lower) && tokens[i + 2]?.pos !== 'NOUN') return true;
	for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
		const token = tokens[j];
		if (ROLE_HEADS.has(token.lower)) return true;
		if (token.pos !== 'PROPN' && token.pos !== 'ADJ') return false;
	}
	return false;
}

function simplePresent(tokens: readonly WordToken[], i: number): boolean {
	const { lower, lemma, pos } = tokens[i];
	const third = lemma.endsWith('y') ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
	if (pos !== 'VERB' || (lower !== lemma && lower !== third && lower !== `${lemma}es`))
		return false;
	const before = tokens[i - 1];
	// "to reject", "will reject", "did reject": not a finite present.
	return !before || (before.pos !== 'AUX' && before.pos !== 'PART' && before.lower !== 'to');
}

/** What may lead up to the head of a verb's direct object: "the", "Fiji's", "new", a first name. */
const OBJECT_LEAD = new Set<PartOfSpeech>(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);
/** What after the object makes it a complement's subject: "called the move illegal", "X a bully". */
const COMPLEMENT = new Set<PartOfSpeech>(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);

/**
 * Whether the object at `at` heads the phrase right after the verb (ending at `from`) and
 * nothing makes it the subject of a complement, the owner of another noun ("called X's bluff")
 * or a particle's ("called X home"). In the passive the object is the subject, and what
 * follows the verb is checked ("was called a traitor", "were called back").
 */
function directObject(tokens: readonly WordToken[], from: number, at: number): boolean {
	for (let j = from; j < at; j++) if (!OBJECT_LEAD.has(tokens[j].pos)) return false;
	let after = at + 1;
	while (after > from && tokens[after]?.pos === 'PROPN') after++;
	const next = tokens[after];
	if (!next) return true;
	return (
		!COMPLEMENT.has(next.pos) &&
		!/^['’]s?$/.test(next.lower) &&
		!PARTICLES.has(next.lower) &&
		next.lower !== 'home'
	);
}

/**
 * Whether the noun at `at` ends a noun phrase that a determiner, a possessive or the sentence
 * opens ("the water accord", "Fiji's pact"), not the object of a verb before it ("took office").
 */
function opensNounPhrase(tokens: readonly WordToken[], at: number): boolean {
	const j = phraseStart(tokens, at);
	return j === 0 || isPhraseOpener(tokens[j - 1]);
}

/** Where the words before the noun at `at` that may modify it ("the new water accord") begin. */
function phraseStart(tokens: readonly WordToken[], at: number): number {
	let j = at;
	while (j > 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[j - 1].pos)) j--;
	return j;
}

/** Determiners that make a noun something already told ("the truce", "this deal"). */
const GIVEN_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/** Whether the noun at `at` is something told before: a definite determiner or a possessive opens its phrase. */
function givenObject(tokens: readonly WordToken[], at: number): boolean {
	const opener = tokens[phraseStart(tokens, at) - 1];
	return (
		!!opener &&
		(GIVEN_DETERMINERS.has(opener.lower) ||
			POSSESSIVES.has(opener.lower) ||
			/^['’]s$/.test(opener.lower))
	);
}

/** A determiner, a possessive or a possessive 's: a word that opens a noun phrase after it. */
function isPhraseOpener(token: WordToken | undefined): boolean {
	return (
		!!token && (token.pos === 'DET' || /^['’]s$/.test(token.lower) || POSSESSIVES.has(token.lower))
	);
}

/** What may follow a participle that modifies the noun before it: never an object of its own. */
const PARTICIPLE_AFTER = new Set<PartOfSpeech>(['ADP', 'ADV', 'PUNCT']);

/**
 * "The accord signed in May ends …": a past form right after a noun phrase, with no object of
 * its own, modifies that noun, even where the model misses the main verb after it ("caps").
 */
function modifiesNounBefore(tokens: readonly WordToken[], i: number): boolean {
	const token = tokens[i];
	const next = tokens[i + 1];
	return (
		token.pos === 'VERB' &&
		/(?:ed|en|wn)$/.test(token.lower) &&
		tokens[i - 1]?.pos === 'NOUN' &&
		opensNounPhrase(tokens, i - 1) &&
		(!next || PARTICIPLE_AFTER.has(next.pos))
	);
}

/** Word classes of a short object between a verb and its particle ("called the talks off"). */
const SHORT_OBJECT = new Set<PartOfSpeech>(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/** Whether one of `particles` follows a pronoun or a noun phrase of at most four words at `from`. */
function particleAfterObject(
	tokens: readonly WordToken[],
	from: number,
	particles: readonly string[]
): boolean {
	const isParticle = (token: WordToken | undefined) => particles.includes(token?.lower ?? '');
	const inPhrase = (token: WordToken | undefined) =>
		!!token && !isParticle(token) && (SHORT_OBJECT.has(token.pos) || POSSESSIVES.has(token.lower));
	let j = from;
	if (tokens[j]?.pos === 'PRON' && !POSSESSIVES.has(tokens[j].lower)) j++;
	else {
		while (j < from + 4 && inPhrase(tokens[j])) j++;
		const head = tokens[j - 1]?.pos;
		if (j === from || (head !== 'NOUN' && head !== 'PROPN')) return false;
	}
	return isParticle(tokens[j]);
}

/** A named place right after a movement verb's preposition: "flew to Nairobi", "arrived in the Hague". */
function namesPlace(tokens: readonly WordToken[], at: number): boolean {
	const next = tokens[at]?.pos === 'DET' ? tokens[at + 1] : tokens[at];
	return next?.pos === 'PROPN' || /^\p{Lu}/u.test(next?.text ?? '');
}

/** The word classes an entry names (objectClasses.json). */
function classesNamed(lexicon: EventLexicon, names: readonly string[]): Set<string>[] {
	return names.map((name) => lexicon.objectClasses.get(name)!);
}

/** Where a verb's object is looked for: before it (a passive), after an opening participle, or after it. */
interface ObjectPlacement {
	objectBefore: boolean;
	openingComma: number;
	/** Read like a reduced relative: the noun before may be the object. */
	modifier: boolean;
}

/** Where the object of one of `classes` is for the word at `i` whose frame ends at `end`, else -1. */
function objectIn(
	tokens: readonly WordToken[],
	i: number,
	end: number,
	classes: Set<string>[],
	{ objectBefore, openingComma, modifier }: ObjectPlacement
): number {
	// "Signed in May, the accord …": the object is the main clause's subject.
	if (openingComma >= 0) return objectAt(tokens, openingComma + 1, 1, classes);
	if (!objectBefore) {
		const after = objectAt(tokens, end, 1, classes);
		if (after >= 0 || !modifier) return after;
		return classes.some((words) => inClass(tokens[i - 1], words, tokens[i])) ? i - 1 : -1;
	}
	const near = objectAt(tokens, i - 1, -1, classes);
	// "A roadmap to membership, drawn up by the secretariat, was adopted": past an
	// apposition, the passive's subject is the sentence's first noun.
	return near >= 0 ? near : firstNounIn(tokens, i, classes);
}

function frameHolds(
	tokens: readonly WordToken[],
	i: number,
	entry: LexiconEntry,
	lexicon: EventLexicon,
	objectBefore: boolean,
	openingComma: number,
	modifier: boolean
): number {
	const placement: ObjectPlacement = { objectBefore, openingComma, modifier };
	let end = i + 1;
	// A gerund after a preposition or determiner names an activity ("work on reopening ties").
	const before = tokens[i - 1];
	// "by dissolving the cabinet" is the means, an act of its own.
	if (entry.pos === 'VERB' && tokens[i].lower.endsWith('ing') && before && before.lower !== 'by') {
		if (before.pos === 'ADP' || before.pos === 'DET') return -1;
	}
	if (entry.pos === 'VERB' && describesNoun(tokens, i)) return -1;
	if (entry.particle) {
		if (entry.particle.includes(tokens[end]?.lower ?? '')) end++;
		// "voted him out", "called the talks off": the object sits between verb and particle.
		else if (entry.prep || !particleAfterObject(tokens, end, entry.particle)) return -1;
	}
	let after = end;
	if (entry.prep) {
		after = matchWords(tokens, end, entry.prep);
		if (after < 0) return -1;
	}
	if (entry.needsDestination && !namesPlace(tokens, after)) return -1;
	if (entry.after && !entry.after.includes(tokens[i - 1]?.lower ?? '')) return -1;
	// "the election commission", "a truce line": the noun modifies the noun after it.
	if (entry.needsSupport && tokens[i + 1]?.pos === 'NOUN') return -1;
	// "the opening of the embassy": a noun's object is part of the event's name.
	let nounEnd = end;
	if (entry.object) {
		const at = objectIn(tokens, i, end, classesNamed(lexicon, entry.object), placement);
		if (at < 0 || deniedObject(tokens, at)) return -1;
		if (entry.directObject && !directObject(tokens, end, objectBefore ? end - 1 : at)) return -1;
		if (entry.newObject && givenObject(tokens, at)) return -1;
		if (entry.pos === 'NOUN' && at >= end) nounEnd = at + 1;
	}
	if (
		entry.notObject &&
		objectIn(tokens, i, end, classesNamed(lexicon, entry.notObject), placement) >= 0
	)
		return -1;
	if (entry.infinitive) {
		const verb = infinitiveAt(tokens, end);
		const classes = classesNamed(lexicon, entry.infinitive);
		if (verb < 0 || !classes.some((words) => inClass(tokens[verb], words))) return -1;
	}
	// In the passive the parties go unsaid ("the dispute was settled").
	if (entry.jointSubject && !objectBefore && !jointSubject(tokens, i, end)) return -1;
	if (entry.subject && !subjectIn(tokens, i, classesNamed(lexicon, entry.subject))) return -1;
	if (entry.notSubject && subjectIn(tokens, i, classesNamed(lexicon, entry.notSubject))) return -1;
	return nounEnd;
}

/** "…, naming three states": an -ing form with no auxiliary is no finite verb. */
function participleClause(tokens: readonly WordToken[], i: number): boolean {
	return tokens[i].lower.endsWith('ing') && tokens[i - 1]?.pos !== 'AUX';
}

export function findLexiconTriggers(
	tokens: readonly WordToken[],
	lexicon: EventLexicon = EVENT_LEXICON
): LexiconTrigger[] {
	const found: LexiconTrigger[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const candidates = entriesFor(lexicon, tokens, i);
		if (!candidates.length) continue;
		const openingComma = openingParticipleComma(tokens, i);
		const passive = openingComma >= 0 || isPassive(tokens, i);
		const reducedRelative = !passive && isReducedRelative(tokens, i);
		// Read like a reduced relative for its object, but its frame may be the main verb's.
		const modifier = !passive && !reducedRelative && modifiesNounBefore(tokens, i);
		for (const entry of candidates) {
			// "the leaders gathered in Lima agreed …": a verb with no frame, reduced to a modifier, is background.
			if (reducedRelative && !entry.object && !entry.prep && !entry.particle) continue;
			if (entry.finite && (reducedRelative || participleClause(tokens, i))) continue;
			const end = frameHolds(
				tokens,
				i,
				entry,
				lexicon,
				passive || reducedRelative,
				openingComma,
				modifier
			);
			if (end < 0) continue;
			const supportFound = entry.support ? nominalSupport(tokens, i, entry.support) : null;
			// "X, which holds elections in May": a support verb in the simple present is a habit,
			// and a noun that needs one to happen is then only its object.
			const habit =
				entry.needsSupport &&
				supportFound?.kind === 'verb' &&
				simplePresent(tokens, supportFound.verb);
			const support = habit ? { ...supportFound, kind: 'object' as const } : supportFound;
			// A support verb's group carries the noun's negation and modality ("did not hold talks").
			const group = support?.kind === 'verb' ? support.verb : i;
			found.push({
				entry,
				start: tokens[i].start,
				end: tokens[Math.max(end - 1, entry.pos === 'NOUN' ? compoundEnd(tokens, i) : i)].end,
				passive,
				reducedRelative: reducedRelative || modifier,
				negated: groupHas(tokens, group, NEGATORS) || yetTo(tokens, group),
				modal: groupHas(tokens, group, MODALS),
				simplePresent: simplePresent(tokens, i),
				support: support?.kind ?? null,
				supportStart: support?.kind === 'verb' ? tokens[support.verb].start : tokens[i].start,
				predicateStart: support?.kind === 'predicate' ? tokens[support.verb].start : null
			});
			break;
		}
	}
	return found;
}
