import { DEFAULT_PAGE_LIMIT, type EventCursor, type EventPage } from '../params/eventPage';
import type { EventJson, ExportJson, SourceJson } from '../types';
import type { Db } from './db';
import { EVENT_COLUMNS, eventsToJson, type EventRow } from './eventRows';
import { eventBranches, filterPlan, type EventFilters } from './eventFilters';
import { SOURCE_COLUMNS } from './exportAll';

/** One page of events matching the filters: their ids in order, and where the next page starts. */
export interface EventPageKeys {
	ids: string[];
	next: EventCursor | null;
}

interface KeyRow {
	id: string;
	start_day: string | null;
	end_day: string | null;
}

const FIRST_PAGE: EventPage = { limit: DEFAULT_PAGE_LIMIT, after: null };

/**
 * The ids of one page of events matching the filters: dated events by start day, end day and
 * id, then (when no window is asked for) undated ones by id, from just after `page.after`. Only
 * the keys are read here (a page's events are read in chunks as they are sent); the dated part
 * is read in index order and stops one past the limit, so a crowded table is never sorted
 * whole and no page costs more than its limit.
 */
export function eventPageKeys(db: Db, filters: EventFilters, page: EventPage): EventPageKeys {
	const { limit, after } = page;
	const windowed = Boolean(filters.from || filters.to);
	const plan = filterPlan(db, filters);
	const keys: KeyRow[] = [];
	if (after?.start !== null) {
		const extra = windowed || after ? [] : ['e.start_day IS NOT NULL'];
		const params: Record<string, string> = {};
		if (after) {
			// The index range starts at the cursor's day (`startFrom`); this is the exact order.
			extra.push("(e.start_day, ifnull(e.end_day, ''), e.id) > (@startFrom, @afterEnd, @afterId)");
			Object.assign(params, { afterEnd: after.end, afterId: after.id });
		}
		const dated = eventBranches(filters, extra, plan, after?.start);
		keys.push(
			...(db
				.prepare(
					`${dated.branches.map((from) => `SELECT e.id, e.start_day, e.end_day FROM ${from}`).join(' UNION ALL ')}
					 ORDER BY start_day, end_day, id LIMIT ${limit + 1}`
				)
				.all({ ...dated.params, ...params }) as KeyRow[])
		);
	}
	if (!windowed && keys.length <= limit) {
		const afterUndated = after?.start === null ? after.id : null;
		const undated = eventBranches(
			filters,
			['e.start_day IS NULL', ...(afterUndated === null ? [] : ['e.id > @afterId'])],
			plan
		);
		keys.push(
			...(db
				.prepare(
					`SELECT e.id, e.start_day, e.end_day FROM ${undated.branches[0]} ORDER BY e.id LIMIT ${limit + 1 - keys.length}`
				)
				.all({
					...undated.params,
					...(afterUndated === null ? {} : { afterId: afterUndated })
				}) as KeyRow[])
		);
	}
	const last = keys.length > limit ? keys[limit - 1] : null;
	return {
		ids: keys.slice(0, limit).map((key) => key.id),
		next: last && { start: last.start_day, end: last.end_day ?? '', id: last.id }
	};
}

/** The events with these ids in the JSON contract, in the order of `ids` (gone ones left out). */
export function eventsByIds(db: Db, ids: readonly string[]): EventJson[] {
	if (ids.length === 0) return [];
	const rows = db
		.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`)
		.all(JSON.stringify(ids)) as EventRow[];
	const byId = new Map(rows.map((row) => [row.id, row]));
	return eventsToJson(
		db,
		ids.flatMap((id) => byId.get(id) ?? [])
	);
}

/** The sources with these ids, by file. */
export function sourcesByIds(db: Db, ids: Iterable<string>): SourceJson[] {
	const list = [...ids];
	return list.length
		? (db
				.prepare(
					`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id IN (SELECT value FROM json_each(?)) ORDER BY file`
				)
				.all(JSON.stringify(list)) as SourceJson[])
		: [];
}

/**
 * One page of events matching the filters with the sources their mentions cite (the JSON
 * contract), and where the next page starts.
 */
export function queryEvents(
	db: Db,
	filters: EventFilters,
	page: EventPage = FIRST_PAGE
): ExportJson & { next: EventCursor | null } {
	const { ids, next } = eventPageKeys(db, filters, page);
	const events = eventsByIds(db, ids);
	const sources = sourcesByIds(
		db,
		new Set(events.flatMap((e) => e.mentions.map((m) => m.sourceId)))
	);
	return { sources, events, next };
}
