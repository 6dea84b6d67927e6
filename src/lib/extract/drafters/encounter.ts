import { sidesOf, type ArticleActor } from '../../actors/articleActors';
import { POSTPONEMENT } from '../lexicon/cueWords';
import { countryOfPlace } from '../places';
import { unique, withStates } from '../participants';
import { keptWithoutActors, makeDraft, type Drafter } from './makeDraft';

/**
 * The encounter frame, and every frame with no drafter of its own (meetings, calls, signings,
 * other acts): the clause's actors take part, a state's body acting for its state. A
 * postponement is an act of its own, told in the past.
 */
export const encounterDraft: Drafter = (story, s, trigger, clause, actors) => {
	const all = unique(actors.flatMap((r) => r.actors));
	if (!all.length && !keptWithoutActors(story, s, trigger, clause)) return null;
	const draft = makeDraft(story, s, trigger, clause, withStates(story.actors, all));
	if (trigger.rule.type === 'other' && POSTPONEMENT.test(trigger.text)) draft.planned = false;
	if (!all.length && draft.type === 'meeting') {
		// "The talks resumed on Thursday", nobody named, after a meeting of two sides: the same
		// sides met again.
		const earlier = story.drafts.findLast(
			(d) => d.type === 'meeting' && sidesOf(d.participants) >= 2 && s.index - d.sentence <= 2
		);
		if (earlier) {
			draft.participants = [...earlier.participants];
			return draft;
		}
		// "Tuesday's summit in Montevideo", nobody named: the body the story is about met, and the
		// host state at least took part.
		const country = draft.place ? countryOfPlace(draft.place) : null;
		const host = country ? story.actors.country(country) : null;
		const body = story.topicBody();
		draft.participants = [body, host].filter((a): a is ArticleActor => a !== null);
	}
	return draft;
};
