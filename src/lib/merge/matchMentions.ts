import type { EventType } from '../types';
import type { MatchProfile } from './mentionProfile';
import { compareParticipants } from './participantOverlap';
import { gapDays, relateDates, type DateRelation } from './relateDates';
import { relatePlaces } from './relatePlaces';

export interface MentionMatch {
	/** Higher is more alike; only used to rank candidate pairs. */
	score: number;
	/**
	 * The non-date evidence is strong: two shared participants, or one shared participant (or an
	 * empty list) at the same place or one refining the other. Needed for anything but
	 * overlapping dates.
	 */
	strong: boolean;
	dateRelation: DateRelation;
	/**
	 * How good a candidate this is when a loose mention has several: lower is better. Same type
	 * before related types, then the same people before a longer or a different list.
	 */
	rank: number;
}

/** A visit and a meeting of the visitor may be one event told vaguely ("his visit in September"). */
function typesRelated(a: EventType, b: EventType): boolean {
	return (a === 'meeting' && b === 'visit') || (a === 'visit' && b === 'meeting');
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a.size !== b.size) return false;
	for (const id of a) if (!b.has(id)) return false;
	return true;
}

/** Two mentions of one article are one event only when they say exactly the same thing. */
function clearlySame(a: MatchProfile, b: MatchProfile): boolean {
	const pa = a.date.partial;
	const pb = b.date.partial;
	return (
		a.type === b.type &&
		sameIds(a.participants.ids, b.participants.ids) &&
		a.date.start === b.date.start &&
		a.date.end === b.date.end &&
		pa?.month === pb?.month &&
		pa?.day === pb?.day &&
		pa?.weekday === pb?.weekday
	);
}

/**
 * Whether two mentions can report the same real-world event, and how alike they are. Type,
 * participants, place and date must all be compatible; dates that only fit loosely (a conflict
 * of a day or two, a year-less day, no date) need strong evidence from the rest.
 */
export function matchMentions(a: MatchProfile, b: MatchProfile): MentionMatch | null {
	const typeA = a.type;
	const typeB = b.type;
	const sameType = typeA === typeB;
	// Both precise: a visit and a meeting on the same day are two events of one trip. And a
	// mention with no calendar date at all (a bare weekday, a year-less day) is too thin to
	// bridge two kinds of event: "arrived on Tuesday" is the trip, not someone else's meeting.
	if (
		!sameType &&
		(!typesRelated(typeA, typeB) ||
			(a.precise && b.precise) ||
			a.date.start === null ||
			b.date.start === null)
	) {
		return null;
	}
	if (a.sourceId === b.sourceId && !clearlySame(a, b)) return null;
	const dateRelation = relateDates(a.date, b.date);
	if (dateRelation === null) return null;
	const placeRelation = relatePlaces(a.place, b.place);
	if (placeRelation === 'differs') return null;
	const participants = compareParticipants(a.participants, b.participants);
	if (!participants.compatible) return null;

	const samePlace = placeRelation === 'equal' || placeRelation === 'refines';
	const noParticipants = a.participants.ids.size === 0 || b.participants.ids.size === 0;
	const strong =
		participants.shared >= 2 || (samePlace && (participants.shared >= 1 || noParticipants));
	if (dateRelation !== 'overlap' && !strong) return null;
	// Places that may or may not be one (a venue, a city) only pass when the days agree.
	if (dateRelation === 'conflict' && placeRelation === 'unknown') return null;

	let score = 4 * participants.similarity;
	if (samePlace) score += placeRelation === 'equal' ? 1.5 : 1;
	if (a.date.start !== null && a.date.start === b.date.start) {
		score += a.date.end === b.date.end ? 1.5 : 1;
	}
	if (a.planned === b.planned) score += 1;
	if (!sameType) score -= 3;
	if (dateRelation === 'conflict') score -= 2 * gapDays(a.date, b.date);
	const rank = (sameType ? 0 : 3) + participants.personTier;
	return { score, strong, dateRelation, rank };
}
