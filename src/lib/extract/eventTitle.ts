import type { ArticleActor } from '../actors/articleActors';
import type { Draft } from './draft';
import { countryOfPlace } from './places';

/**
 * A readable one-line title for an event: "Ana Sosa meets Tomás Ledesma in Santiago", "Luis Vera
 * visits Lima", "Joe Biden and Vladimir Putin speak by phone", "US strike kills A and B at Lima
 * airport", "Antony Blinken to visit Beijing".
 */

function list(names: string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function names(actors: readonly ArticleActor[]): string[] {
	const people = actors.filter((a) => a.kind !== 'country');
	return (people.length ? people : actors).map((a) => a.name);
}

function shortPlace(place: string | null): string | null {
	return place ? place.split(/,\s*/)[0] : null;
}

const PRESENT: [RegExp, string][] = [
	[/^(?:took|takes|take|taking) the oath/i, 'takes the oath of office'],
	[/sworn in/i, 'is sworn in'],
	[/inaugurated/i, 'is inaugurated'],
	[/endorsed/i, 'endorses'],
	[/postpone/i, 'postpones'],
	[/cancel/i, 'cancels'],
	[/called off|put off/i, 'calls off'],
	[/cut|severed|broke off/i, 'cuts ties'],
	[/reopened/i, 'reopens embassy']
];

export function eventTitle(draft: Draft): string {
	const who = names(draft.participants);
	const where = shortPlace(draft.place);
	const at = where ? ` in ${where}` : '';
	const planned = draft.planned;
	switch (draft.type) {
		case 'meeting': {
			if (who.length === 0) return `Meeting${at}`;
			if (who.length === 1) return `${who[0]} ${planned ? 'to hold talks' : 'holds talks'}${at}`;
			if (who.length === 2) return `${who[0]} ${planned ? 'to meet' : 'meets'} ${who[1]}${at}`;
			return `${list(who)} ${planned ? 'to meet' : 'meet'}${at}`;
		}
		case 'visit': {
			// With nobody named travelling, the destination's state is the host, not the visitor.
			const host = draft.place ? countryOfPlace(draft.place) : null;
			const visitors = names(
				draft.visitors.length ? draft.visitors : draft.participants.filter((a) => a.name !== host)
			);
			const subject = list(visitors) || 'Delegation';
			const destination = where ?? 'abroad';
			return `${subject} ${planned ? 'to visit' : visitors.length > 1 ? 'visit' : 'visits'} ${destination}`;
		}
		case 'phone_call':
			return `${list(who) || 'Officials'} speak by phone`;
		case 'press_conference':
			return `${list(who) || 'Officials'} ${who.length > 1 ? 'hold' : 'holds'} ${who.length > 1 ? 'joint ' : ''}news conference${at}`;
		case 'statement':
			return `${list(who) || 'Statement'}${who.length ? ` ${who.length > 1 ? 'issue' : 'issues'} statement` : ''}`;
		case 'agreement':
			return `${list(who) || 'Parties'} sign agreement${at}`;
		case 'legislation':
			return `${list(who) || 'Parliament'} ${planned ? 'to vote' : 'votes'}${at}`;
		case 'attack': {
			// Agent, act, patient, place: "X kills Y at Z", "Strike kills Y at Z", "X strikes at Z".
			const agentActors = draft.agents.filter((a) => !draft.targets.includes(a));
			const agents = agentActors.map((a) => a.name);
			const targets = draft.targets.filter((a) => a.kind === 'person').map((a) => a.name);
			const place = draft.place
				? ` ${/^(?:near|outside)\b/i.test(draft.place) ? '' : 'at '}${shortPlace(draft.place)}`
				: '';
			// "The Houthis strike": a group named in the plural takes a plural verb.
			const one =
				agents.length <= 1 && !agentActors.some((a) => a.kind !== 'person' && /s$/.test(a.name));
			if (targets.length) {
				const act = agents.length ? `${list(agents)} ${one ? 'kills' : 'kill'}` : 'Strike kills';
				return `${act} ${list(targets)}${place}`;
			}
			return agents.length
				? `${list(agents)} ${one ? 'strikes' : 'strike'}${place}`
				: `Strike${place}`;
		}
		default: {
			const verb =
				PRESENT.find(([pattern]) => pattern.test(draft.triggerText))?.[1] ?? draft.action;
			return `${list(who) || 'Event'}: ${verb}${at}`;
		}
	}
}
