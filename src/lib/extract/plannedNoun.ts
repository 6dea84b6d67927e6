import type { TemporalExpression } from '../dates/types';
import { analyse } from '../nlp/analyse';
import { FIRST_SET_BEFORE } from './eventOutcome';
import { PLAN_ATTRIBUTE } from './lexicon/cueWords';
import { makesEvent, nominalSupport } from './nominalSupport';
import type { Trigger } from './triggers';

/**
 * An event noun a plan adjective describes ("a planned visit", "the upcoming summit"), with no
 * support verb or predicate making it happen in the sentence: the event is a plan, and its date
 * is only one its own phrase gives ("a planned visit to Apia next week", "the proposed talks,
 * set for 3 June", "Thursday's planned vote"). The date of the verb it is the subject or object
 * of ("a planned visit … was announced on Wednesday") is that act's, not the plan's.
 */
export interface PlannedNoun {
	/** Whether an expression of the sentence dates the plan itself. */
	ownDate(expression: TemporalExpression): boolean;
}

/** "Thursday's planned vote": a date standing as the noun's determiner. */
const DETERMINER_DATE = /^['’]s\s/;

export function plannedNoun(
	sentence: string,
	trigger: Trigger,
	expressions: readonly TemporalExpression[]
): PlannedNoun | null {
	if (!PLAN_ATTRIBUTE.test(sentence.slice(0, trigger.start))) return null;
	const tokens = analyse(sentence);
	// "A planned summit was held on Monday": a support verb or a predicate (whatever the noun's
	// list) tells the plan came about.
	const head = tokens.findIndex((t) => t.start === trigger.start);
	if (
		makesEvent(trigger.support) ||
		(head >= 0 && nominalSupport(tokens, head, '')?.kind === 'predicate')
	)
		return null;
	const verbAfter = tokens.find(
		(t) => t.start >= trigger.end && (t.pos === 'VERB' || t.pos === 'AUX')
	);
	const phraseEnd = verbAfter?.start ?? sentence.length;
	const determiner = expressions.find(
		(e) =>
			e.end <= trigger.start &&
			(/['’]s$/.test(e.text) || DETERMINER_DATE.test(sentence.slice(e.end)))
	);
	// With a date as its determiner, the noun has that date; one after it is the verb's.
	const own = determiner
		? [determiner]
		: expressions.filter(
				(e) =>
					e.start >= trigger.end &&
					(e.start < phraseEnd ||
						FIRST_SET_BEFORE.test(sentence.slice(Math.max(0, e.start - 40), e.start)))
			);
	return { ownDate: (expression) => own.includes(expression) };
}
