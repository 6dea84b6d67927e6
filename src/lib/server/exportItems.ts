import type { ExportItem } from '../export/types';
import type { EventPage } from '../params/eventPage';
import type { Db } from './db';
import type { EventFilters } from './eventFilters';
import { eventPageKeys, eventsByIds, sourcesByIds } from './queryEvents';

/** Events read per query: enough to amortise a query, few enough to hold nothing big. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Every event matching the filters, in the order of the JSON contract (dated events by date;
 * then, when no window is asked for, undated ones by id), each with the sources it cites. Read
 * lazily, a page at a time after the last event read (the API's keyset paging: no statement
 * held open between pages, so the connection serves other requests while a slow client
 * downloads). Unlike the API there is no limit: an export is the whole view.
 */
export function* exportItems(
	db: Db,
	filters: EventFilters,
	pageSize = EXPORT_PAGE_SIZE
): Generator<ExportItem> {
	let page: EventPage | null = { limit: pageSize, after: null };
	while (page) {
		const { ids, next } = eventPageKeys(db, filters, page);
		const events = eventsByIds(db, ids);
		const sources = new Map(
			sourcesByIds(db, new Set(events.flatMap((e) => e.mentions.map((m) => m.sourceId)))).map(
				(source) => [source.id, source]
			)
		);
		const approximate = new Set(
			db
				.prepare(
					'SELECT id FROM events WHERE approximate = 1 AND id IN (SELECT value FROM json_each(?))'
				)
				.pluck()
				.all(JSON.stringify(ids)) as string[]
		);
		for (const event of events) yield { event, approximate: approximate.has(event.id), sources };
		page = next && { limit: pageSize, after: next };
	}
}
