import { addDays } from '../dates/calendar';
import { resolveTemporal } from '../dates/resolveTemporal';
import type { TemporalExpression } from '../dates/types';
import { countValue } from '../dates/words';
import { analyse, isPassive, isReducedRelative, type WordToken } from '../nlp/analyse';
import type { EventDate, EventStatus, Publication, Rescheduled } from '../types';
import outcomeData from './outcomeLexicon.json';

/**
 * What became of an event the sentence tells as set for a date: "postponed a visit", "the summit
 * … was pushed back to May 9", "called off her trip". The outcome word governs the event word
 * as its object (active) or its subject (passive); a negated or hedged one ("was not
 * postponed", "could be delayed") tells nothing. The event keeps the date first set; the day the
 * decision was taken and the new day are not its date.
 */

export interface EventOutcome {
	status: EventStatus;
	/** Offsets of the outcome word in the sentence. */
	start: number;
	end: number;
	/** Whether an expression of the sentence gives the event's date as first set. */
	firstSet(expression: TemporalExpression): boolean;
	/** The new date's words, where given ("to May 9", "until April"). */
	newDate: TemporalExpression | null;
	/** "pushed back by two days": days from the date first set, and those words. */
	shift: { days: number; text: string } | null;
}

interface OutcomeWord {
	status: EventStatus;
	pos: 'VERB' | 'NOUN';
	lemma: string;
	particle: string | null;
}

const WORDS: OutcomeWord[] = (['postponed', 'cancelled'] as const).flatMap((status) =>
	(['VERB', 'NOUN'] as const).flatMap((pos) =>
		outcomeData[status][pos].map((entry) => {
			const [lemma, particle = null] = entry.split(' ');
			return { status, pos, lemma, particle };
		})
	)
);
const HEDGES = new Set(outcomeData.hedges);
/** Word beginnings of every entry: a sentence without one is not parsed. */
const CUE = new RegExp(
	String.raw`\b(?:${[...new Set(WORDS.map((w) => w.lemma.slice(0, 4)))].join('|')})`,
	'i'
);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
/** An object noun phrase opens with a determiner or a possessive: "postponed a visit". */
const OBJECT_OPENING =
	/^\s+(?:a|an|the|his|her|their|its|our|this|that|these|those|next|(?:(?:his|her|their|its|the)\s+)?plans?\s+to|what\s+(?:would|was\s+to)\s+have\s+been|[\p{Lu}][\p{L}-]*['’]s)\s/u;
/** "Samoa scrapped talks with X": a bare plural right after a finite verb, not "long-delayed talks". */
function bareObject(tokens: WordToken[], i: number, gap: string): boolean {
	return /^\s+$/.test(gap) && FINITE_AFTER.has(tokens[i - 1]?.pos);
}
/** What stands before a finite verb: its subject or an auxiliary. */
const FINITE_AFTER = new Set<string | undefined>(['NOUN', 'PROPN', 'PRON', 'AUX']);
/** "postponed a planned state visit": a few words of the noun phrase. */
const OBJECT_WORDS = 7;
/** How far a subject noun may lie before its passive verb (appositives included). */
const SUBJECT_REACH = 160;
/** Words that mark a date as the one first set: "scheduled for", "originally set for". */
export const FIRST_SET_BEFORE =
	/\b(?:scheduled|set|planned|slated|due|expected|originally|initially|first|meant)\b[^,;.]{0,25}$/i;
/** "Wednesday's summit", "the 4 May vote": a date standing as the event noun's determiner. */
const DETERMINES_NOUN = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;
const NEW_DATE_BEFORE = /^[^,;.]{0,30}?\b(?:to|until|till)\s*$/i;
const NEW_DATE_WORDS = /^(?:to|until|till)\b/i;
const SHIFT = /^\s+by\s+(\S+)\s+(day|week)s?\b/i;

function wordAt(tokens: WordToken[], i: number): OutcomeWord | undefined {
	const token = tokens[i];
	return WORDS.find(
		(w) =>
			w.lemma === token.lemma &&
			(w.pos === 'NOUN' ? token.pos === 'NOUN' : token.pos === 'VERB' || token.pos === 'ADJ') &&
			(w.particle === null || tokens[i + 1]?.lower === w.particle)
	);
}

/** "the signing of the (water) accord": the event noun's object, right after it. */
const OF_OBJECT = /^\s+of\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** ", and the ferry was cancelled": another clause with a subject of its own. */
const CLAUSE_JOIN = /[,;]\s*(?:and|but|while|as)\s/i;

/** Whether the event word is a verb ("visited"), which is no subject of a passive after it. */
function isVerbAt(tokens: WordToken[], at: number): boolean {
	const token = tokens.find((t) => t.start === at);
	return token?.pos === 'VERB' || token?.pos === 'AUX';
}

/** "was not postponed", "threatened to cancel", "could be delayed": no outcome told. */
function hedged(tokens: WordToken[], i: number): boolean {
	for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
		const token = tokens[j];
		// "the summit on 4 May was cancelled": the month is no modal.
		if (token.pos === 'PUNCT' || token.pos === 'NOUN' || token.pos === 'PROPN') return false;
		if (NEGATION.has(token.lower) || (HEDGES.has(token.lemma) && token.text !== 'May')) return true;
	}
	return false;
}

/**
 * The outcome of the event whose word spans [start, end) in `sentence`, or null when the
 * sentence tells none of it. `others` are the other event words of the sentence, which a subject
 * cannot reach across.
 */
export function eventOutcome(
	sentence: string,
	trigger: { start: number; end: number },
	others: readonly { start: number; end: number }[],
	expressions: readonly TemporalExpression[]
): EventOutcome | null {
	if (!CUE.test(sentence)) return null;
	const tokens = analyse(sentence);
	for (let i = 0; i < tokens.length; i++) {
		const word = wordAt(tokens, i);
		if (!word || hedged(tokens, i)) continue;
		const token = tokens[i];
		const end = word.particle ? tokens[i + 1].end : token.end;
		const between = (a: number, b: number) => others.some((o) => o.start >= a && o.end <= b);
		// Between a subject and its verb, what describes the subject is no event of its own: "the
		// signing of the accord", "the summit, originally called for 21 November,".
		const describesSubject = (o: { start: number; end: number }) => {
			const at = tokens.findIndex((t) => t.start === o.start);
			return (
				OF_OBJECT.test(sentence.slice(trigger.end, o.start)) ||
				(at >= 0 && isReducedRelative(tokens, at))
			);
		};
		const subjectReaches = (a: number, b: number) =>
			!others.some((o) => o.start >= a && o.end <= b && !describesSubject(o));
		let governs: 'object' | 'subject' | null = null;
		if (token.end <= trigger.start) {
			const gap = sentence.slice(end, trigger.start);
			const ofNoun = word.pos === 'NOUN' && /^\s+of\s/i.test(gap);
			const words = gap.trim().split(/\s+/).length;
			// "the postponed summit": the word itself describes the event noun.
			const attributive = word.pos === 'VERB' && /^\s+$/.test(gap) && tokens[i - 1]?.pos === 'DET';
			if (attributive) governs = 'object';
			else if (
				(ofNoun ||
					(word.pos === 'VERB' &&
						(OBJECT_OPENING.test(`${gap} `) || bareObject(tokens, i, gap)))) &&
				words <= OBJECT_WORDS &&
				!/[,;:.]/.test(gap) &&
				!between(end, trigger.start)
			)
				governs = 'object';
		} else if (
			token.start >= trigger.end &&
			word.pos === 'VERB' &&
			!isVerbAt(tokens, trigger.start) &&
			!CLAUSE_JOIN.test(sentence.slice(trigger.end, token.start)) &&
			token.start - trigger.end <= SUBJECT_REACH &&
			(isPassive(tokens, i) ||
				tokens[i - 1]?.lemma === 'be' ||
				// "talks postponed from March": a participle right after its noun, with no object.
				(/^\s*,?\s*$/.test(sentence.slice(trigger.end, token.start)) &&
					/(?:ed|put)$/i.test(token.lower) &&
					tokens[i + (word.particle ? 2 : 1)]?.pos !== 'DET')) &&
			subjectReaches(trigger.end, token.start) &&
			!/;/.test(sentence.slice(trigger.end, token.start))
		) {
			governs = 'subject';
		}
		if (!governs) continue;
		const newDate =
			word.status === 'postponed'
				? (expressions.find(
						(e) =>
							e.start >= end &&
							(NEW_DATE_BEFORE.test(sentence.slice(end, e.start)) || NEW_DATE_WORDS.test(e.text))
					) ?? null)
				: null;
		const by = SHIFT.exec(sentence.slice(end));
		const days = by
			? (countValue(by[1].toLowerCase()) ?? 0) * (by[2].toLowerCase() === 'week' ? 7 : 1)
			: 0;
		const shift = by && days ? { days, text: by[0].trim() } : null;
		const outcomeStart = token.start;
		return {
			status: word.status,
			start: outcomeStart,
			end,
			newDate,
			shift,
			firstSet(expression) {
				if (expression === newDate) return false;
				if (
					FIRST_SET_BEFORE.test(
						sentence.slice(Math.max(0, expression.start - 40), expression.start)
					)
				)
					return true;
				// "cancelled Wednesday's summit": the date the noun was set for.
				if (
					expression.end <= trigger.start &&
					!/\byear['’]?s?$/i.test(expression.text) &&
					DETERMINES_NOUN.test(sentence.slice(expression.end, trigger.start)) &&
					(/['’]s$/.test(expression.text) ||
						/^['’]s/.test(sentence.slice(expression.end)) ||
						/^the\s/i.test(expression.text))
				)
					return true;
				// "A planned meeting … on Tuesday was cancelled": the subject's own date.
				return (
					governs === 'subject' && expression.start >= trigger.end && expression.end <= outcomeStart
				);
			}
		};
	}
	return null;
}

/**
 * The day a postponed event was moved to: the new date's words resolved ahead of publication,
 * or the date first set moved by the stated shift. Null when the text gives neither.
 */
export function rescheduledDate(
	outcome: EventOutcome,
	firstSet: EventDate,
	publication: Publication | null
): Rescheduled | null {
	if (outcome.status !== 'postponed') return null;
	if (outcome.newDate) {
		const date = resolveTemporal(outcome.newDate, { publication, tense: 'future', anchor: null });
		return date.start && date.end
			? { start: date.start, end: date.end, text: outcome.newDate.text }
			: null;
	}
	if (outcome.shift && firstSet.start && firstSet.end && !firstSet.approximate) {
		return {
			start: addDays(firstSet.start, outcome.shift.days),
			end: addDays(firstSet.end, outcome.shift.days),
			text: outcome.shift.text
		};
	}
	return null;
}

/**
 * Whether a postponed event still lies ahead when reported: always, unless the text gives a new
 * date already past. A cancelled one never does.
 */
export function stillAhead(
	status: EventStatus,
	rescheduled: Rescheduled | null,
	publication: Publication | null
): boolean {
	if (status === 'cancelled') return false;
	return !rescheduled || !publication || rescheduled.end >= publication.day;
}
