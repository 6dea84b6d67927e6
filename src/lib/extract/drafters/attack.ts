import { SUBORDINATE_KINDS } from '../clauses';
import { isWeakDate } from '../draft';
import { SPEECH_VERB } from '../lexicon/cueWords';
import { attackRoles, unique } from '../participants';
import { makeDraft, type Drafter } from './makeDraft';

/**
 * The act-on frame (struck, killed, the assassination of): agents and patients by voice, every
 * person the sentence names as involved (attack sentences name victims across clauses, though a
 * coordinate clause tells its own), and none of those who only speak of it ("X denounced the
 * assassination of Y": Y was the target).
 * An attack with nobody involved needs a date of its own.
 */
export const attackDraft: Drafter = (story, s, trigger, clause, actors) => {
	const all = unique(actors.flatMap((r) => r.actors));
	const main = s.clauses.find((c) => !SUBORDINATE_KINDS.has(c.kind)) ?? clause;
	const speech = SPEECH_VERB.test(s.text.slice(main.start, trigger.start));
	const speakers = speech
		? s
				.subjectOf(main)
				.flatMap((r) => r.actors)
				.filter((a) => a.kind === 'person')
		: [];
	// "…, but shelling resumed": a coordinate clause tells an attack of its own, without them.
	const sentencePeople =
		clause.kind === 'coordinate'
			? []
			: unique(s.resolved.flatMap((r) => r.actors)).filter((a) => a.kind === 'person');
	const involved = unique([...all, ...sentencePeople]).filter((a) => !speakers.includes(a));
	const { agents, patients } = attackRoles(s, trigger, clause, speakers);
	const targets = unique([
		...patients,
		...involved.filter((a) => a.kind === 'person' && !agents.includes(a))
	]);
	const draft = makeDraft(story, s, trigger, clause, involved, { targets, agents });
	if (!involved.length && isWeakDate(draft.date)) return null;
	return draft;
};
