import { findTemporalExpressions } from '../dates/findTemporalExpressions';
import { makesEvent } from './nominalSupport';
import type { Trigger } from './triggers';

/**
 * Whether a trigger states an event of its own. A sentence names many events it does not report:
 * negated ones ("did not see"), hypothetical ones ("if … invaded", "would be ready to host"),
 * purposes ("arrived … to hold talks", "agreed to meet soon"), tallies ("have met three
 * times"), and references to an event already told ("during the visit", "the talks", "after the
 * signing"). A noun names a new event when a light verb makes it happen ("held talks"), when it
 * is indefinite ("a joint statement", "a session of …") or when it carries its own date ("the
 * talks … on Friday", "Erdoğan's previous visit … in September last year").
 */

export type Eventhood =
	/** A new event. */
	| 'event'
	/** A reference to an event the article told or will tell; carries its own date. */
	| 'dated-reference'
	/** A reference without a date of its own. */
	| 'reference'
	/** Not an event at all (negated, hypothetical, a purpose, a tally). */
	| 'none';

const NEGATION =
	/\b(?:not|never|no|neither|nor|without|none|declined\s+to|refused\s+to|failed\s+to|rul(?:e|es|ed|ing)\s+out)\b(?:\s+[\p{L}'’-]+){0,3}\s*$|n['’]t(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;
const HYPOTHETICAL =
	/\b(?:if|unless|would\s+have|could|might|may|ready\s+to|willing\s+to|offered\s+to|must|should|needs?\s+to|has\s+to|have\s+to|yet\s+to)\b(?:\s+[\p{L}'’-]+){0,5}\s*$/iu;
const PURPOSE_TO = /\bto\s+$/i;
/** "decided to open membership negotiations": a noun as the object of an infinitive. */
const NOUN_PURPOSE = /\bto\s+\p{Ll}[\p{L}-]*\s+(?:[\p{L}-]+\s+)?$/u;
/** "came to an agreement": with a support verb, "to" before a determiner is its preposition. */
const TO_DETERMINER = /\bto\s+(?:a|an|the|this|that|his|her|their|its)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "agreed to meet in Lima next month", "agreed on Monday to meet": a plan made, when dated. */
const AGREED_TO =
	/\b(?:agreed|agree|agrees|decided|promised|pledged|vowed)\s+(?:[\p{L}-]+\s+){0,4}?to\s+$/iu;
/** "the first to arrive", "the last to land", "went on to call for": an order of acts, not a purpose. */
const ORDER_TO =
	/\b(?:(?:first|last|latest|second|next|only)\s+(?:one\s+)?|went\s+on\s+|goes\s+on\s+|go\s+on\s+)to\s+$/i;
/** A relative clause about a person or thing named just before: "X, who has called for …". */
const RELATIVE_OPEN = /,\s*(?:who|which)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** "a mechanism that will meet every two years": a habit, not an event. */
const HABIT =
	/^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:every\s+(?:\w+\s+)?(?:years?|months?|weeks?)|annually|regularly|twice\s+a\s+year)\b/iu;
/** Words before "to" that make the infinitive a plan rather than a purpose: "is due to meet". */
/** "flew to Lomé on Monday to meet X": a journey made for a meeting tells that it was held. */
const TRAVELLED_TO =
	/\b(?:travell?ed|flew|went|came|headed|drove|sailed|returned|rushed|hurried)\b[^,;.]{0,60}?\bto\s+$/i;
const PLANNING =
	/\b(?:due|expected|scheduled|set|slated|plans?|planned|planning|intends?|going|is|are|was|were|poised|likely)\s+to\s+$/i;
const TALLY =
	/^\s+(?:[\p{L}'’-]+\s+){0,2}(?:twice|several\s+times|many\s+times|\w+\s+times|repeatedly)\b/iu;
const TALLY_WORD = /twice|times|repeatedly/;
/** "twice, most recently in March": the latest of the tally is an event with its date. */
const LATEST_OF_TALLY = /\b(?:most\s+recently|the\s+latest|the\s+last\s+(?:time|one))\b/i;
/** "a summit mechanism", "the summit venue": the event noun modifies another noun. */
const NOUN_MODIFIER =
	/^\s+(?:mechanism|format|venue|leaders?|plotters?|preparations?|agenda|host|hosts|level|process|communiqu\w*|declaration|organi[sz]ers?|site|hall|season|schedule|security)\b/i;
/** "the next summit", "the upcoming talks": a further event, not one already told. */
const NEXT =
	/(?:\bthe\s+(?:next|upcoming|following|forthcoming)|\b(?:next|upcoming|forthcoming))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Words between a determiner and its noun: adjectives and compounds, never a preposition. */
const FILLER = String.raw`(?:(?!(?:at|in|on|with|to|for|by|from|of|and|after|before|during|since|the|a|an|would|will|could|should|can|may|might|must|is|are|was|were|has|have|had)\s)[\p{L}'’-]+\s+){0,4}`;
const LIGHT_VERB = new RegExp(
	String.raw`\b(?:held|hold|holds|holding|had|conducted|began|begin|begins|paid|pay|pays|made|make|capped|attended|attend|hosted|host|hosts|co-hosted|co-hosts|chaired|chairs|co-chaired|co-chairs|presided\s+over|convened|convenes|included|includes|launched|opened|concluded|wrapped\s+up|postponed|postpones|cancell?ed|started|resumed|issued|released|gave|give|followed\s+by)\s+(?:(?:a|an|the|his|her|their|its)\s+)?${FILLER}$`,
	'iu'
);
const REFERENCE_PREPOSITION = new RegExp(
	String.raw`\b(?:during|after|before|ahead\s+of|following|since|throughout|sidelines\s+of|end\s+of|on|upon|in\s+the\s+run-up\s+to|by|of)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?${FILLER}$`,
	'iu'
);
const DEFINITE_REFERENCE = new RegExp(
	String.raw`\b(?:during|after|before|ahead\s+of|following|throughout|sidelines\s+of|end\s+of|on|upon)\s+(?:the|his|her|their|its|this|that)\s+${FILLER}$`,
	'iu'
);
const DEFINITE = new RegExp(
	String.raw`(?:^|\s)(?:the|this|that|these|those|its|his|her|their|our|\p{L}[\p{L}'’-]*['’]s)\s+${FILLER}$`,
	'iu'
);
/** "a visit", "the visit", "official visits": the noun, not the verb. */
const VISIT_AS_NOUN = new RegExp(
	String.raw`(?:(?:^|\s)(?:a|an|the|his|her|their|its|this|\p{L}+['’]s)\s+(?:(?!(?:will|would|to|not)\s)[\p{L}-]+\s+){0,2}|\b(?:first|second|last|previous|official|state|working|private|surprise|rare|historic|one-day|two-day|three-day)\s+)$`,
	'iu'
);
/** "four hours of talks", "two rounds of negotiations": a measure of an event that happened. */
const MEASURE_OF = /\b(?:hours|days|rounds|weeks|minutes)\s+of\s+$/i;
/** Bare plural nouns name a kind of event ("resume flights and official visits"), not one. */
const BARE_PLURAL = /^\p{L}+s$/u;
/** A noun that opens its clause ("The talks … opened on Thursday") takes the clause's date. */
const CLAUSE_SUBJECT_WORDS = 6;
/** "their Asia trip", "a regional tour": a tour of several countries, not one visit. */
/** "is on a two-day visit", "arrived in Lima on a state visit": a visit under way, not one named. */
const ON_A_VISIT = new RegExp(
	String.raw`\b(?:is|are|was|were|be|been|being|arriv(?:e|es|ed|ing)|embark(?:s|ed|ing)?|land(?:s|ed|ing)?|fl(?:ew|ies|ying)|travell?(?:s|ed|ing)?|went|goes|going)\b[^,.;:]{0,40}?\bon\s+(?:a|an|his|her|their|its)\s+${FILLER}$`,
	'iu'
);
const TOUR =
	/\b(?:asia|asian|europe|european|africa|african|gulf|regional|middle\s+east|latin\s+american?|world|global)\s+$/i;
/** "The document signed with Bahrain is …": a participle describing a document already told. */
const DOCUMENT_BEFORE =
	/\b(?:the|this|that)\s+(?:agreements?|accords?|treaty|memorand\w*|deal|documents?|declaration|statement|pact)\s+$/i;
/** Own date of a noun: a date right after it or a day's possessive before it ("Friday's talks"). */
const OWN_DATE_REACH = 80;
/**
 * Reported words whose subject is the speakers themselves, told by several of them together
 * ("X and Y announced that they had agreed", "the two ministers said the dispute had been
 * settled"): the telling makes their own agreement known.
 */
const SPEAKERS_OWN_ACT =
	/^(?:that\s+)?(?:(?:they|we)\s+(?:had\s+|have\s+)?(?:[\p{L}-]+\s+){0,3}|(?:[\p{L}-]+\s+){1,6}(?:had|has|have)\s+been\s+)$/iu;
/** A telling by several parties: "X and Y said", "the two sides announced", "jointly declared". */
const JOINT_TELLING = /\b(?:and|both|two|jointly)\b/i;
/** "meeting with X", "talks with X", "talks between X and Y": the noun names its participants. */
const WITH_PARTICIPANTS = /^\s+(?:with|between)\s+/i;
const SIGNED_BEFORE = /\bsign(?:ed|s|ing)?\s+(?:a|an|the)?\s*(?:joint\s+)?$/i;

/** Temporal expressions of the sentence last asked about (one sentence has several triggers). */
let cached: { sentence: string; expressions: ReturnType<typeof findTemporalExpressions> } | null =
	null;
/** The temporal expressions of a sentence, found once however many events it states. */
export function expressionsOf(sentence: string) {
	if (cached?.sentence !== sentence) {
		cached = { sentence, expressions: findTemporalExpressions(sentence) };
	}
	return cached.expressions;
}

type Expression = ReturnType<typeof findTemporalExpressions>[number];

/** A date that can date an event: not "since …", not vague, not a length of time. */
function datesAnEvent(e: Expression): boolean {
	return !e.since && e.value.kind !== 'vague' && e.value.kind !== 'duration';
}

function hasOwnDate(sentence: string, trigger: Trigger, clause: [number, number]): boolean {
	const lead = sentence.slice(clause[0], trigger.start).trim().split(/\s+/).filter(Boolean);
	const subject = lead.length <= CLAUSE_SUBJECT_WORDS && /^(?:the|a|an)$/i.test(lead[0] ?? '');
	const from = Math.max(clause[0], trigger.start - 20);
	// A subject's predicate runs past background clauses up to the next coordinated clause.
	const coordinated = sentence.slice(trigger.end).search(/,\s+(?:and|but)\s|;/);
	const predicateEnd = coordinated < 0 ? sentence.length : trigger.end + coordinated;
	const to = subject ? predicateEnd : Math.min(clause[1], trigger.end + OWN_DATE_REACH);
	return expressionsOf(sentence).some(
		(e) =>
			e.start >= from &&
			e.end <= to &&
			datesAnEvent(e) &&
			// "talks … the next day" dates the talks; "after <the talks>" only names them.
			(e.value.kind !== 'anchored' || (!e.value.complement && e.start >= trigger.end)) &&
			(e.start >= trigger.end || determinesNoun(sentence, e, trigger))
	);
}

/** Between a noun and a date of its phrase: its parties and place ("clashes between X and Y in May"). */
const NOUN_PHRASE_TO_DATE =
	/^(?:\s+(?:between|with|in|at|of|from|and|the|\p{Lu}[\p{L}'’-]*))*\s*$/u;

/**
 * A noun as the topic of a preposition ("vote on the pact", "talks over the new accord"), of
 * a call ("called for the release of the crew on Friday": the call's day), or as what another
 * noun is of ("extended the mandate of its mission").
 */
const TOPIC_BEFORE =
	/\b(?:(?:on|over|about|against)|(?:call|calls|called|calling|appeal|appeals|appealed|appealing|press|pressed|pressing)\s+for|(?:mandate|future|terms|text|end|extension|renewal)\s+of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** A date of the noun's own phrase, before it or right after it, not of its clause's verb. */
export function nounDated(sentence: string, trigger: Trigger): boolean {
	// "approved the treaty on Monday", "voted on the pact on Monday": after another verb's
	// object or topic, the date is the verb's.
	const afterVerb =
		trigger.support === 'object' || TOPIC_BEFORE.test(sentence.slice(0, trigger.start));
	return expressionsOf(sentence).some(
		(e) =>
			datesAnEvent(e) &&
			e.value.kind !== 'anchored' &&
			(determinesNoun(sentence, e, trigger) ||
				(!afterVerb &&
					e.start >= trigger.end &&
					NOUN_PHRASE_TO_DATE.test(sentence.slice(trigger.end, e.start))))
	);
}

/** Up to two words (adjectives, compounds) between a date that determines a noun and the noun. */
const POSSESSIVE_DATE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
const DATE_BEFORE_NOUN = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * A date standing as the noun's determiner: a possessive ("Sunday's vote", "last week's
 * summit") or a dated "the" ("the 4 March vote", "the May 9 presidential election").
 */
function determinesNoun(sentence: string, e: Expression, trigger: Trigger): boolean {
	// "this year's meeting" places a meeting in a year, which tells no event from another.
	if (e.end > trigger.start || /\byear$/i.test(e.text)) return false;
	const between = sentence.slice(e.end, trigger.start);
	if (/['’]s$/.test(e.text)) return DATE_BEFORE_NOUN.test(between) || between === '';
	return (
		POSSESSIVE_DATE.test(between) || (/^the\s/i.test(e.text) && DATE_BEFORE_NOUN.test(between))
	);
}

/** How close a date must stand to a verb that needs one: "said late on Friday", "on Friday, X said". */
const ADJACENT_AFTER = 4;
const ADJACENT_BEFORE = 30;

/**
 * A date the verb itself carries, right after it or just before it: "said on Tuesday that …",
 * not "said the trip was set for May", whose date belongs to the trip.
 */
function hasAdjacentDate(sentence: string, trigger: Trigger): boolean {
	return expressionsOf(sentence).some(
		(e) =>
			datesAnEvent(e) &&
			((e.start >= trigger.end &&
				e.start - trigger.end <= ADJACENT_AFTER + 8 &&
				/^\s*(?:[\p{L}]+\s+)?$/u.test(sentence.slice(trigger.end, e.start))) ||
				(e.end <= trigger.start && trigger.start - e.end <= ADJACENT_BEFORE))
	);
}

/** An opening phrase that tells where and when the words were said: "Speaking in X on Monday,". */
const SPEAKING_SCENE = /^(?:speaking|addressing|talking)\b[^,;]*,/i;

/** "Speaking after talks in X on Monday, Y said …": the scene's date is the words'. */
function sceneDate(sentence: string, trigger: Trigger): boolean {
	const scene = SPEAKING_SCENE.exec(sentence);
	return !!scene && scene[0].length <= trigger.start && datedWithin(sentence, 0, scene[0].length);
}

/** Whether an expression dating an event lies within [start, end) of the sentence. */
function datedWithin(sentence: string, start: number, end: number): boolean {
	return expressionsOf(sentence).some((e) => e.start >= start && e.end <= end && datesAnEvent(e));
}

/** "said after talks with X on Monday that …": the words close the dated act they follow. */
const SAID_AFTER =
	/^\s+(?:after|following|at\s+the\s+(?:end|close)\s+of)\s[^,;.]*?(?=\s+that\b|[,;.]|$)/i;

function afterSceneDate(sentence: string, trigger: Trigger): boolean {
	const scene = SAID_AFTER.exec(sentence.slice(trigger.end));
	return !!scene && datedWithin(sentence, trigger.end, trigger.end + scene[0].length);
}

/** Whether the trigger's clause dates something itself (not "vaguely", not "after <X>"). */
export function clauseHasDate(
	sentence: string,
	trigger: Trigger,
	clause: [number, number]
): boolean {
	return expressionsOf(sentence).some(
		(e) =>
			e.start >= clause[0] &&
			e.end <= clause[1] &&
			datesAnEvent(e) &&
			!(e.value.kind === 'anchored' && e.value.complement) &&
			Math.abs(e.start - trigger.start) < OWN_DATE_REACH
	);
}

/**
 * @param sentence the sentence
 * @param clause the clause of the trigger, as [start, end) in the sentence
 */
export function eventhood(
	sentence: string,
	trigger: Trigger,
	clause: [number, number],
	reported = false
): Eventhood {
	const before = sentence.slice(clause[0], trigger.start);
	const after = sentence.slice(trigger.end, clause[1]);
	const recent = before.slice(-60);
	if (NEGATION.test(recent)) return 'none';
	if (HYPOTHETICAL.test(recent)) return 'none';
	if (
		PURPOSE_TO.test(recent) &&
		!PLANNING.test(recent) &&
		!ORDER_TO.test(recent) &&
		!(AGREED_TO.test(recent) && hasOwnDate(sentence, trigger, clause)) &&
		!(trigger.rule.type === 'meeting' && TRAVELLED_TO.test(recent))
	)
		return 'none';
	if (TALLY_WORD.test(after) && TALLY.test(after) && !LATEST_OF_TALLY.test(after)) return 'none';
	if (HABIT.test(after)) return 'none';
	if (trigger.rule.type === 'agreement' && DOCUMENT_BEFORE.test(recent)) return 'reference';
	// Reported words ("said the sides had agreed to …") state a new event only with its own date;
	// words reported inside them ("said X had warned"), or a participle's background, none.
	if (reported && (trigger.rule.form === 'speech' || trigger.reducedRelative)) return 'none';
	if (
		trigger.lexical &&
		reported &&
		!hasOwnDate(sentence, trigger, clause) &&
		!(
			trigger.rule.type === 'agreement' &&
			SPEAKERS_OWN_ACT.test(before) &&
			JOINT_TELLING.test(sentence.slice(0, clause[0]))
		)
	)
		return 'none';
	// "said on Tuesday that …" is a statement; "said that …" a remark.
	if (
		trigger.rule.needsDate &&
		!(trigger.rule.form === 'speech'
			? hasAdjacentDate(sentence, trigger) ||
				sceneDate(sentence, trigger) ||
				afterSceneDate(sentence, trigger)
			: clauseHasDate(sentence, trigger, clause))
	)
		return 'none';
	// "X, who has called for a truce, …": background about someone, unless it is dated.
	if (RELATIVE_OPEN.test(recent) && !clauseHasDate(sentence, trigger, clause)) return 'none';
	const noun =
		trigger.rule.form === 'noun' || (/^visits?$/i.test(trigger.text) && VISIT_AS_NOUN.test(recent));
	if (!noun) return 'event';
	if (NOUN_MODIFIER.test(after)) return 'none';
	// "the next summit" is news with a date ("in Lima in May"), otherwise only a prospect.
	if (NEXT.test(recent)) return hasOwnDate(sentence, trigger, clause) ? 'event' : 'none';
	const infinitive = NOUN_PURPOSE.exec(recent);
	const preposition = trigger.support === 'verb' && TO_DETERMINER.test(recent);
	if (infinitive && !preposition && !PLANNING.test(recent.slice(0, infinitive.index + 3)))
		return 'none';

	if (trigger.rule.type === 'visit' && TOUR.test(recent)) return 'none';
	if (trigger.rule.type === 'visit' && ON_A_VISIT.test(recent)) return 'event';
	if (trigger.rule.type === 'statement' && SIGNED_BEFORE.test(recent)) return 'none';
	// "made his statements during …": remarks, not a formal statement.
	if (
		trigger.rule.type === 'statement' &&
		/\b(?:his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(recent)
	)
		return 'none';
	// The noun's own verb, read from its tokens, overrules the surface list ("which holds
	// elections" is a habit, not a light verb).
	const light =
		trigger.support === 'verb' ||
		(trigger.support !== 'object' && (LIGHT_VERB.test(recent) || MEASURE_OF.test(recent)));
	if (/^sessions?$/i.test(trigger.text) && !light && !/^\s+of\b/i.test(after)) return 'reference';
	if (light) return 'event';
	if (DEFINITE_REFERENCE.test(recent)) return 'reference';
	const dated = hasOwnDate(sentence, trigger, clause);
	// "a deal", "the truce" with no verb to make them happen and no date of the noun's own
	// ("Sunday's election", "a ruling in May") are only named.
	if (trigger.rule.needsSupport && !makesEvent(trigger.support) && !nounDated(sentence, trigger))
		return DEFINITE.test(recent) || REFERENCE_PREPOSITION.test(recent) ? 'reference' : 'none';
	// Reported words ("said talks on X were becoming practical") name no new event.
	if (reported && !dated) return 'reference';
	// "recalled its envoy for consultations": the purpose of a journey, with nobody to meet.
	if (
		trigger.rule.type === 'meeting' &&
		/\bfor\s+$/i.test(recent) &&
		!WITH_PARTICIPANTS.test(after)
	)
		return 'none';
	if (trigger.rule.type === 'meeting' && WITH_PARTICIPANTS.test(after)) {
		return /\bthe\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(recent) && !dated ? 'reference' : 'event';
	}
	if (DEFINITE.test(recent)) return dated ? 'dated-reference' : 'reference';
	if (REFERENCE_PREPOSITION.test(recent) && !dated) return 'reference';
	const determined = /(?:^|\s)(?:a|an|another)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(recent);
	if (BARE_PLURAL.test(trigger.text.split(/\s+/).pop() ?? '') && !determined && !dated)
		return 'none';
	return 'event';
}
