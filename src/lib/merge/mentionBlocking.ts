import type { EventMention } from '../types';
import { profileMention, type MatchProfile } from './mentionProfile';
import { MAX_CONFLICT_GAP_DAYS } from './relateDates';

/**
 * What clustering blocks a mention by, kept beside each stored mention: its days and the keys of
 * its candidate buckets (see `CandidateIndex`). Two mentions clustering may compare share a key
 * here and `mayCompare` holds for them: a pair sharing a strong key (two actors, an actor at a
 * place) shares an actor key too, so actor and place keys are enough.
 */
export interface MentionBlocking {
	precise: boolean;
	/** Day numbers, null when the mention has no calendar date. */
	start: number | null;
	end: number | null;
	keys: string[];
}

export function mentionBlocking(profile: MatchProfile): MentionBlocking {
	const { precise, date, keys } = profile;
	return {
		precise,
		start: date.start,
		end: date.end,
		keys: [...new Set([...keys.actors, ...keys.places])]
	};
}

/**
 * The blocking of a mention as extraction gives it, from the object itself: its source and
 * publication do not enter it, and the JSON it is stored as would read back the same values.
 */
export function blockingOfMention(mention: EventMention): MentionBlocking {
	return mentionBlocking(
		profileMention({ sourceId: '', published: null, mention }, 0, { words: false })
	);
}

export function serializeBlocking(blocking: MentionBlocking): string {
	const { precise, start, end, keys } = blocking;
	return JSON.stringify([precise ? 1 : 0, start, end, ...keys]);
}

export function parseBlocking(text: string): MentionBlocking {
	const [precise, start, end, ...keys] = JSON.parse(text) as [
		number,
		number | null,
		number | null,
		...string[]
	];
	return { precise: precise === 1, start, end, keys };
}

/**
 * Days within which a loose mention's month buckets can meet another's: two intervals that
 * share a calendar month are less than a month apart.
 */
const MONTH_REACH_DAYS = 31;

/**
 * Whether clustering's time buckets can bring two mentions together: any mention without a
 * calendar date meets all (year-less lookups are corpus-wide), two precise ones within the
 * conflict gap, others within a month. A superset of the pairs clustering compares.
 */
export function mayCompare(a: MentionBlocking, b: MentionBlocking): boolean {
	if (a.start === null || a.end === null || b.start === null || b.end === null) return true;
	const reach = a.precise && b.precise ? MAX_CONFLICT_GAP_DAYS : MONTH_REACH_DAYS;
	return b.start <= a.end + reach && b.end >= a.start - reach;
}

/** Whether a blocking key is a place's (`group\u0001@part\u0001`), not an actor's (see `bucketKeys`). */
function isPlaceKey(key: string): boolean {
	return key.charCodeAt(key.indexOf('\u0001') + 1) === 0x40;
}

/**
 * Whether clustering's look-ups of strong keys (its steps for loose mentions) can bring two
 * mentions together, from their blocking keys alone: they share two actors, or an actor and a
 * place, or a place where one of them names no actor (it looks up by place). False rules out a
 * strong pair clustering would never consider, without reading either mention.
 */
export function mayPairStrongly(a: MentionBlocking, b: MentionBlocking): boolean {
	let sharedActors = 0;
	let sharedPlaces = 0;
	for (const key of a.keys) {
		if (!b.keys.includes(key)) continue;
		if (isPlaceKey(key)) sharedPlaces++;
		else sharedActors++;
	}
	const actorless = (blocking: MentionBlocking) => blocking.keys.every(isPlaceKey);
	return (
		sharedActors >= 2 || (sharedPlaces > 0 && (sharedActors > 0 || actorless(a) || actorless(b)))
	);
}
