import type { ArticleActor } from '../../actors/articleActors';
import { countryByName } from '../../actors/countries';
import { EXECUTIVE, LEGISLATURE } from '../lexicon/cueWords';
import { unique } from '../participants';
import { describePlace } from '../places';
import { keptWithoutActors, makeDraft, type Drafter } from './makeDraft';

/**
 * The adopt frame (voted, passed, ratified): a vote of a legislature is legislation, with the
 * legislature's state taking part and its capital as the place unless the sentence names one,
 * and so is a bill a head of state signs into law; a cabinet's approval is another kind of act;
 * an adoption by nobody named is no event.
 */

/** "signed the bill into law": the signer's state enacts it. */
const INTO_LAW = /\binto\s+law\b/i;
/** "signed the ratification law" (the lexicon's sign + bill): the signer's state enacts it too. */
const SIGNED = /^sign/i;
/** "survived a no-confidence vote": only a legislature holds one, that of the state of the one it tests. */
const CONFIDENCE_VOTE =
	/\b(?:no[- ]confidence|confidence|impeachment|censure)\s+(?:votes?|motions?|ballots?)\b/i;
export const legislationDraft: Drafter = (story, s, trigger, clause, actors) => {
	const participants = unique(actors.flatMap((r) => r.actors));
	if (!participants.length && !keptWithoutActors(story, s, trigger, clause)) return null;
	const text = s.text.slice(clause.start, clause.end);
	const executive = participants.some((a) => EXECUTIVE.test(a.name));
	const legislatures = participants.filter((a) => LEGISLATURE.test(a.name));
	// "Turkey ratified the bid": a state ratifies through its legislature.
	const ratifying = /^ratif/i.test(trigger.text)
		? s
				.subjectOf(clause, trigger.start)
				.flatMap((r) => r.actors)
				.filter((a) => a.kind === 'country')
		: [];
	const enacting =
		INTO_LAW.test(text) || CONFIDENCE_VOTE.test(text) || SIGNED.test(trigger.text)
			? participants
			: [];
	if (
		!executive &&
		(LEGISLATURE.test(text) || legislatures.length || ratifying.length || enacting.length)
	) {
		const states = [...legislatures, ...ratifying, ...enacting]
			.map((a) => (a.kind === 'country' ? a : a.country ? story.actors.country(a.country) : null))
			.filter((a): a is ArticleActor => a !== null);
		const draft = makeDraft(story, s, trigger, clause, unique([...participants, ...states]));
		// A legislature sits in its capital unless the sentence says otherwise.
		const seat = states.length ? countryByName(states[0].name)?.capital : undefined;
		if (!draft.place && seat)
			[draft.place, draft.placeSource] = [describePlace(seat, null), 'host'];
		return draft;
	}
	if (executive || EXECUTIVE.test(text)) {
		return makeDraft(story, s, trigger, clause, participants, { type: 'other', cameo: null });
	}
	return null;
};
