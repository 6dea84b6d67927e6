import { PEOPLE_GROUP_NOUNS } from '../../actors/wordClasses';
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
/** "received a letter from X": what is received comes from the one after "from". */
const SENT_FROM = /\bfrom\s*$/i;
/** "received a phone call from X": the call is the event. */
const CALL_FROM =
	/^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:call|phone\s+call|telephone\s+call)\s+from\s*$/iu;

/**
 * Who can host or be received in the active voice: people, and a state standing for its unnamed
 * people ("the Kenyan president" with no president named, "the Ethiopian delegation"); a state
 * or body named as such ("hosted Kenya") is more often a setting than a guest.
 */
function hostOrGuest(r: Resolved) {
	const standsForPeople =
		r.mention.kind === 'reference' || (r.mention.kind === 'country' && r.mention.via === 'demonym');
	return standsForPeople ? r.actors : r.actors.filter((a) => a.kind === 'person');
}

/**
 * "delegations from Israel", "a Hamas delegation", "envoys of the bloc": a state or body named
 * with a group of its people comes as those people.
 */
function sentPeople(text: string, r: Resolved): boolean {
	const before = /([\p{L}-]+)\s+(?:from|of)\s+(?:the\s+)?$/u.exec(text.slice(0, r.start));
	const after = /^\s+([\p{L}-]+)/u.exec(text.slice(r.end));
	return [before?.[1], after?.[1]].some((w) => !!w && PEOPLE_GROUP_NOUNS.has(w.toLowerCase()));
}

/** "hosted Uganda for talks": a purpose that makes a state named as such a guest. */
const FOR_TALKS =
	/^\s+for\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+)?(?:talks|meetings?|consultations|summit|visit|negotiations)\b/iu;

/** The end of the object a host verb takes: a quote or a semicolon ends it. */
const OBJECT_END = /["“”;]/;
/** The guests: the object's actors, the first of them within a few words of the verb. */
function guestsAfter(text: string, verbEnd: number, actors: Resolved[]): Resolved[] {
	const stop = text.slice(verbEnd).search(OBJECT_END);
	const end = stop < 0 ? text.length : verbEnd + stop;
	const after = actors.filter((r) => r.start >= verbEnd && r.start < end);
	const gap = after.length ? text.slice(verbEnd, after[0].start).split(/\s+/).length : 0;
	return gap <= 8 ? after : [];
}

export const hostDraft: Drafter = (story, s, trigger, clause, actors) => {
	const passive = passiveAt(s, clause, trigger.start);
	const before = actors.filter((r) => r.start < trigger.start);
	// "Kenya hosted the Ethiopian minister": a state hosts when nobody of it is named.
	const hosts = before.flatMap(hostOrGuest);
	const beforeActors = passive || !hosts.length ? before.flatMap((r) => r.actors) : hosts;
	const guests = guestsAfter(s.text, trigger.end, actors);
	const object = guests.length ? s.text.slice(trigger.end, guests[0].start) : '';
	// "received a letter from X" is no meeting; "received a call from X" is a call.
	const sent = !passive && SENT_FROM.test(object) && !sentPeople(s.text, guests[0]);
	const forTalks = guests.length > 0 && FOR_TALKS.test(s.text.slice(guests[0].end));
	const afterActors =
		sent && !CALL_FROM.test(object)
			? []
			: guests.flatMap((r) => (forTalks || sentPeople(s.text, r) ? r.actors : hostOrGuest(r)));
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
	if (sent)
		return makeDraft(story, s, trigger, clause, participants, { type: 'phone_call', cameo: '041' });
	const airport = AIRPORT_WELCOME.test(s.text.slice(clause.start, clause.end));
	if (/^(?:welcomed|greeted|received)$/i.test(trigger.text) && airport) {
		return makeDraft(story, s, trigger, clause, participants, {
			type: 'visit',
			cameo: '042',
			// "X, greeted on the tarmac in Lima by Y": the passive subject is the one arriving.
			visitors: passive ? beforeActors : afterActors
		});
	}
	return makeDraft(story, s, trigger, clause, participants);
};
