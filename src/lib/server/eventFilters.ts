import { addDays, formatISO, parseISO } from 'date-fns';
import type { EventType } from '../types';

/**
 * Events spanning more days than this are "long" and found through their own small index;
 * every other event overlapping a window starts at most this many days before it.
 */
export const LONG_EVENT_DAYS = 31;

/** What a user can narrow the events to; every field optional. Days are `YYYY-MM-DD`, inclusive. */
export interface EventFilters {
	from?: string;
	to?: string;
	q?: string;
	actor?: string;
	type?: EventType[];
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word is quoted and
 * prefix-matched, all words must occur.
 */
export function ftsQuery(text: string): string | null {
	const words = text
		.normalize('NFKC')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0)
		.slice(0, 12);
	return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/**
 * The WHERE clause and parameters for filters over `events e`. An event overlaps [from, to]
 * when it starts no later than `to` and ends no earlier than `from`. To keep that an index range
 * scan, short events are looked up by a start bounded below (from − LONG_EVENT_DAYS) and long
 * ones through their partial index.
 */
export function eventWhere(filters: EventFilters): { sql: string; params: Record<string, string> } {
	const clauses: string[] = [];
	const params: Record<string, string> = {};
	if (filters.from || filters.to) clauses.push('e.start_day IS NOT NULL');
	if (filters.to) {
		clauses.push('e.start_day <= @to');
		params.to = filters.to;
	}
	if (filters.from) {
		clauses.push('(e.start_day >= @fromLow OR e.long = 1)', 'e.end_day >= @from');
		params.from = filters.from;
		params.fromLow = formatISO(addDays(parseISO(filters.from), -LONG_EVENT_DAYS), {
			representation: 'date'
		});
	}
	if (filters.type && filters.type.length > 0) {
		clauses.push(`e.type IN (${filters.type.map((_, i) => `@type${i}`).join(', ')})`);
		filters.type.forEach((type, i) => (params[`type${i}`] = type));
	}
	if (filters.actor) {
		clauses.push('e.id IN (SELECT event_id FROM event_participants WHERE actor_id = @actor)');
		params.actor = filters.actor;
	}
	const match = filters.q ? ftsQuery(filters.q) : null;
	if (match) {
		clauses.push('e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH @q)');
		params.q = match;
	}
	return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
