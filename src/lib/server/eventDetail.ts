import type { EventDate, EventJson, SourceJson } from '../types';
import type { Db } from './db';
import { EVENT_COLUMNS, eventsToJson, type EventRow } from './eventRows';
import { SOURCE_COLUMNS } from './exportAll';

export interface EventDetail {
	event: EventJson & { approximate: boolean };
	/** Sources cited by the mentions, by id. */
	sources: Record<string, SourceJson>;
	/** Dates the sources gave when they disagree, each with its source. */
	conflicts: { sourceId: string; date: EventDate }[];
	participants: {
		id: string;
		name: string;
		role: string | null;
		kind: string | null;
		country: string | null;
	}[];
}

export type EventLookup =
	{ found: true; detail: EventDetail } | { found: false; redirectTo: string | null };

/** One event with everything its page shows; an old id answers with the id it now has. */
export function eventDetail(db: Db, id: string): EventLookup {
	const row = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`).get(id) as
		EventRow | undefined;
	if (!row) {
		const target = db
			.prepare('SELECT target FROM event_aliases WHERE alias = ?')
			.pluck()
			.get(id) as string | undefined;
		return { found: false, redirectTo: target ?? null };
	}
	const [event] = eventsToJson(db, [row]);
	const sourceIds = [...new Set(event.mentions.map((m) => m.sourceId))];
	const sources = Object.fromEntries(
		(
			db
				.prepare(
					`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id IN (SELECT value FROM json_each(?))`
				)
				.all(JSON.stringify(sourceIds)) as SourceJson[]
		).map((s) => [s.id, s])
	);
	const participants = db
		.prepare(
			`SELECT a.id, a.name, ep.role, a.kind, a.country FROM event_participants ep
			 JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = ? ORDER BY ep.ord`
		)
		.all(id) as EventDetail['participants'];
	return {
		found: true,
		detail: {
			event: { ...event, approximate: row.approximate === 1 },
			sources,
			conflicts: JSON.parse(row.conflicts_json),
			participants
		}
	};
}
