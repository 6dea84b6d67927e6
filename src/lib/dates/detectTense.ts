import { clauseIndexAt, clauses, type Clause } from './clauses';
import type { Tense } from './types';

/** Words that put a clause in the future of the time of writing (schedules and plans included). */
const FUTURE_MARKER = new RegExp(
	[
		String.raw`\b(?:will|shall|won't|wo n't)\b`,
		// Reported plans: "said he would travel to Beijing on Monday" (not "would have").
		String.raw`\bwould\s+(?!have\b)(?:not\s+)?\w+`,
		String.raw`'ll\b`,
		String.raw`\b(?:due|set|scheduled|slated|poised|planned|planning|going|expected|intends|intend|hopes to|aims to)\s+(?:to|in|on|at|for)\b`,
		// The noun before a place or a day is no plan: "unveiled a peace plan on Tuesday".
		String.raw`\bplans?\s+(?:to|for)\b|\bplans?\s+on\s+\w+ing\b`,
		// "is to visit", "are to vote on": an arrangement, whatever the verb ("is to blame" is none).
		String.raw`\b(?:is|are|was|were)\s+to\s+(?!blame\b)[a-z]+\b`,
		// A meeting agreed on is still to come: "agreed (on Monday) to meet again in May".
		String.raw`\b(?:agree[sd]?|decided|promised|pledged|vowed)\s+(?:[\w-]+\s+){0,4}?to\s+(?:meet|hold|visit|travel|reconvene|resume)\b`,
		// Not as an adjective on a noun: "postponed a scheduled visit" is past.
		String.raw`\b(?<!\b(?:a|an|the|his|her|their|its|our)\s+)(?:scheduled|slated|upcoming|forthcoming)\b|\btomorrow\b`,
		String.raw`\bnext\s+(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
		String.raw`\bin\s+the\s+(?:coming|next)\s+(?:days|weeks|months)\b`,
		String.raw`\blater\s+(?:today|tonight|this\s+(?:week|month|year))\b`,
		String.raw`\bthis\s+coming\b`
	].join('|'),
	'i'
);

/** Irregular past verbs frequent in news; regular ones are caught by -ed below. */
const IRREGULAR_PAST_VERBS =
	'was|were|had|did|met|held|said|told|spoke|took|began|flew|came|went|made|gave|sent|left|led|' +
	'won|lost|saw|paid|sat|stood|brought|thought|wrote|struck|hit|shot|fought|sought|broke|chose|' +
	'drove|ran|rose|fell|felt|found|got|heard|kept|knew|laid|meant|put|read|set|shook|sold|spent|' +
	'swore|swept|taught|threw|understood|withdrew|woke|became|fled|' +
	// -eed pasts, which the regular -ed rule leaves out with "need" and "proceed".
	'agreed|disagreed|freed|decreed|guaranteed';
/** Past verbs and the adverbs that put a clause in the past on their own. */
const IRREGULAR_PAST = `${IRREGULAR_PAST_VERBS}|ago|yesterday|earlier|last|previously|already|former`;

const PAST_MARKER = new RegExp(
	String.raw`\b(?:${IRREGULAR_PAST})\b|\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed|met|held|said|made|taken|begun|flown|come|gone|given|sent|won|seen|paid|spoken|told)\b`,
	'i'
);

/**
 * Regular past forms, lower case only so that names ending in -ed do not count; "-ed by" is a
 * participle (", followed by a session …"), not a finite verb, and so is one after a determiner
 * or a possessive ("a planned visit", "the envoy's delayed trip").
 */
const REGULAR_PAST_FORM = String.raw`(?<!\b(?:[Aa]n?|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Tt]heir)\s+|['’]s\s+)\b(?!(?:hundred|kindred|sacred|naked|wicked|rugged|ragged)\b)[a-z]+[^e\W]ed\b(?!\s+by\b)`;
const REGULAR_PAST = new RegExp(REGULAR_PAST_FORM);

const FINITE_VERB = new RegExp(
	String.raw`\b(?:${IRREGULAR_PAST_VERBS}|is|are|has|have|will|would|can|could|must|should)\b|${REGULAR_PAST_FORM}`,
	'g'
);

/** Rough count of finite verbs in a stretch of text: enough to tell where a clause closes. */
export function finiteVerbCount(text: string): number {
	return text.match(FINITE_VERB)?.length ?? 0;
}

/** Participles after these read as present passives ("is based in"), not as past verbs. */
const PRESENT_PASSIVE = /\b(?:is|are|am|be|being)\s+\w*ed\b/gi;

/**
 * A plan told in the past perfect ("had been due to travel", "had been expected to attend"):
 * the plan was for a time already past when the words were written, whether or not it came about.
 */
const PAST_PLAN =
	/\b(?:had|'d)\s+been\s+(?:due|scheduled|set|slated|expected|planning|meant|supposed|poised)\s+to\s+(?!have\b)[a-z]+/i;

/** Tense the words of one clause mark on their own, or null when they carry no tense words. */
export function segmentTense(segment: string): Tense | null {
	if (PAST_PLAN.test(segment)) return 'past';
	if (FUTURE_MARKER.test(segment)) return 'future';
	const active = segment.replace(PRESENT_PASSIVE, ' ');
	if (PAST_MARKER.test(active) || REGULAR_PAST.test(active)) return 'past';
	return null;
}

/** Clauses that describe a noun ("the strike, which officials said would …") and not the event. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that']);

/**
 * The tenses of one sentence's clauses, each worked out when first asked: most calls of
 * detectTense stop at the clause of `at`. A class rather than a closure made per call: under
 * tsx each named closure costs a naming call.
 */
class ClauseTenses {
	private readonly known = new Map<number, Tense | null>();

	constructor(
		private readonly sentence: string,
		private readonly spans: readonly Clause[]
	) {}

	of(i: number): Tense | null {
		const { known, sentence, spans } = this;
		if (!known.has(i)) known.set(i, segmentTense(sentence.slice(spans[i].start, spans[i].end)));
		return known.get(i) ?? null;
	}
}

/**
 * Tense of the clause around `at` (default: whole sentence). Future covers plans and schedules
 * ("will", "is due to", "scheduled", "expected to", "next week", "tomorrow"). A clause with no
 * tense words of its own takes the nearest tensed clause before it (its verb usually comes
 * first: "is scheduled to tour Lomé | and Kara on Sunday"), else the nearest after it that
 * is not a relative clause, else any after it ("the strike on Jan. 3, which officials said
 * would deter attacks, killed …" is past).
 */
export function detectTense(sentence: string, at?: number): Tense {
	const spans = clauses(sentence);
	const clauseTenses = new ClauseTenses(sentence, spans);
	if (at === undefined) {
		const tenses = spans.map((_, i) => clauseTenses.of(i));
		if (tenses.includes('future') && !tenses.includes('past')) return 'future';
		return tenses.find((t) => t !== null) ?? 'present';
	}
	const index = clauseIndexAt(spans, at);
	const own = tenseUpTo(sentence, spans[index].start, at) ?? clauseTenses.of(index);
	if (own) return own;
	for (let i = index - 1; i >= 0; i--) {
		const tense = clauseTenses.of(i);
		if (tense) return tense;
	}
	const after: number[] = [];
	for (let i = index + 1; i < spans.length; i++) after.push(i);
	const main = after.find((i) => !RELATIVE_OPENERS.has(spans[i].opener) && clauseTenses.of(i));
	if (main !== undefined) return leadingTense(sentence, spans[main]) ?? clauseTenses.of(main)!;
	const next = after.find((i) => clauseTenses.of(i));
	return (next !== undefined && clauseTenses.of(next)) || 'present';
}

/**
 * Tense of a clause's first verb group, which an opening phrase shares ("At a news conference
 * on Monday, Ruiz said the port would reopen" is past, whatever the reported words say).
 */
function leadingTense(sentence: string, span: { start: number; end: number }): Tense | null {
	const text = sentence.slice(span.start, span.end);
	FINITE_VERB.lastIndex = 0;
	const verb = FINITE_VERB.exec(text);
	return verb ? segmentTense(text.slice(0, verb.index + verb[0].length)) : null;
}

/**
 * Tense of a clause's words up to the word at `at`: the verb before a date or an event word
 * governs it ("flew back in late October to a welcome no one will forget" is past, whatever a
 * reduced relative after it says). Null when those words carry none.
 */
function tenseUpTo(sentence: string, clauseStart: number, at: number): Tense | null {
	const word = /^\S*/.exec(sentence.slice(at))?.[0] ?? '';
	return segmentTense(sentence.slice(clauseStart, at + word.length));
}

/** Tense the clause around `at` marks by its own words, or null when it has none. */
export function clauseTense(sentence: string, at: number): Tense | null {
	const spans = clauses(sentence);
	const clause = spans[clauseIndexAt(spans, at)];
	return (
		tenseUpTo(sentence, clause.start, at) ?? segmentTense(sentence.slice(clause.start, clause.end))
	);
}
