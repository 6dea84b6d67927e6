import { addDays, formatISO, parseISO } from 'date-fns';
import type { EventType } from '../types';
import type { Db } from './db';

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
 * The WHERE clause and parameters for filters over `events e`. A dated window uses the
 * (start_day, end_day) index: an event overlaps [from, to] when it starts no later than `to`
 * and ends no earlier than `from`; since no event spans more than the longest stored span, its
 * start is also bounded below, which keeps the index range small.
 */
export function eventWhere(
	db: Db,
	filters: EventFilters
): { sql: string; params: Record<string, string> } {
	const clauses: string[] = [];
	const params: Record<string, string> = {};
	if (filters.from || filters.to) clauses.push('e.start_day IS NOT NULL');
	if (filters.to) {
		clauses.push('e.start_day <= @to');
		params.to = filters.to;
	}
	if (filters.from) {
		const longest = Number(
			(db.prepare(`SELECT value FROM meta WHERE key = 'longest_span_days'`).pluck().get() as
				string | undefined) ?? 0
		);
		clauses.push('e.start_day >= @fromLow', 'e.end_day >= @from');
		params.from = filters.from;
		params.fromLow = formatISO(addDays(parseISO(filters.from), -longest), {
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
