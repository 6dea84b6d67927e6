import type { ExportJson, SourceJson } from '../types';
import type { Db } from './db';
import { EVENT_COLUMNS, EVENT_ORDER, eventsToJson, type EventRow } from './eventRows';
import { eventWhere, type EventFilters } from './eventFilters';
import { SOURCE_COLUMNS } from './exportAll';

/** Most events one API response carries; a client pages with narrower windows. */
export const MAX_EVENTS_PER_RESPONSE = 5000;

/** Events matching the filters, with the sources their mentions cite (the JSON contract). */
export function queryEvents(
	db: Db,
	filters: EventFilters,
	limit = MAX_EVENTS_PER_RESPONSE
): ExportJson & { truncated: boolean } {
	const where = eventWhere(filters);
	const rows = db
		.prepare(
			`SELECT ${EVENT_COLUMNS} FROM events e ${where.sql} ORDER BY ${EVENT_ORDER} LIMIT ${limit + 1}`
		)
		.all(where.params) as EventRow[];
	const truncated = rows.length > limit;
	const events = eventsToJson(db, rows.slice(0, limit));
	const sourceIds = [...new Set(events.flatMap((e) => e.mentions.map((m) => m.sourceId)))];
	const sources = sourceIds.length
		? (db
				.prepare(
					`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id IN (SELECT value FROM json_each(?)) ORDER BY file`
				)
				.all(JSON.stringify(sourceIds)) as SourceJson[])
		: [];
	return { sources, events, truncated };
}
