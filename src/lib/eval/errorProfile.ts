import type { EventType } from '../types';
import { typesCompatible, type MatchResult } from './matchGold';

/**
 * Errors counted by cause, not listed: a set that must not be read (validation) still says whether
 * its misses are events never triggered, triggered with another type, or found without a shared
 * participant, and where its false positives sit.
 */

export type MissCause =
	'no event on the sentence' | 'another type' | 'no participant found' | 'no shared participant';
export type FalsePositiveSite = 'on a required gold sentence' | 'on no gold sentence';

export interface ErrorProfile {
	missCauses: Map<MissCause, number>;
	missCausesByType: Map<EventType, Map<MissCause, number>>;
	falsePositiveSites: Map<FalsePositiveSite, number>;
	falsePositivesByType: Map<EventType, number>;
	/** For misses of another type: "gold type → type found" on the evidence sentence. */
	typeConfusions: Map<string, number>;
	/**
	 * For misses without a shared participant: whether the evidence sentence spells a gold
	 * participant (recognition failed) or names none (it had to come from the story).
	 */
	unsharedParticipants: Map<UnsharedParticipant, number>;
}

export type UnsharedParticipant = 'named in the sentence' | 'not named in the sentence';

function namesOne(evidence: string | null, participants: string[][]): boolean {
	const text = evidence?.toLowerCase() ?? '';
	return participants.some((spellings) => spellings.some((n) => text.includes(n.toLowerCase())));
}

function bump<K>(map: Map<K, number>, key: K): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

export function errorProfile(result: MatchResult): ErrorProfile {
	const profile: ErrorProfile = {
		missCauses: new Map(),
		missCausesByType: new Map(),
		falsePositiveSites: new Map(),
		falsePositivesByType: new Map(),
		typeConfusions: new Map(),
		unsharedParticipants: new Map()
	};
	for (const miss of result.misses) {
		const sameType = miss.near.filter((u) => typesCompatible(miss.gold.type, u.event.type));
		const cause: MissCause = !miss.near.length
			? 'no event on the sentence'
			: !sameType.length
				? 'another type'
				: sameType.every((u) => !u.event.participants?.length)
					? 'no participant found'
					: 'no shared participant';
		bump(profile.missCauses, cause);
		if (cause === 'no shared participant')
			bump(
				profile.unsharedParticipants,
				namesOne(miss.source.evidence, miss.gold.participants)
					? 'named in the sentence'
					: 'not named in the sentence'
			);
		if (cause === 'another type')
			for (const type of new Set(miss.near.map((u) => u.event.type)))
				bump(profile.typeConfusions, `${miss.gold.type} → ${type}`);
		const byType = profile.missCausesByType.get(miss.gold.type) ?? new Map<MissCause, number>();
		bump(byType, cause);
		profile.missCausesByType.set(miss.gold.type, byType);
	}
	for (const unit of result.falsePositives) {
		bump(
			profile.falsePositiveSites,
			result.onGoldSentence.has(unit) ? 'on a required gold sentence' : 'on no gold sentence'
		);
		bump(profile.falsePositivesByType, unit.event.type);
	}
	return profile;
}
