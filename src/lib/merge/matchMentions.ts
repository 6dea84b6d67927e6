import { wordOverlap } from './excerptWords';
import type { MatchProfile } from './mentionProfile';
import { MERGE_POLICY, typeLikeness, type MergePolicy, type MergeWeights } from './mergePolicy';
import { compareParticipants, type ParticipantOverlap } from './participantOverlap';
import { gapDays, relateDates, type DateFacts, type DateRelation } from './relateDates';
import { relatePlaces, type PlaceRelation } from './relatePlaces';

export interface MentionMatch {
	/** The weighted sum of the evidence; at least the policy's threshold. */
	score: number;
	/**
	 * The evidence other than the date reaches the policy's strong threshold: needed for anything
	 * but overlapping dates (a year-less day, no date, a day or two apart).
	 */
	strong: boolean;
	dateRelation: DateRelation;
	/**
	 * How good a candidate this is when a loose mention has several: lower is better. Same type
	 * before related types, then the same people before a longer or a different list; candidates
	 * of one rank are equally good, so that "last spring" does not guess between two meetings.
	 */
	rank: number;
}

/** Each kind of evidence about a pair, in [-1, 1]; 0 says nothing either way. */
export type PairEvidence = Record<keyof MergeWeights, number>;

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
 * Overlapping intervals count by how much they share (the same day: 1; a day within a month:
 * little, since the month says little), approximate ones less; a day or two apart counts against; a year-less day
 * that fits counts a little; no date says nothing.
 */
function dateEvidence(a: DateFacts, b: DateFacts, relation: DateRelation): number {
	switch (relation) {
		case 'overlap': {
			const [aStart, aEnd, bStart, bEnd] = [a.start, a.end, b.start, b.end] as number[];
			const shared = Math.min(aEnd, bEnd) - Math.max(aStart, bStart) + 1;
			const union = Math.max(aEnd, bEnd) - Math.min(aStart, bStart) + 1;
			// A multi-day event told as one day is most often told by its first day ("the talks
			// opened on Thursday"): the same first day counts a little more.
			const sameStart = aStart === bStart ? 0.25 : 0;
			const evidence = Math.min(1, 0.25 + (0.75 * shared) / union + sameStart);
			return a.approximate || b.approximate ? 0.75 * evidence : evidence;
		}
		case 'conflict':
			return Math.max(-1, -0.5 * gapDays(a, b));
		case 'completes':
			return 0.25;
		case 'undated':
			return 0;
	}
}

/**
 * Two reports of one event nearly always share a content word or two (the venue, what was
 * signed): none counts a little against, a third of the shorter excerpt's words or more fully for.
 * Says nothing when either side has no words.
 */
function wordEvidence(a: MatchProfile, b: MatchProfile): number {
	if (a.words.length === 0 || b.words.length === 0) return 0;
	return Math.min(1, 3 * wordOverlap(a.words, b.words));
}

const PLACE_EVIDENCE: Record<PlaceRelation, number> = {
	equal: 1,
	refines: 0.8,
	unsaid: 0,
	unknown: 0,
	differs: -1
};

/** Why two mentions cannot be one event whatever else they share, or null when they can. */
function excluded(a: MatchProfile, b: MatchProfile): DateRelation | null {
	if (typeLikeness(a.type, b.type) === 0) return null;
	if (a.sourceId === b.sourceId && !clearlySame(a, b)) return null;
	return relateDates(a.date, b.date);
}

// Each evidence in [-1, 1], 0 saying nothing either way.

/**
 * Same type 0, related types below. Two kinds of event on the same days are most often two
 * events of one trip (arriving, then meeting), so a difference counts four times as much when
 * both dates are precise as when one is vague ("his visit in September" is that month's talks).
 */
function typeEvidence(a: MatchProfile, b: MatchProfile): number {
	const unlike = 1 - typeLikeness(a.type, b.type);
	if (unlike === 0) return 0;
	// A mention with no calendar date (a bare weekday, a year-less day) is too thin to bridge
	// two kinds of event: "arrived on Tuesday" is the trip, not someone's meeting that week.
	if (a.date.start === null || b.date.start === null) return -1;
	return a.precise && b.precise ? Math.max(-1, -2 * unlike) : -unlike / 2;
}

/**
 * The weighted Dice of the participants. Lists that share no one count against, and so do lists
 * where each names people the other lacks and the shared ones do not outnumber them: one
 * visitor meeting two hosts the same day is two meetings. No participants on a side cannot confirm who met: a
 * little against, never a veto (an event is kept when its actors are not recognised).
 */
function participantEvidence(
	a: MatchProfile,
	b: MatchProfile,
	overlap: ParticipantOverlap
): number {
	if (a.participants.ids.size === 0 || b.participants.ids.size === 0) return -0.25;
	return overlap.compatible ? overlap.similarity : -0.5;
}

const plannedEvidence = (a: MatchProfile, b: MatchProfile) => (a.planned === b.planned ? 0 : -1);

/**
 * The evidence that two mentions report one real-world event, or null when they cannot: types
 * the table does not relate, two different mentions of one article, or dates further apart than
 * a misreading explains. No single field decides otherwise: a wrong place or a missing
 * participant on one side costs score, and the rest can make up for it.
 */
export function pairEvidence(
	a: MatchProfile,
	b: MatchProfile
): { evidence: PairEvidence; dateRelation: DateRelation } | null {
	const dateRelation = excluded(a, b);
	if (dateRelation === null) return null;
	return {
		dateRelation,
		evidence: {
			type: typeEvidence(a, b),
			date: dateEvidence(a.date, b.date, dateRelation),
			participants: participantEvidence(a, b, compareParticipants(a.participants, b.participants)),
			place: PLACE_EVIDENCE[relatePlaces(a.place, b.place)],
			words: wordEvidence(a, b),
			planned: plannedEvidence(a, b)
		}
	};
}

/**
 * Whether two mentions can report the same real-world event, scored as record linkage: the
 * weighted evidence of type, date, participants, place and excerpt words (`pairEvidence`) must
 * reach the policy's threshold, and dates that do not overlap need strong evidence from the
 * rest. Computed without building the evidence object: clustering asks this millions of times.
 */
export function matchMentions(
	a: MatchProfile,
	b: MatchProfile,
	policy: MergePolicy = MERGE_POLICY
): MentionMatch | null {
	const dateRelation = excluded(a, b);
	if (dateRelation === null) return null;
	const { weights } = policy;
	const overlap = compareParticipants(a.participants, b.participants);
	const dated = weights.date * dateEvidence(a.date, b.date, dateRelation);
	const rest =
		weights.type * typeEvidence(a, b) +
		weights.participants * participantEvidence(a, b, overlap) +
		weights.place * PLACE_EVIDENCE[relatePlaces(a.place, b.place)] +
		weights.words * wordEvidence(a, b) +
		weights.planned * plannedEvidence(a, b);
	const score = dated + rest;
	if (score < policy.threshold) return null;
	const strong = rest >= policy.strongThreshold;
	if (dateRelation !== 'overlap' && !strong) return null;
	const rank = (a.type === b.type ? 0 : 3) + overlap.personTier;
	return { score, strong, dateRelation, rank };
}

/** Whether two mentions match asked either way round (a match is not always symmetric). */
export function matchesEitherWay(a: MatchProfile, b: MatchProfile): boolean {
	return matchMentions(a, b) !== null || matchMentions(b, a) !== null;
}

/** Whether two mentions match strongly asked either way round. */
export function matchesStronglyEitherWay(a: MatchProfile, b: MatchProfile): boolean {
	return matchMentions(a, b)?.strong === true || matchMentions(b, a)?.strong === true;
}
