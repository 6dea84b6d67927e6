/**
 * The actors a reader can filter by: everyone taking part in the loaded events, by name. The
 * filter itself applies to the whole corpus (`?actor=`).
 */
import type { TimelineEvent } from './types';

export interface ActorOption {
	id: string;
	name: string;
	/** Loaded events the actor takes part in. */
	count: number;
}

export function actorOptions(
	events: readonly Pick<TimelineEvent, 'participants'>[]
): ActorOption[] {
	const byId = new Map<string, ActorOption>();
	for (const event of events) {
		for (const { id, name } of event.participants) {
			const option = byId.get(id) ?? { id, name, count: 0 };
			option.count++;
			byId.set(id, option);
		}
	}
	return [...byId.values()].sort(
		(a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
	);
}
