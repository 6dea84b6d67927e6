import type { ExportJson, SourceJson } from '../types';
import type { Db } from './db';
import { EVENT_COLUMNS, eventsToJson, type EventRow } from './eventRows';
import { eventBranches, filterPlan, type EventFilters } from './eventFilters';
import { SOURCE_COLUMNS } from './exportAll';

/** Most events one API response carries; a client pages with narrower windows. */
export const MAX_EVENTS_PER_RESPONSE = 5000;

/**
 * Events matching the filters, with the sources their mentions cite (the JSON contract): dated
 * events by date, then (when no window is asked for) undated ones by id. The dated part is read
 * in index order and stops at the limit, so a crowded table is never sorted whole.
 */
export function queryEvents(
	db: Db,
	filters: EventFilters,
	limit = MAX_EVENTS_PER_RESPONSE
): ExportJson & { truncated: boolean } {
	const windowed = Boolean(filters.from || filters.to);
	const plan = filterPlan(db, filters);
	const dated = eventBranches(filters, windowed ? [] : ['e.start_day IS NOT NULL'], plan);
	const rows = db
		.prepare(
			`${dated.branches.map((from) => `SELECT ${EVENT_COLUMNS} FROM ${from}`).join(' UNION ALL ')}
			 ORDER BY start_day, end_day, id LIMIT ${limit + 1}`
		)
		.all(dated.params) as EventRow[];
	if (!windowed && rows.length <= limit) {
		const undated = eventBranches(filters, ['e.start_day IS NULL'], plan);
		rows.push(
			...(db
				.prepare(
					`SELECT ${EVENT_COLUMNS} FROM ${undated.branches[0]} ORDER BY e.id LIMIT ${limit + 1 - rows.length}`
				)
				.all(undated.params) as EventRow[])
		);
	}
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
