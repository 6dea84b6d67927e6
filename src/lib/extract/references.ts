import { analyse, isReducedRelative } from '../nlp/analyse';
import type { AnalysedSentence } from './analysedSentence';
import { attachDate } from './attachDate';
import type { ClauseSpan } from './clauses';
import type { Discourse } from './discourse';
import { addExcerpt, isWeakDate, type Draft } from './draft';
import { clauseHasDate, expressionsOf, nounDated, type Eventhood } from './eventhood';
import { eventOutcome, rescheduledDate, stillAhead } from './eventOutcome';
import type { Trigger } from './triggers';

/**
 * An event word that refers to an event told elsewhere in the article ("the talks", "the
 * trip") is linked to it, not dropped and not made a new event: the sentence becomes one of
 * its excerpts, and a date the reference gives dates an event the text had left undated. An
 * event noun with nothing before it to refer to is the story's first mention of the event.
 */

/** Text before an event noun that makes it its clause's subject: "The", "The first". */
const SUBJECT_NOUN = /^\s*(?:the|this)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Between a body and the event noun it names: "the G20 summit", "the bloc's ministerial session". */
const BODY_BEFORE_NOUN = /^(?:['’]s)?(?:[\s-]+[\p{Ll}-]+){0,2}[\s-]*$/u;

/** "the G20 summit" after talks of other people: a body named right before the noun. */
function namesOtherBody(s: AnalysedSentence, trigger: Trigger, target: Draft): boolean {
	return s.resolved.some(
		(r) =>
			r.end <= trigger.start &&
			BODY_BEFORE_NOUN.test(s.text.slice(r.end, trigger.start)) &&
			r.actors.some((a) => a.kind === 'organisation' && !target.participants.includes(a))
	);
}

/** Between an event noun and a place of its own phrase: "summit of the bloc in Suva", "session set for May at …". */
const NOUN_TO_OWN_PLACE = /^[^,;:.]{0,50}?\b(?:in|at)\s+(?:the\s+)?$/i;
/** "the Apia summit", "the Apia leaders' summit": a place standing before the noun as its modifier. */
const PLACE_BEFORE_NOUN = /^\s+(?:[\p{Ll}-]+['’]?\s+)?$/u;
const DETERMINER_BEFORE = /\b(?:the|a|an)\s+$/i;

/** The city part of a place name, lower case: "Suva, Fiji" → "suva". */
const cityOf = (place: string) => place.split(',')[0].trim().toLowerCase();

/** Whether [from, to) of the sentence holds no verb but a participle: "summit (held) in". */
function noVerbBetween(s: AnalysedSentence, from: number, to: number): boolean {
	const tokens = analyse(s.text);
	return tokens.every(
		(t, i) =>
			t.start < from ||
			t.end > to ||
			(t.pos !== 'AUX' && (t.pos !== 'VERB' || isReducedRelative(tokens, i)))
	);
}

/** A place the noun's own phrase names: "the summit in Suva", "the Apia summit". */
function ownPlace(s: AnalysedSentence, trigger: Trigger): string | null {
	const place = s.places.find(
		(p) =>
			(p.start >= trigger.end &&
				NOUN_TO_OWN_PLACE.test(s.text.slice(trigger.end, p.start)) &&
				noVerbBetween(s, trigger.end, p.start)) ||
			(p.end <= trigger.start &&
				DETERMINER_BEFORE.test(s.text.slice(0, p.start)) &&
				PLACE_BEFORE_NOUN.test(s.text.slice(p.end, trigger.start)))
	);
	return place?.name ?? null;
}

/**
 * Whether the noun names another event than `target` by its own place or date: "the summit in
 * Suva on 20 June" after talks in Apia in May is a second gathering, not those talks again.
 */
function namesOtherOccasion(
	story: Discourse,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	target: Draft
): boolean {
	const place = ownPlace(s, trigger);
	if (place && target.place) {
		const [a, b] = [cityOf(place), cityOf(target.place)];
		if (!a.includes(b) && !b.includes(a) && !target.place.toLowerCase().includes(a)) return true;
	}
	if (isWeakDate(target.date)) return false;
	if (!nounDated(s.text, trigger)) return false;
	const { date } = attachDate(story, s, trigger, clause, target.participants);
	if (isWeakDate(date) || !date.start || !date.end) return false;
	return date.end < target.date.start! || date.start > target.date.end!;
}

/**
 * Marks an event told before as postponed or cancelled when the sentence says so of the word
 * referring to it; the sentence becomes one of its excerpts.
 */
function takeOutcome(
	story: Discourse,
	target: Draft,
	s: AnalysedSentence,
	trigger: Trigger
): boolean {
	const others = s.triggers.filter((t) => t !== trigger);
	const outcome = eventOutcome(s.text, trigger, others, expressionsOf(s.text));
	if (!outcome) return false;
	target.status = outcome.status;
	const rescheduled = rescheduledDate(outcome, target.date, story.publication);
	if (rescheduled) target.rescheduled = rescheduled;
	target.planned = stillAhead(outcome.status, rescheduled, story.publication);
	addExcerpt(target, s);
	return true;
}

/** What a speech act before it in the clause speaks about ("praised the summit on Monday"). */
function topicOfSpeech(s: AnalysedSentence, trigger: Trigger, clause: ClauseSpan): boolean {
	return s.speechActs.some(
		(act) => act.end <= trigger.start && act.start >= clause.start && act.start < clause.end
	);
}

export interface FollowedReference {
	/** The event told before that the word refers to, when it is one. */
	referred: Draft | undefined;
	/** Whether the word is done with (a reference only), or states an event to draft. */
	done: boolean;
}

/** "a visit by X", "X's visit to Y", "the visit to Y": a visit that names who or where. */
const VISIT_NAMED_AFTER = /^\s+(?:by|to)\s+(?:the\s+)?\p{Lu}/u;
const VISITOR_BEFORE = /\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * "signed on Monday during a visit by X": with no visit told before, the visit named in a dated
 * clause is the story's first mention of it, not a reference to nothing.
 */
function namedVisit(s: AnalysedSentence, trigger: Trigger): boolean {
	return (
		trigger.rule.type === 'visit' &&
		(VISIT_NAMED_AFTER.test(s.text.slice(trigger.end)) ||
			VISITOR_BEFORE.test(s.text.slice(0, trigger.start)))
	);
}

/**
 * An attack condemned with no date of its own, the sentence's date coming after another event
 * word ("condemned the strike in a statement issued on Thursday"): the day is the statement's.
 */
function dateIsAnothers(s: AnalysedSentence, trigger: Trigger): boolean {
	if (nounDated(s.text, trigger)) return false;
	const date = expressionsOf(s.text).find((e) => e.start >= trigger.end);
	return (
		!!date && s.triggers.some((t) => t !== trigger && t.start >= trigger.end && t.end <= date.start)
	);
}

/** Follows a reference (`kind` 'reference' or 'dated-reference') to the event it names. */
export function followReference(
	story: Discourse,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	kind: Eventhood,
	created: readonly Draft[]
): FollowedReference {
	// "X was due to fly to Y on Thursday, but the trip was called off": an event of the sentence
	// is put off or called off in a clause of its own after it.
	const earlier =
		clause.kind === 'coordinate'
			? created.filter((d) => d.type === trigger.rule.type && d.at < s.start + clause.start).at(-1)
			: undefined;
	if (earlier && takeOutcome(story, earlier, s, trigger)) return { referred: earlier, done: true };
	const found = story.referenced(trigger.rule.type, trigger.rule.cameo, trigger.text, s);
	// "the Group of Seven summit" is not the talks told before, and "the summit" in a dated
	// clause with no meeting before it to point to is a first mention ("the first visit by …"
	// beside a meeting re-describes it instead).
	const target =
		found &&
		!namesOtherBody(s, trigger, found) &&
		!namesOtherOccasion(story, s, trigger, clause, found)
			? found
			: undefined;
	// "briefed reporters on the outcome of the talks on Thursday": the date is the speech's (a
	// vote or a deal spoken of may still be news: "hailed the treaty's ratification on Monday").
	const spokenOf =
		!found &&
		(trigger.rule.type === 'meeting' ||
			(trigger.rule.type === 'attack' && dateIsAnothers(s, trigger))) &&
		topicOfSpeech(s, trigger, clause);
	const firstMention =
		!target &&
		!spokenOf &&
		((trigger.rule.type === 'meeting' &&
			clauseHasDate(s.text, trigger, [clause.start, clause.end])) ||
			// "The summit … ended in X": an event noun as subject, with nothing told before it
			// could refer to, is the story's first mention of that event.
			// A noun that needs a verb to happen ("the truce collapsed") is not one without it.
			(!found &&
				(trigger.support === 'predicate' ||
					(!trigger.rule.needsSupport &&
						SUBJECT_NOUN.test(s.text.slice(clause.start, trigger.start))) ||
					(namedVisit(s, trigger) && clauseHasDate(s.text, trigger, [clause.start, clause.end])))));
	if (target && !created.includes(target)) {
		// "The visit was postponed": the event told before is what was put off.
		if (takeOutcome(story, target, s, trigger)) return { referred: target, done: true };
		if (kind === 'dated-reference' && isWeakDate(target.date)) {
			const { date, planned } = attachDate(story, s, trigger, clause, target.participants);
			if (!isWeakDate(date)) [target.date, target.planned] = [date, target.planned || planned];
			addExcerpt(target, s);
			return { referred: target, done: true };
		}
		return { referred: target, done: kind === 'reference' };
	}
	const done =
		spokenOf || (kind === 'reference' && ((!firstMention && !found) || (!!found && !!target)));
	return { referred: undefined, done };
}
