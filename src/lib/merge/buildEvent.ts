import type { Participant } from '../types';
import { mentionKey, type MentionProfile } from './mentionProfile';
import { mergedDate } from './mergedDate';
import { mostSpecificPlace } from './relatePlaces';
import type { MergedEvent, MergedMention } from './types';

/**
 * Participants of all mentions, each once: the ones most sources name first, then in the order
 * the preferred mention lists them. The first name, role, kind and country given are kept.
 */
function unionParticipants(ordered: MentionProfile[]): Participant[] {
	const merged = new Map<string, { participant: Participant; count: number; order: number }>();
	for (const profile of ordered) {
		for (const participant of profile.sourced.mention.participants) {
			const known = merged.get(participant.id);
			if (!known) {
				merged.set(participant.id, {
					participant: { ...participant },
					count: 1,
					order: merged.size
				});
				continue;
			}
			known.count++;
			const kept = known.participant;
			kept.role ??= participant.role;
			kept.kind ??= participant.kind;
			kept.country ??= participant.country;
		}
	}
	return [...merged.values()]
		.sort((a, b) => b.count - a.count || a.order - b.order)
		.map((entry) => entry.participant);
}

function mentionsOf(members: MentionProfile[]): MergedMention[] {
	const seen = new Set<string>();
	const mentions: MergedMention[] = [];
	for (const { sourced } of members) {
		for (const excerpt of sourced.mention.excerpts) {
			const key = mentionKey(sourced.sourceId, excerpt);
			if (seen.has(key)) continue;
			seen.add(key);
			mentions.push({
				sourceId: sourced.sourceId,
				start: excerpt.start,
				end: excerpt.end,
				excerpt: excerpt.text
			});
		}
	}
	return mentions.sort((a, b) =>
		a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end
	);
}

/**
 * What became of the event as its sources tell it: called off when any says so, else put off when
 * any says so, with the first new date a source gives.
 */
function outcomeOf(ordered: MentionProfile[]): Pick<MergedEvent, 'status' | 'rescheduled'> {
	const mentions = ordered.map((profile) => profile.sourced.mention);
	const status = mentions.some((m) => m.status === 'cancelled')
		? 'cancelled'
		: mentions.some((m) => m.status === 'postponed')
			? 'postponed'
			: undefined;
	if (!status) return {};
	const rescheduled =
		status === 'postponed' ? mentions.find((m) => m.rescheduled)?.rescheduled : undefined;
	return rescheduled ? { status, rescheduled: { ...rescheduled } } : { status };
}

/** One event from the mentions grouped as the same real-world event (members in canonical order). */
export function buildEvent(members: MentionProfile[]): Omit<MergedEvent, 'id'> {
	const { date, primary, conflicts } = mergedDate(members);
	const ordered = [primary, ...members.filter((profile) => profile !== primary)];
	const mention = primary.sourced.mention;
	return {
		type: mention.type,
		cameo:
			mention.cameo ??
			ordered.find((profile) => profile.sourced.mention.cameo)?.sourced.mention.cameo ??
			null,
		title: mention.title,
		// A report that it happened outweighs earlier announcements that it would.
		planned: members.every((profile) => profile.sourced.mention.planned),
		...outcomeOf(ordered),
		date,
		participants: unionParticipants(ordered),
		place: mostSpecificPlace(members.map((profile) => profile.sourced.mention.place)),
		mentions: mentionsOf(members),
		conflicts
	};
}
