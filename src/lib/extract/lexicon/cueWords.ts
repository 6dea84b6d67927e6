import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../../types';
import cueData from './cueWords.json';
import { LEGISLATURE_NAMES } from './legislatures';

/**
 * The closed word lists the sentence reader tests for (the data file beside this module), and
 * the whole-word patterns made from them.
 */

const words = z.array(z.string().regex(/^[\p{Ll}]+(?: [\p{Ll}]+)*$/u)).min(1);

const cueSchema = z.object({
	$comment: z.string(),
	prepositions: words,
	determiners: words,
	possessives: words,
	speechVerbs: words,
	planWords: words,
	planAttributes: words,
	executives: words,
	referenceNouns: z.array(z.object({ type: z.enum(EVENT_TYPES), nouns: words }).strict()),
	gatherings: words,
	stayNouns: words,
	postponements: words
});

const cues = cueSchema.parse(cueData);

/** Any of the words or phrases, as a whole word, in any case. */
export function anyWord(list: readonly string[]): RegExp {
	return new RegExp(String.raw`\b(?:${list.join('|')})\b`, 'i');
}

/** Words that govern the mention after them: "of the Council", "with X". */
export const PREPOSITIONS: ReadonlySet<string> = new Set(cues.prepositions);
export const DETERMINERS: ReadonlySet<string> = new Set(cues.determiners);
/** Possessive determiners: "their" in "their shared border". */
export const POSSESSIVES: ReadonlySet<string> = new Set(cues.possessives);
/** Verbs that make a sentence someone's words. */
export const SPEECH_VERB = anyWord(cues.speechVerbs);
/** Words of a sentence about plans. */
export const PLAN_WORDS = anyWord(cues.planWords);
/** A plan adjective after a determiner, ending the text before an event noun: "a planned (state) ". */
export const PLAN_ATTRIBUTE = new RegExp(
	String.raw`\b(?:${cues.determiners.join('|')}|${cues.possessives.join('|')}|[\p{L}-]+['’]s)\s+(?:${cues.planAttributes.join('|')})\s+(?:[\p{L}-]+\s+){0,2}$`,
	'iu'
);
export const LEGISLATURE = anyWord(LEGISLATURE_NAMES);
export const EXECUTIVE = anyWord(cues.executives);
/** A gathering of many parties: a summit, a conference. */
export const GATHERING = anyWord(cues.gatherings);
/** Words that put off or call off a plan. */
export const POSTPONEMENT = anyWord(cues.postponements);

/** An event noun the sentence refers back to ("condemned the attack", "after the session"). */
export const REFERENCE_NOUN: readonly [RegExp, EventType][] = cues.referenceNouns.map(
	({ type, nouns }) => [new RegExp(String.raw`\bthe (?:\w+ )?(?:${nouns.join('|')})\b`, 'i'), type]
);

/** A stated length of a stay: "a three-day state visit", "a two-day trip". */
export const STAY = new RegExp(
	String.raw`\b[\p{L}\d]+-day\s+(?:[\p{L}-]+\s+){0,2}?(?:${cues.stayNouns.join('|')})\b`,
	'iu'
);
