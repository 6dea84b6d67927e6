import type { TriggerKind } from '../triggers';
import { attackDraft } from './attack';
import { encounterDraft } from './encounter';
import { hostDraft } from './host';
import { legislationDraft } from './legislation';
import { datedClause, type Drafter } from './makeDraft';
import { speechDraft } from './speech';
import { visitDraft } from './visit';

/**
 * How an event word takes its arguments, and so which drafter reads them: a host verb
 * ("received X") and a speech act ("told reporters") by their form, the rest by their event
 * type.
 */
export type ArgumentFrame = 'receive' | 'say' | 'travel' | 'act-on' | 'adopt' | 'encounter';

/** One drafter per argument frame. */
export const DRAFTERS: Readonly<Record<ArgumentFrame, Drafter>> = {
	receive: hostDraft,
	say: speechDraft,
	travel: visitDraft,
	'act-on': attackDraft,
	adopt: legislationDraft,
	encounter: encounterDraft
};

export function frameOf(rule: TriggerKind): ArgumentFrame {
	if (rule.form === 'host') return 'receive';
	if (rule.form === 'speech') return 'say';
	if (rule.type === 'visit') return 'travel';
	if (rule.type === 'attack') return 'act-on';
	if (rule.type === 'legislation') return 'adopt';
	return 'encounter';
}

/**
 * The draft of the event a trigger states, by its frame's drafter; null when there is none. An
 * event told as background with no date of its own ("the first talks since X took office") is
 * the time the news is measured from, not news.
 */
export const draftFor: Drafter = (story, s, trigger, clause, actors, created) =>
	clause.kind === 'background' && !datedClause(s, trigger, clause)
		? null
		: DRAFTERS[frameOf(trigger.rule)](story, s, trigger, clause, actors, created);
