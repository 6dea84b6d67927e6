import { findTemporalExpressions } from '../dates';
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
	/\b(?:not|never|no|neither|nor|without|none|declined\s+to|refused\s+to|failed\s+to)\b(?:\s+[\p{L}'’-]+){0,3}\s*$|n['’]t(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;
const HYPOTHETICAL =
	/\b(?:if|unless|would\s+have|could|might|may|ready\s+to|willing\s+to|offered\s+to)\b(?:\s+[\p{L}'’-]+){0,5}\s*$/iu;
const PURPOSE_TO = /\bto\s+$/i;
/** Words before "to" that make the infinitive a plan rather than a purpose: "is due to meet". */
const PLANNING =
	/\b(?:due|expected|scheduled|set|slated|plans?|planned|planning|intends?|going|is|are|was|were|poised|likely)\s+to\s+$/i;
const TALLY =
	/^\s+(?:[\p{L}'’-]+\s+){0,2}(?:twice|several\s+times|many\s+times|\w+\s+times|repeatedly)\b/iu;
const LIGHT_VERB =
	/\b(?:held|hold|holds|holding|had|conducted|began|begin|begins|paid|pay|pays|made|make|capped|attended|attend|hosted|host|hosts|included|includes|launched|opened|concluded|wrapped\s+up|postponed|postpones|cancell?ed|started|resumed|issued|released|gave|give|following|followed\s+by)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
const REFERENCE_PREPOSITION =
	/\b(?:during|after|before|ahead\s+of|following|since|throughout|sidelines\s+of|end\s+of|on|upon|in\s+the\s+run-up\s+to|by|of)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu;
const DEFINITE =
	/(?:^|\s)(?:the|this|that|these|those|its|his|her|their|our|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;
/** "meeting with X", "talks with X", "talks between X and Y": the noun names its participants. */
const WITH_PARTICIPANTS = /^\s+(?:with|between)\s+/i;
const SIGNED_BEFORE = /\bsign(?:ed|s|ing)?\s+(?:a|an|the)?\s*(?:joint\s+)?$/i;

function hasOwnDate(clause: string): boolean {
	return findTemporalExpressions(clause).some(
		(e) => !e.since && e.value.kind !== 'vague' && e.value.kind !== 'duration'
	);
}

/**
 * @param sentence the sentence
 * @param clause the clause of the trigger, as [start, end) in the sentence
 */
export function eventhood(sentence: string, trigger: Trigger, clause: [number, number]): Eventhood {
	const before = sentence.slice(clause[0], trigger.start);
	const after = sentence.slice(trigger.end, clause[1]);
	const recent = before.slice(-60);
	if (NEGATION.test(recent)) return 'none';
	if (HYPOTHETICAL.test(recent)) return 'none';
	if (PURPOSE_TO.test(recent) && !PLANNING.test(recent)) return 'none';
	if (TALLY.test(after)) return 'none';
	if (trigger.rule.form !== 'noun') return 'event';

	if (trigger.rule.type === 'statement' && SIGNED_BEFORE.test(recent)) return 'none';
	if (LIGHT_VERB.test(recent)) return 'event';
	const clauseText = sentence.slice(clause[0], clause[1]);
	const dated = hasOwnDate(clauseText);
	if (trigger.rule.type === 'meeting' && WITH_PARTICIPANTS.test(after)) {
		return DEFINITE.test(recent) && /\bthe\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(recent) && !dated
			? 'reference'
			: 'event';
	}
	if (DEFINITE.test(recent)) return dated ? 'dated-reference' : 'reference';
	if (REFERENCE_PREPOSITION.test(recent) && !dated) return 'reference';
	return 'event';
}
