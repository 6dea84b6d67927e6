import { buildEvent } from './buildEvent';
import { clusterMentions } from './clusterMentions';
import { assignEventIds } from './eventSlug';
import { MERGE_POLICY, type MergePolicy } from './mergePolicy';
import { compareSourced, profileMention } from './mentionProfile';
import type { MergedEvent, SourcedMention } from './types';

export type { MergedEvent, MergedMention, SourcedMention } from './types';

/**
 * Merges the mentions of all sources into events: mentions of the same real-world event in
 * different articles become one event that lists every excerpt, with one date explained (and
 * any disagreement between sources kept). The result does not depend on the input order and is
 * sorted by date (undated last), then id.
 */
export function mergeMentions(
	mentions: SourcedMention[],
	policy: MergePolicy = MERGE_POLICY
): MergedEvent[] {
	const profiles = [...mentions]
		.sort(compareSourced)
		.map((sourced, index) => profileMention(sourced, index));
	const events = clusterMentions(profiles, policy).map((members) =>
		buildEvent(members.map((index) => profiles[index]))
	);
	return assignEventIds(events).sort((a, b) => {
		const dayA = a.date.start ?? '\uffff';
		const dayB = b.date.start ?? '\uffff';
		return dayA < dayB ? -1 : dayA > dayB ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
}
