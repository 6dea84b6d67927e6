import { POSTPONEMENT } from '../lexicon/cueWords';
import { unique, withStates } from '../participants';
import { keptWithoutActors, makeDraft, type Drafter } from './makeDraft';

/**
 * The encounter frame, and every frame with no drafter of its own (meetings, calls, signings,
 * other acts): the clause's actors take part, a state's body acting for its state. A
 * postponement is an act of its own, told in the past.
 */
export const encounterDraft: Drafter = (story, s, trigger, clause, actors) => {
	const all = unique(actors.flatMap((r) => r.actors));
	if (!all.length && !keptWithoutActors(s, trigger, clause)) return null;
	const draft = makeDraft(story, s, trigger, clause, withStates(story.actors, all));
	if (trigger.rule.type === 'other' && POSTPONEMENT.test(trigger.text)) draft.planned = false;
	return draft;
};
