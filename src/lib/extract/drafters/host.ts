import type { Resolved } from '../analysedSentence';
import { passiveAt, unique } from '../participants';
import { datedClause, makeDraft, type Drafter } from './makeDraft';

/**
 * The receive frame (received, hosted, welcomed): a person before the verb and one after it
 * meet; in the passive ("the delegation was received by X") the guest may be a body or a state
 * acting through envoys. A welcome at the airport is the guest's visit. A ceremony hosted by
 * someone is the setting of another event, not a meeting.
 */

/** "in a ceremony hosted by": a setting named right before a host verb. */
const SETTING_BEFORE =
	/\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:ceremony|reception|banquet|dinner|gala|event)\s+$/iu;
/** "hosted a ceremony", "hosted by the reception": the setting right after the verb. */
const SETTING_AFTER = /^\s*(?:by\s+)?(?:a|an|the)\s+(?:ceremony|event|reception)/i;
const AIRPORT_WELCOME = /\b(?:airport|tarmac|on arrival|upon arrival)\b/i;

export const hostDraft: Drafter = (story, s, trigger, clause, actors) => {
	const people = (r: Resolved) => r.actors.filter((a) => a.kind === 'person');
	const passive = passiveAt(s, clause, trigger.start);
	const beforeActors = actors
		.filter((r) => r.start < trigger.start)
		.flatMap((r) => (passive ? r.actors : people(r)));
	const afterActors = actors.filter((r) => r.start >= trigger.end).flatMap(people);
	// "envoys of the bloc were received by X on Tuesday": a dated reception by a named host is
	// kept when the guests are named by no name the story knows.
	const unnamedGuests = passive && !beforeActors.length && datedClause(s, trigger, clause);
	if (!afterActors.length || (!beforeActors.length && !unnamedGuests)) return null;
	// "signed the accords … in a ceremony hosted by X": the ceremony is the signing's setting.
	if (SETTING_BEFORE.test(s.text.slice(clause.start, trigger.start))) return null;
	if (SETTING_AFTER.test(s.text.slice(trigger.end))) {
		// "a ceremony hosted by X": the ceremony is the event the sentence reports.
		if (!/\bfor\b/i.test(s.text.slice(trigger.end, clause.end))) return null;
	}
	const participants = unique([...beforeActors, ...afterActors]);
	const airport = AIRPORT_WELCOME.test(s.text.slice(clause.start, clause.end));
	if (/^(?:welcomed|greeted|received)$/i.test(trigger.text) && airport) {
		return makeDraft(story, s, trigger, clause, participants, {
			type: 'visit',
			cameo: '042',
			visitors: /\bby\b/i.test(s.text.slice(trigger.end, trigger.end + 5))
				? beforeActors
				: afterActors
		});
	}
	return makeDraft(story, s, trigger, clause, participants);
};
