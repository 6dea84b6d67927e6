import type { ArticleActor } from '../actors/articleActors';
// Straight from each module: under a CommonJS build (tsx) every call through the dates index
// goes through a getter.
import { dayNumber } from '../dates/calendar';
import { detectTense } from '../dates/detectTense';
import { postAt, postDate, type LiveBlogPost } from '../dates/liveBlogPosts';
import { openingNews } from '../dates/openingNews';
import { undated } from '../dates/undated';
import { resolveSentenceDate } from '../dates/resolveSentenceDate';
import { resolveTemporal } from '../dates/resolveTemporal';
import { sameAsAnchor } from '../dates/sameAsAnchor';
import type { SentenceDate } from '../dates/types';
import type { EventDate, EventStatus, IsoDay, Publication } from '../types';
import type { AnalysedSentence } from './analysedSentence';
import type { ClauseSpan } from './clauses';
import { analyse } from '../nlp/analyse';
import { isWeakDate, type Draft } from './draft';
import { expressionsOf } from './eventhood';
import { eventOutcome, rescheduledDate, stillAhead, type EventOutcome } from './eventOutcome';
import { PLAN_WORDS, POSTPONEMENT, REFERENCE_NOUN, STAY } from './lexicon/cueWords';
import { plannedNoun } from './plannedNoun';
import type { Trigger } from './triggers';

/**
 * When an event happened: the date its sentence gives near the trigger (not one inside
 * background), else the date of the event it is tied to (by tie words, a visit under way),
 * else the publication day for the news a report opens with, else none: a plan with no date,
 * or a past event the text does not date (the publication day says when that was reported,
 * not when it happened). Undated and
 * relatively dated events lean on an anchor chosen from the story told so far.
 */

/** Words that tie an undated sentence to the event being told. */
export const TIE_WORDS =
	/\b(?:then|afterwards?|(?:later|earlier)(?!\s+(?:this|next|last)\s+(?:week|month|year))|the same day|that day|that evening|that (?:first|same|last) day|on arrival|upon arrival|on the sidelines|also|the (?:two )?delegations|during the (?:visit|meeting|talks|trip|summit|conference|session|call)|(?:after|before|following) the (?:\w+ )?(?:meeting|talks|signing|session|summit|vote|call|conference)|in this (?:meeting|visit)|at the (?:meeting|talks)|on the same day)\b/i;
/** A past perfect right before the event word: "had phoned", "had already met". */
const PAST_PERFECT =
	/\b(?:had|'d)\s+(?:(?:already|just|earlier|also|previously|secretly|briefly)\s+)?$/i;
const EARLIER_THAN_TELLING =
	'The text reports it as done before the words that tell of it ("had …"), whose date is not its own.';
/** Tie words that name no event: adverbs of sequence and addition. */
const BARE_TIE = /^(?:then|afterwards?|later|also)$/i;
/** Day words that point back to the event just told: "the same day", "the day before". */
const POINTS_BACK =
	/\b(?:the\s+same\s+day|that\s+(?:same\s+)?(?:day|evening|morning|night)|the\s+(?:day|night|evening)\s+before|the\s+(?:previous|following|next)\s+day|a\s+day\s+(?:later|earlier)|hours\s+(?:later|earlier))\b/i;

/**
 * A day counted from the event just told, not from one the phrase names: "two days later", "a
 * week earlier", "the following week", "that same month" (but not "two days after the vote", whose complement
 * names its event, nor "earlier in the day", which can mean the publication day).
 */
function countsFromTheEventTold(sentence: string): boolean {
	return expressionsOf(sentence).some(
		(e) =>
			e.value.kind === 'sameSpan' ||
			(e.value.kind === 'anchored' && !e.value.complement && !e.value.sameDayAsPublication)
	);
}

export interface AttachedDate {
	date: EventDate;
	planned: boolean;
	/** The event the date leans on, whose place a draft with none takes. */
	anchor: Draft | undefined;
	/** What became of the event, when the text says it was postponed or cancelled. */
	outcome?: Pick<Draft, 'status' | 'rescheduled'>;
}

/** A plan the text gives no date for. */
function unresolvedPlan(): EventDate {
	return undated('A planned event; the text gives no date for it.');
}

/** A postponed or cancelled event whose first date the text does not give. */
function unsetDate(status: EventStatus): EventDate {
	return undated(`The text says the event was ${status} but gives no date it was first set for.`);
}

/**
 * A postponed or cancelled event: the date first set (or none), planned while postponed, and
 * the new date where the text gives one.
 */
function outcomeDate(
	outcome: EventOutcome,
	firstSet: EventDate | null,
	publication: Publication | null
): AttachedDate {
	const date = firstSet ?? unsetDate(outcome.status);
	const rescheduled = rescheduledDate(outcome, date, publication);
	return {
		date,
		planned: stillAhead(outcome.status, rescheduled, publication),
		anchor: undefined,
		outcome: rescheduled ? { status: outcome.status, rescheduled } : { status: outcome.status }
	};
}

/** An event noun told as a plan ("a planned visit"): the date its phrase gives, or none. */
function planDate(own: EventDate | null, publication: Publication | null): AttachedDate {
	if (!own?.end) return { date: unresolvedPlan(), planned: true, anchor: undefined };
	return { date: own, planned: !publication || own.end >= publication.day, anchor: undefined };
}

/** How many days a date lies from publication (0 when it holds the day). */
function daysFrom(date: EventDate, publication: Publication): number {
	if (!date.start || !date.end) return Infinity;
	const [pub, start, end] = [publication.day, date.start, date.end].map(dayNumber);
	return pub < start ? start - pub : pub > end ? pub - end : 0;
}

/**
 * The day a postponed or cancelled event was first set for, when its words name no year ("the
 * summit on 20 June was postponed"): a plan set near the report, so the reading nearer to
 * publication, ahead or back, not the tense of the sentence telling the decision.
 */
function firstSetDate(found: SentenceDate, publication: Publication | null): EventDate {
	const { value } = found.expression;
	const yearless =
		(value.kind === 'date' && value.year === null) ||
		(value.kind === 'month' && value.year === null && value.yearOffset === null && !value.step);
	return yearless ? nearerReading(found, publication) : found.date;
}

/** The reading of a date's words, ahead of publication or back from it, that lies nearer. */
function nearerReading(found: SentenceDate, publication: Publication | null): EventDate {
	if (!publication) return found.date;
	const tense = found.tense === 'future' ? 'past' : 'future';
	const other = resolveTemporal(found.expression, { publication, tense, anchor: null });
	return daysFrom(other, publication) < daysFrom(found.date, publication) ? other : found.date;
}

/**
 * "Ahead of Thursday's summit": an event noun another act looks ahead to, dated by a bare weekday
 * in its own phrase, takes the nearer reading of the day, ahead or back, whatever the tense of
 * that act.
 */
function aheadWeekday(
	found: SentenceDate,
	s: AnalysedSentence,
	trigger: Trigger,
	publication: Publication | null
): SentenceDate {
	const { value } = found.expression;
	if (value.kind !== 'weekday' || value.modifier !== null) return found;
	if (!lookedAhead(s, trigger, found) && !scheduledPresent(s, trigger)) return found;
	const date = nearerReading(found, publication);
	return date === found.date ? found : { ...found, date, planned: true, tense: 'future' };
}

/**
 * "X meets Y on Friday", "X heads to Lima on Friday": an event verb in the simple present, in a
 * sentence with no tense words of its own, tells a schedule, not a past act.
 */
function scheduledPresent(s: AnalysedSentence, trigger: Trigger): boolean {
	if (trigger.rule.form !== 'verb' && trigger.rule.form !== 'host') return false;
	const verb = analyse(s.text).find((t) => t.start === trigger.start);
	return (
		verb?.pos === 'VERB' &&
		verb.lower !== verb.lemma &&
		/^(?:\p{L}+s)$/u.test(verb.lower) &&
		detectTense(s.text, trigger.start) === 'present'
	);
}

/** "Ahead of Thursday's summit", "in the run-up to the vote on Sunday": an event still to come. */
const AHEAD_OF =
	/\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|preparations\s+for)\s+(?:(?:the|a|this)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether the event noun is one another act looks ahead to, dated in its own phrase. */
function lookedAhead(s: AnalysedSentence, trigger: Trigger, found: SentenceDate): boolean {
	if (trigger.rule.form !== 'noun') return false;
	const { start, end } = found.expression;
	const ownPhrase =
		(end <= trigger.start &&
			/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(s.text.slice(end, trigger.start))) ||
		(start >= trigger.end &&
			/^(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*)?\s+(?:on\s+)?$/u.test(
				s.text.slice(trigger.end, start)
			));
	return ownPhrase && AHEAD_OF.test(s.text.slice(0, Math.min(start, trigger.start)));
}

/** A draft with a date the text gives. */
function strong(d: Draft): boolean {
	return d.date.start !== null && !isWeakDate(d.date);
}

/**
 * The event an undated or relatively dated event is tied to, in order: an event the sentence
 * names ("condemned the attack the same day"), the previous sentence's event when the sentence
 * points back to it ("the same day", "the day before"), the latest story event sharing a
 * person (events before the story's lead are background), the previous sentence's event when
 * no person is shared, and the lead event.
 */
function anchorFor(
	drafts: readonly Draft[],
	participants: ArticleActor[],
	s: AnalysedSentence
): Draft | undefined {
	// Plans are what a sentence about plans may lean on; a past event leans on past events.
	const plans = PLAN_WORDS.test(s.text);
	for (const [pattern, type] of REFERENCE_NOUN) {
		if (!pattern.test(s.text)) continue;
		// "the summit came two days after …" does not look back on a plan; "had been expected
		// to meet X during the visit" does.
		const named = [...drafts]
			.reverse()
			.find((d) => d.type === type && strong(d) && (plans || !d.planned));
		if (named) return named;
	}
	const previous = drafts.at(-1);
	// "will host the next summit in 2025" is no day for "opened on the same day" to count
	// from; "will travel on the same day" counts from a plan.
	const justTold =
		previous &&
		previous.sentence === s.index - 1 &&
		strong(previous) &&
		(plans || !previous.planned);
	if (justTold && (POINTS_BACK.test(s.text) || countsFromTheEventTold(s.text))) return previous;
	const dated = drafts.filter(strong);
	const lead = dated[0] ?? drafts.find((d) => d.date.start);
	const people = new Set(participants.filter((a) => a.kind === 'person'));
	// Plans are not what an undated past event leans on; background before the lead neither.
	const story = drafts.filter(
		(d) =>
			d.date.start !== null &&
			!d.planned &&
			(!lead?.date.start || (d.date.end ?? '') >= lead.date.start)
	);
	const sharing = story.filter((d) => d.participants.some((a) => people.has(a)));
	const sharedStrong = sharing.filter(strong).at(-1);
	if (sharedStrong || sharing.length) return sharedStrong ?? sharing.at(-1);
	if (!people.size && justTold) return previous;
	return lead;
}

/**
 * The anchor's date as later sentences lean on it: a visit that "began" on a day ties what
 * follows ("then", "later that evening") to that first day, not to the whole stay.
 */
function anchorDate(anchor: Draft | undefined): EventDate | null {
	if (!anchor) return null;
	const { date } = anchor;
	if (
		anchor.type === 'visit' &&
		!anchor.planned &&
		date.start &&
		date.end &&
		date.start !== date.end &&
		!date.approximate
	) {
		return {
			...date,
			end: date.start,
			precision: 'day',
			explanation: `${date.explanation} The visit began on ${date.start}.`
		};
	}
	return date;
}

/**
 * "arrived in X on Tuesday at the start of a three-day state visit": the arrival's day opens
 * a stay whose length the clause gives, so the visit spans it (resolved as the visit noun).
 */
function stayOf(
	publication: Publication | null,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	resolved: SentenceDate | null,
	anchor: EventDate | null
): SentenceDate | null {
	if (trigger.rule.type !== 'visit' || !resolved) return resolved;
	const { start, end } = resolved.date;
	if (!start || start !== end) return resolved;
	const stay = STAY.exec(s.text.slice(clause.start, clause.end));
	if (!stay) return resolved;
	const spanned = resolveSentenceDate(s.text, {
		publication,
		anchor,
		near: clause.start + stay.index
	});
	return spanned?.date.start === start && spanned.date.end !== end ? spanned : resolved;
}

/**
 * A one-day visit the event's people are on: what they do there without a date of its own
 * happens during that visit ("X arrived yesterday … was greeted by his counterpart").
 */
function visitUnderway(drafts: readonly Draft[], participants: ArticleActor[]): Draft | undefined {
	const visit = [...drafts].reverse().find((d) => d.type === 'visit' && !d.planned);
	if (!visit || isWeakDate(visit.date) || visit.date.start !== visit.date.end) return undefined;
	return participants.some((a) => visit.visitors.includes(a)) ? visit : undefined;
}

/**
 * The date of an event stated at `trigger` in `clause`, whether it is a plan, and the event
 * it leans on, given the story's events so far (`drafts`). A date within the sentence ("… on
 * Jan. 12 and talks … the next day") is resolveSentenceDate's.
 */
export function attachDate(
	story: {
		drafts: readonly Draft[];
		publication: Publication | null;
		posts?: readonly LiveBlogPost[];
		/** The day the account being told has reached at a sentence, if any (Discourse.narrativeFrom). */
		narrativeFrom?: (sentence: number) => IsoDay | null;
	},
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	participants: ArticleActor[]
): AttachedDate {
	const { drafts, publication } = story;
	const anchorDraft = anchorFor(drafts, participants, s);
	const anchor = anchorDate(anchorDraft);
	const expressions = expressionsOf(s.text);
	const outcome = eventOutcome(
		s.text,
		trigger,
		s.triggers.filter((t) => t !== trigger),
		expressions
	);
	const plan = outcome ? null : plannedNoun(s.text, trigger, expressions);
	// A date inside background ("since … in January") is not this event's, nor one inside the
	// words a telling reports ("told reporters the deal would take effect in April").
	// A relative clause and the clause it sits in date their own events: "X, who landed on
	// Sunday night, met Y" and "X, who criticised the delay that week, will meet Y in April"
	// give neither event the other's date.
	// "X will attend the summit, his office said on Thursday": the saying's day is not the plan's,
	// nor the plan's day the saying's ("X and Y will meet in May, the bloc said in a statement").
	const futureTense = detectTense(s.text, trigger.start) === 'future';
	const planSaid =
		clause.kind !== 'attribution' && s.clauses.some((c) => c.kind === 'attribution') && futureTense;
	// "The ministry said last week that X would travel to Y": the telling's day is not the plan's.
	const reportedPlan = clause.kind === 'reported' && futureTense;
	const background = s.clauses.filter(
		(c) =>
			(c.kind === 'background' ||
				(c.kind === 'attribution' && planSaid) ||
				(c.kind === 'reported' && clause.kind !== 'reported') ||
				(c.kind === 'relative' && c.end <= trigger.start) ||
				((clause.kind === 'relative' || clause.kind === 'attribution' || reportedPlan) &&
					c !== clause)) &&
			!(trigger.start >= c.start && trigger.start < c.end)
	);
	/** Whether an expression lies in a clause whose dates are not this event's. */
	const inBackground = (e: { start: number }) =>
		background.some((c) => e.start >= c.start && e.start < c.end);
	// A sentence with no temporal expression at all leaves nothing to resolve.
	const resolved = expressions.length
		? stayOf(
				publication,
				s,
				trigger,
				clause,
				resolveSentenceDate(s.text, {
					publication,
					anchor,
					narrativeFrom: story.narrativeFrom?.(s.index) ?? null,
					near: trigger.start,
					eligible: (e) =>
						!inBackground(e) && (outcome ? outcome.firstSet(e) : plan ? plan.ownDate(e) : true)
				}),
				anchor
			)
		: null;
	// An event told as background ("since X took office") has only a date of its clause.
	const ownBackground = clause.kind === 'background' ? clause : null;
	const found =
		resolved &&
		(inBackground(resolved.expression) ||
			(ownBackground &&
				!(
					resolved.expression.start >= ownBackground.start &&
					resolved.expression.start < ownBackground.end
				)))
			? null
			: resolved;
	if (outcome) return outcomeDate(outcome, found && firstSetDate(found, publication), publication);
	if (plan) return planDate(found && firstSetDate(found, publication), publication);
	// "X told reporters that evening that Y had phoned": what the words report had happened
	// before them, so the day or tie the telling gives is not its own (a span the telling gives,
	// "last week", may hold both; with none, it is told with the story's event).
	const reported = s.clauses.find(
		(c) => c.kind === 'reported' && trigger.start >= c.start && trigger.start < c.end
	);
	const earlier = reported && PAST_PERFECT.test(s.text.slice(reported.start, trigger.start));
	const telling = earlier ? s.text.slice(0, reported.start) : '';
	if (
		earlier &&
		(TIE_WORDS.test(telling) ||
			(found?.date.precision === 'day' && found.expression.start < reported.start))
	) {
		return { date: undated(EARLIER_THAN_TELLING), planned: false, anchor: undefined };
	}
	const clauseText = s.text.slice(clause.start, clause.end);
	const future = futureTense || POSTPONEMENT.test(clauseText);
	const tied = TIE_WORDS.test(s.text);
	// A past event a live-blog entry tells with no day of its own happened on the entry's day.
	const post = future ? undefined : postAt(story.posts ?? [], s.start);
	if (found && (found.date.start || !post)) {
		const { date, planned } = aheadWeekday(found, s, trigger, publication);
		// A date the sentence gives keeps the anchor's place when the words tie them.
		return {
			date,
			planned: planned || future,
			anchor: found.anchored || tied ? anchorDraft : undefined
		};
	}
	// Background has no day but its own: neither the story's nor the lead's news day.
	if (ownBackground) return { date: undated(), planned: false, anchor: undefined };
	if (post) return { date: postDate(post), planned: false, anchor: undefined };
	const tie = TIE_WORDS.exec(s.text);
	// "will also recall its envoy" after a step taken: a bare adverb does not date a plan by a
	// past event (words naming the event, "after the meeting", still tie it).
	const planOnPast =
		future &&
		!!tie &&
		BARE_TIE.test(tie[0]) &&
		!anchorDraft?.planned &&
		anchorDraft?.status !== 'postponed';
	if (tie && anchor && !planOnPast) {
		// "was to meet X during the trip": what the trip became, this became.
		const status = anchorDraft?.status;
		return {
			date: sameAsAnchor(anchor, tie[0]),
			planned: future || status === 'postponed',
			anchor: anchorDraft,
			...(status ? { outcome: { status } } : {})
		};
	}
	if (future) return { date: unresolvedPlan(), planned: true, anchor: undefined };
	const visit = visitUnderway(drafts, participants);
	if (visit) {
		return { date: sameAsAnchor(visit.date, 'during the visit'), planned: false, anchor: visit };
	}
	const told = toldWith(anchorDraft, s, participants);
	if (told && anchor) return { date: sameAsAnchor(anchor, ''), planned: false, anchor: told };
	if (publication && opensTheReport(drafts, s)) {
		return { date: openingNews(publication), planned: false, anchor: undefined };
	}
	return { date: undated(), planned: false, anchor: undefined };
}

/** How many prose sentences open a report: its lead, where the day's news is told. */
const OPENING_SENTENCES = 3;

/** The first event of a report, told in its opening sentences: the news it was written for. */
function opensTheReport(drafts: readonly Draft[], s: AnalysedSentence): boolean {
	return !drafts.length && s.index < OPENING_SENTENCES;
}

/** How many sentences back the event an undated one is told with may lie. */
const TOLD_WITH_SENTENCES = 2;
/** As far back when the same people act in both: the account of one encounter going on. */
const SAME_PEOPLE_SENTENCES = 4;

/**
 * The event an undated past event is told with: the story's current event, dated on its own,
 * when it was told in the sentences just before (a narrative going on, not a new topic), or a
 * little further back when every person of the undated event took part in it.
 */
function toldWith(
	anchor: Draft | undefined,
	s: AnalysedSentence,
	participants: readonly ArticleActor[]
): Draft | undefined {
	if (!anchor || anchor.planned || isWeakDate(anchor.date)) return undefined;
	const people = participants.filter((a) => a.kind === 'person');
	const samePeople = people.length > 0 && people.every((a) => anchor.participants.includes(a));
	const reach = samePeople ? SAME_PEOPLE_SENTENCES : TOLD_WITH_SENTENCES;
	return s.index - anchor.sentence <= reach ? anchor : undefined;
}
