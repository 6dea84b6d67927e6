import { EVENT_TYPES, type EventType } from '../types';

/**
 * How much each kind of evidence counts when deciding whether two mentions report one event, in
 * one place: the type table, the weights of the pair score and the threshold it must reach. The
 * values were set on the dev sets (`npm run merge:sweep` reports merge precision and recall
 * across thresholds); change them there, not in the code that reads them.
 */

/**
 * Types that may describe one happening, with how alike they are (1 = the same type). A pair
 * missing from the table cannot be one event: an attack is never a meeting. Symmetric: each
 * pair is listed once.
 */
const RELATED_TYPES: readonly [EventType, EventType, number][] = [
	// "His visit to X" and "talks in X" are often the same trip's one meeting told vaguely.
	['visit', 'meeting', 0.5],
	// A statement read out to reporters is a press conference in another article.
	['statement', 'press_conference', 0.7]
];

/** How alike two event types are, in (0, 1], or 0 when they cannot be one event. */
export function typeLikeness(a: EventType, b: EventType): number {
	if (a === b) return 1;
	for (const [x, y, likeness] of RELATED_TYPES) {
		if ((x === a && y === b) || (x === b && y === a)) return likeness;
	}
	return 0;
}

/** Each type's group: the types it may merge with directly or through others. */
const TYPE_GROUPS = new Map(
	EVENT_TYPES.map((type) => {
		const group = new Set<EventType>([type]);
		for (let grown = true; grown;) {
			grown = false;
			for (const [x, y] of RELATED_TYPES) {
				if (group.has(x) !== group.has(y)) {
					group.add(x).add(y);
					grown = true;
				}
			}
		}
		return [type, EVENT_TYPES.find((candidate) => group.has(candidate)) as EventType];
	})
);

/**
 * The types that may merge with `type` directly or through others (a connected part of the
 * table), named by its first type in `EVENT_TYPES` order: candidate buckets are per group.
 */
export function typeGroup(type: EventType): EventType {
	return TYPE_GROUPS.get(type) as EventType;
}

/**
 * Each evidence is a number in [-1, 1] (0: says nothing either way, see `pairEvidence`); the
 * pair score is their weighted sum.
 */
export interface MergeWeights {
	/** Type likeness - 1: 0 for the same type, below for related types. */
	type: number;
	/** Overlapping days (1: the same day), a few days apart (negative), loose dates (little). */
	date: number;
	/** Shared participants (weighted Dice), less when each side names people the other lacks. */
	participants: number;
	/** The same place (1), a refinement, nothing said (0), different places (-1). */
	place: number;
	/** Content words the excerpts share (Jaccard over normalised words). */
	words: number;
	/** A planned event and a report of one that happened (-1), or both alike (0). */
	planned: number;
}

export interface MergePolicy {
	weights: MergeWeights;
	/** Score a pair needs to be one event. */
	threshold: number;
	/**
	 * Score without the date's part that a pair needs when the dates alone do not overlap (a
	 * year-less day, no date, a day or two apart): the rest must then say it is the same event.
	 */
	strongThreshold: number;
}

export const MERGE_POLICY: MergePolicy = {
	weights: { type: 3, date: 1.5, participants: 2, place: 1, words: 3, planned: 0.5 },
	threshold: 1.75,
	strongThreshold: 1.25
};
