import { z } from 'zod';
import { MONTH, WEEKDAY } from '../../dates/words';
import { EVENT_TYPES, type EventType } from '../../types';
import { isSpace } from '../../text/isSpace';
import lexiconData from './eventLexicon.json';
import irregularData from './irregularForms.json';
import objectClassData from './objectClasses.json';
import { LEGISLATURE_CLASS_WORDS } from './legislatures';
import { SUPPORT_VERBS } from './nominalFrames';

/**
 * The event lexicon: event words keyed by lemma and part of speech, grouped by CAMEO/PLOVER
 * category (the data files beside this module), each with the argument frame it needs.
 */

export type TriggerForm = 'verb' | 'noun' | 'host' | 'speech';

export interface LexiconEntry {
	lemma: string;
	pos: 'VERB' | 'NOUN';
	type: EventType;
	cameo: string | null;
	form: TriggerForm;
	category: string;
	/** Words one of which must follow (possibly several words: "in favour"). */
	prep?: string[][];
	/** A phrasal verb's particle, right after the verb. */
	particle?: string[];
	/** The classes of noun the verb needs as object (or as subject in the passive). */
	object?: string[];
	/** The classes of noun one of which must be the verb's subject ("parliament approved it"). */
	subject?: string[];
	/** Classes of subject that give the verb another sense ("protesters gathered"). */
	notSubject?: string[];
	/** Classes of object that give the verb another sense ("meet a deadline"). */
	notObject?: string[];
	/** Classes of verb one of which its to-infinitive must be ("agreed on Monday to demarcate …"). */
	infinitive?: string[];
	/** Several parties as subject, or "with" a party after it: "X and Y agreed", "X agreed with Y". */
	jointSubject?: boolean;
	/** The object heads the phrase right after the verb, with no complement after it ("called X on Sunday", not "called X a bully"). */
	directObject?: boolean;
	/** The object is news, not a thing told before: "announced a truce", not "announced the truce". */
	newObject?: boolean;
	/** Only as a finite verb or a passive: "the president named X", not "officials named in it", "…, naming X". */
	finite?: boolean;
	needsDestination?: boolean;
	/** A stance verb: in the simple present a standing position ("X denies the claims"), not an act. */
	stance?: boolean;
	/** An event only with a date of its own in its clause ("said on Tuesday that …"). */
	needsDate?: boolean;
	/** Words one of which must come right before ("presidential" vote). */
	after?: string[];
	/** A noun's support verb list (nominalFrames.json): "held" talks, "sealed" a deal. */
	support?: string;
	/** A noun that is an event only with a support verb, a predicate or a date of its own. */
	needsSupport?: boolean;
}

const entrySchema = z.union([
	z.string(),
	z
		.object({
			lemma: z.string(),
			prep: z.array(z.string()).optional(),
			particle: z.array(z.string()).optional(),
			object: z.union([z.string(), z.array(z.string())]).optional(),
			subject: z.array(z.string()).optional(),
			notSubject: z.array(z.string()).optional(),
			notObject: z.array(z.string()).optional(),
			infinitive: z.array(z.string()).optional(),
			jointSubject: z.boolean().optional(),
			directObject: z.boolean().optional(),
			newObject: z.boolean().optional(),
			finite: z.boolean().optional(),
			needsDestination: z.boolean().optional(),
			after: z.array(z.string()).optional()
		})
		.strict()
]);

const lexiconSchema = z.object({
	categories: z.array(
		z
			.object({
				category: z.string(),
				type: z.enum(EVENT_TYPES),
				cameo: z.string().nullable(),
				form: z.enum(['verb', 'noun', 'host', 'speech']),
				pos: z.enum(['VERB', 'NOUN']),
				stance: z.boolean().optional(),
				needsDate: z.boolean().optional(),
				support: z.string().optional(),
				needsSupport: z.boolean().optional(),
				entries: z.array(entrySchema)
			})
			.strict()
	)
});

const objectClassSchema = z.record(z.string(), z.array(z.string()));

export interface EventLexicon {
	/** Entries by `lemma|POS`; a lemma may carry several frames ("strike" a deal, "strike" a base). */
	byKey: Map<string, LexiconEntry[]>;
	/** Object classes by name, as sets of lower-case lemmas and forms. */
	objectClasses: Map<string, Set<string>>;
	size: number;
	/** Word beginnings any form of an entry starts with, with the entries they may be, for a cheap test before parsing. */
	stems: Map<string, LexiconEntry[]>;
	/** The openings of every stem: a word opening as none does is a form of nothing. */
	stemOpenings: Openings;
	/**
	 * The object classes each class word or its plural ("talk", "talks") belongs to, with their
	 * openings, and the classes that take any proper noun: read against a sentence's words.
	 */
	classForms: { classesOf: Map<string, string[]>; openings: Openings; anyProper: Set<string> };
	/** The entries each lower-case word seen so far may be a form of: a bounded cache. */
	formsSeen: Map<string, LexiconEntry[] | null>;
}

export function buildLexicon(data: unknown, classes: unknown): EventLexicon {
	const { categories } = lexiconSchema.parse(data);
	const objectClasses = new Map(
		Object.entries(objectClassSchema.parse(classes)).map(([name, words]) => [
			name,
			new Set(words.map((w) => w.toLowerCase()))
		])
	);
	const byKey = new Map<string, LexiconEntry[]>();
	let size = 0;
	for (const category of categories) {
		if (category.support && !SUPPORT_VERBS.has(category.support)) {
			throw new Error(`${category.category}: unknown support verb list ${category.support}`);
		}
		for (const raw of category.entries) {
			const spec = typeof raw === 'string' ? { lemma: raw } : raw;
			const object = typeof spec.object === 'string' ? [spec.object] : spec.object;
			const named = [
				...(object ?? []),
				...(spec.notObject ?? []),
				...(spec.subject ?? []),
				...(spec.notSubject ?? []),
				...(spec.infinitive ?? [])
			];
			for (const name of named) {
				if (!objectClasses.has(name)) {
					throw new Error(`${category.category}: ${spec.lemma}: unknown object class ${name}`);
				}
			}
			const entry: LexiconEntry = {
				lemma: spec.lemma,
				pos: category.pos,
				type: category.type,
				cameo: category.cameo,
				form: category.form,
				category: category.category,
				prep: spec.prep?.map((p) => p.split(' ')),
				particle: spec.particle,
				object,
				subject: spec.subject,
				notSubject: spec.notSubject,
				notObject: spec.notObject,
				infinitive: spec.infinitive,
				jointSubject: spec.jointSubject,
				directObject: spec.directObject,
				newObject: spec.newObject,
				finite: spec.finite,
				needsDestination: spec.needsDestination,
				stance: category.stance,
				needsDate: category.needsDate,
				after: spec.after,
				support: category.support,
				needsSupport: category.needsSupport
			};
			const key = `${entry.lemma}|${entry.pos}`;
			byKey.set(key, [...(byKey.get(key) ?? []), entry]);
			size++;
		}
	}
	// The most specific frame is tried first: "welcomed the ceasefire" (an object class) before
	// "welcomed the president" (a host, no frame); a subject class outranks an object class
	// ("parliament approved the treaty" is a vote, not a signing).
	const specificity = (e: LexiconEntry) =>
		2 * Number(!!e.subject) +
		Number(!!e.object) +
		Number(!!e.prep) +
		Number(!!e.particle) +
		Number(!!e.after) +
		Number(!!e.infinitive);
	for (const [key, entries] of byKey)
		byKey.set(
			key,
			entries.toSorted((a, b) => specificity(b) - specificity(a))
		);
	const stems = stemsOf(byKey.values(), irregularData);
	const classesOf = new Map<string, string[]>();
	for (const [name, words] of objectClasses) {
		for (const form of [...words].flatMap((w) => [w, `${w}s`]))
			classesOf.set(form, [...(classesOf.get(form) ?? []), name]);
	}
	return {
		byKey,
		objectClasses,
		size,
		stems,
		stemOpenings: openingsOf(stems.keys()),
		classForms: {
			classesOf,
			openings: openingsOf(classesOf.keys()),
			anyProper: new Set(
				[...objectClasses].flatMap(([name, words]) => (words.has(ANY_PROPER) ? [name] : []))
			)
		},
		formsSeen: new Map()
	};
}

/**
 * The first two characters of the two-letter strings, and the first three of the longer ones
 * (`codeKey`): a word that opens as none of them does is none of them, nor starts with one.
 */
interface Openings {
	short: Set<number>;
	long: Set<number>;
}

function openingsOf(strings: Iterable<string>): Openings {
	const openings: Openings = { short: new Set(), long: new Set() };
	for (const text of strings) {
		if (text.length === 2) openings.short.add(codeKey(text, 0, 2));
		else if (text.length > 2) openings.long.add(codeKey(text, 0, 3));
	}
	return openings;
}

/** Whether the word of `length` at `start` may open as one of `openings`; one opening beyond ASCII may. */
function mayOpen(openings: Openings, text: string, start: number, length: number): boolean {
	if (length < 2) return false;
	const two = codeKey(text, start, 2);
	const three = length < 3 ? 0 : codeKey(text, start, 3);
	return (
		two < 0 || three < 0 || openings.short.has(two) || (length >= 3 && openings.long.has(three))
	);
}

/**
 * Two or three ASCII characters of `text` from `at` as one small integer (a set key that costs
 * no string hashing), or -1 beyond ASCII.
 */
function codeKey(text: string, at: number, length: 2 | 3): number {
	let key = 0;
	for (let i = at; i < at + length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 128) return -1;
		key = (key << 7) | code;
	}
	return key;
}

/** "shuttle" → "shuttl" (shuttled, shuttling), "vote" → "vot", plus irregular forms ("met"). */
function stemsOf(
	entries: Iterable<LexiconEntry[]>,
	irregular: Record<string, string | string[]>
): Map<string, LexiconEntry[]> {
	const stems = new Map<string, LexiconEntry[]>();
	const add = (stem: string, found: LexiconEntry[]) =>
		stems.set(stem, [...(stems.get(stem) ?? []), ...found]);
	for (const found of entries) {
		const { lemma } = found[0];
		add(lemma.endsWith('e') || lemma.endsWith('y') ? lemma.slice(0, -1) : lemma, found);
		const forms = irregular[lemma];
		if (Array.isArray(forms)) for (const form of forms) add(form, found);
	}
	return stems;
}

/**
 * Endings that make a form of a stem: "shuttl|ed", "vot|ing", "fl|ies", "talk|s"; a lemma in
 * a vowel and y keeps its y: "deplo|yed", "deplo|ys".
 */
const ENDINGS = new Set([
	'',
	'e',
	's',
	'es',
	'd',
	'ed',
	'ing',
	'y',
	'ies',
	'ied',
	'ying',
	'ys',
	'yed'
]);

function isFormOf(word: string, stem: string): boolean {
	if (!word.startsWith(stem)) return false;
	const rest = word.slice(stem.length);
	// A doubled final consonant: "stopped", "initialled", "hitting".
	if (
		rest.startsWith(stem.at(-1)!) &&
		(rest === `${stem.at(-1)}ed` || rest === `${stem.at(-1)}ing`)
	)
		return true;
	return ENDINGS.has(rest);
}

/**
 * Where the sentence has a word that can be a form of a lexicon entry: a cheap test (no parse)
 * of whether parsing the sentence can find anything.
 */
export function entryCandidates(sentence: string, lexicon: EventLexicon): number[] {
	const scan = new CandidateScan(sentence, lexicon);
	const { lower, spans } = scan;
	const found: number[] = [];
	for (let i = 0; 2 * i < spans.length; i++) {
		const start = spans[2 * i];
		const length = spans[2 * i + 1] - start;
		if (!mayOpen(lexicon.stemOpenings, lower, start, length)) continue;
		const entries = entriesOfForm(scan.word(i), lexicon);
		const next = 2 * i + 2 < spans.length ? scan.word(i + 1) : undefined;
		if (entries?.some((entry) => scan.plausible(entry, next, start + length, i))) found.push(start);
	}
	return found;
}

/**
 * A sentence's words as entryCandidates reads them, and what the entries found ask of them, each
 * worked out once when first asked. A class rather than closures made per sentence: under tsx
 * each named closure costs a naming call.
 */
class CandidateScan {
	/** Offsets are those of the lower-case text, as the words are read from it. */
	readonly lower: string;
	readonly spans: number[];
	/** The classes one of whose words, or their plurals, is among the sentence's words. */
	private present: Set<string> | undefined;
	private dated: boolean | undefined;

	constructor(
		private readonly sentence: string,
		private readonly lexicon: EventLexicon
	) {
		this.lower = sentence.toLowerCase();
		this.spans = wordSpans(this.lower);
	}

	word(i: number): string {
		return this.lower.slice(this.spans[2 * i], this.spans[2 * i + 1]);
	}

	private classesPresent(): Set<string> {
		const { classesOf, openings } = this.lexicon.classForms;
		const { lower, spans } = this;
		const found = new Set<string>();
		for (let i = 0; 2 * i < spans.length; i++) {
			if (!mayOpen(openings, lower, spans[2 * i], spans[2 * i + 1] - spans[2 * i])) continue;
			for (const name of classesOf.get(this.word(i)) ?? []) found.add(name);
		}
		return found;
	}

	/** Any proper noun: the test after parsing decides. */
	private has(name: string): boolean {
		return (
			this.lexicon.classForms.anyProper.has(name) ||
			(this.present ??= this.classesPresent()).has(name)
		);
	}

	/** "called the talks off": a particle may follow a short object (the parse decides). */
	private particleSoon(entry: LexiconEntry, i: number): boolean {
		for (let k = i + 2; k <= i + 5 && 2 * k < this.spans.length; k++)
			if (entry.particle!.includes(this.word(k))) return true;
		return false;
	}

	/**
	 * An entry whose frame needs an object of a class or a following word is only worth parsing
	 * for when the sentence holds such a word ("opened" needs fire, talks or an embassy).
	 */
	plausible(entry: LexiconEntry, next: string | undefined, end: number, i: number): boolean {
		return (
			(!entry.object || entry.object.some((name) => this.has(name))) &&
			(!entry.infinitive || entry.infinitive.some((name) => this.has(name))) &&
			// After a particle the preposition comes a word later ("stopped over in"): the parse decides.
			(!entry.prep ||
				!!entry.particle ||
				entry.prep.some((words) => words[0] === next) ||
				next === undefined) &&
			(!entry.particle ||
				entry.particle.includes(next ?? '') ||
				(!entry.prep && this.particleSoon(entry, i))) &&
			(!entry.needsDate || (this.dated ??= DATE_CUE.test(this.sentence))) &&
			// "Trade reached 5 billion dollars": a number is no place reached.
			!(entry.needsDestination && !entry.prep && !entry.particle && digitFollows(this.lower, end))
		);
	}
}

/** A letter beyond ASCII (a whole code point, as `\p{L}` with the u flag reads it). */
const LETTER = /^\p{L}$/u;

/**
 * Where the words of a lower-case text start and end, in pairs: runs of letters and hyphens
 * (`[\p{L}-]+`), read by character code since almost all of them are ASCII.
 */
/** Whether a digit follows `at` after any spaces (the parser never reads such a token as a name). */
function digitFollows(text: string, at: number): boolean {
	let i = at;
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	const code = text.charCodeAt(i);
	return code >= 48 && code <= 57;
}

function wordSpans(lower: string): number[] {
	const spans: number[] = [];
	let start = -1;
	for (let i = 0; i < lower.length;) {
		const code = lower.charCodeAt(i);
		let width = 1;
		let inWord: boolean;
		if (code < 128)
			inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45;
		else {
			const point = lower.codePointAt(i)!;
			width = point > 0xffff ? 2 : 1;
			inWord = LETTER.test(String.fromCodePoint(point));
		}
		if (inWord && start < 0) start = i;
		else if (!inWord && start >= 0) {
			spans.push(start, i);
			start = -1;
		}
		i += width;
	}
	if (start >= 0) spans.push(start, lower.length);
	return spans;
}

/** A word a date can be made of, for entries that are events only when dated ("said on Monday"). */
const DATE_CUE = new RegExp(
	`${WEEKDAY}|${MONTH}|\\d|\\b(?:yesterday|today|tonight|tomorrow|earlier|later|last|next|this|morning|evening|night|hours?|days?|weeks?)\\b`,
	'i'
);

/** Words remembered at most, so that a long-running server's cache stays bounded. */
const FORMS_SEEN_MAX = 50_000;

/**
 * Whether a word can be read as the noun `lemma`: the model's noun lemmas and singular() only
 * take off plural endings, regular or not ("accords", "memoranda"), never a verb's "-ing" or
 * "-ed", so "according" is no form of the noun "accord" (the test checks the model's list).
 */
export function isNounForm(word: string, lemma: string): boolean {
	return word === lemma || !VERB_ENDING.test(word);
}
const VERB_ENDING = /(?:ing|ed)$/;

/** The entries a lower-case word may be a form of, or null. */
function entriesOfForm(word: string, lexicon: EventLexicon): LexiconEntry[] | null {
	const seen = lexicon.formsSeen.get(word);
	if (seen !== undefined) return seen;
	let entries: LexiconEntry[] | null = null;
	// Every stem the word is a form of: "signing" is a form of the verb "sign" and the noun itself.
	for (let n = 2; n <= word.length; n++) {
		const stem = word.slice(0, n);
		const found = lexicon.stems.get(stem);
		if (!found || !isFormOf(word, stem)) continue;
		const reachable = found.filter(
			(entry) => entry.pos !== 'NOUN' || isNounForm(word, entry.lemma)
		);
		if (reachable.length) entries = entries ? [...entries, ...reachable] : reachable;
	}
	if (lexicon.formsSeen.size >= FORMS_SEEN_MAX) lexicon.formsSeen.clear();
	lexicon.formsSeen.set(word, entries);
	return entries;
}

/** The class word (objectClasses.json) standing for any proper noun: "suspended Gabon". */
export const ANY_PROPER = '@proper';

/** The bundled lexicon, built once: it is read-only data. */
export const EVENT_LEXICON: EventLexicon = buildLexicon(lexiconData, {
	...objectClassData,
	legislature: LEGISLATURE_CLASS_WORDS
});
