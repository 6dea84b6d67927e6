import type { Derivation, EventJson, EventStatus, EventType, Precision } from '../types';
import type { Db } from './db';

/** An events row as stored. */
export interface EventRow {
	id: string;
	type: EventType;
	cameo: string | null;
	title: string;
	planned: number;
	start_day: string | null;
	end_day: string | null;
	precision: Precision;
	derivation: Derivation;
	date_text: string;
	explanation: string;
	approximate: number;
	place: string | null;
	conflicts_json: string;
	source_count: number;
	status: EventStatus | null;
	rescheduled_json: string | null;
}

export const EVENT_COLUMNS = `e.id, e.type, e.cameo, e.title, e.planned, e.start_day, e.end_day,
	e.precision, e.derivation, e.date_text, e.explanation, e.approximate, e.place, e.conflicts_json,
	e.source_count, e.status, e.rescheduled_json`;

/** A stored event's status and new date, as fields present only when set. */
export function outcomeOfRow(
	row: Pick<EventRow, 'status' | 'rescheduled_json'>
): Pick<EventJson, 'status' | 'rescheduled'> {
	return {
		...(row.status ? { status: row.status } : {}),
		...(row.rescheduled_json ? { rescheduled: JSON.parse(row.rescheduled_json) } : {})
	};
}

/** Undated events sort last; ties by id so every listing is deterministic. */
export const EVENT_ORDER = `e.start_day IS NULL, e.start_day, e.end_day, e.id`;

/**
 * Completes event rows with their participants and mentions in two queries (not one per event),
 * in the JSON contract's shape.
 */
export function eventsToJson(db: Db, rows: EventRow[]): EventJson[] {
	if (rows.length === 0) return [];
	const ids = JSON.stringify(rows.map((row) => row.id));
	const participants = new Map<string, { id: string; name: string }[]>();
	for (const p of db
		.prepare(
			`SELECT ep.event_id, a.id, a.name FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
			 WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY ep.event_id, ep.ord`
		)
		.all(ids) as { event_id: string; id: string; name: string }[]) {
		const list = participants.get(p.event_id) ?? [];
		list.push({ id: p.id, name: p.name });
		participants.set(p.event_id, list);
	}
	const mentions = new Map<string, EventJson['mentions']>();
	for (const m of db
		.prepare(
			`SELECT event_id, source_id, excerpt, start, end FROM mentions
			 WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, ord`
		)
		.all(ids) as {
		event_id: string;
		source_id: string;
		excerpt: string;
		start: number;
		end: number;
	}[]) {
		const list = mentions.get(m.event_id) ?? [];
		list.push({ sourceId: m.source_id, excerpt: m.excerpt, start: m.start, end: m.end });
		mentions.set(m.event_id, list);
	}
	return rows.map((row) => ({
		id: row.id,
		type: row.type,
		cameo: row.cameo,
		title: row.title,
		planned: row.planned === 1,
		...outcomeOfRow(row),
		date: {
			start: row.start_day,
			end: row.end_day,
			precision: row.precision,
			derivation: row.derivation,
			text: row.date_text,
			explanation: row.explanation
		},
		participants: participants.get(row.id) ?? [],
		place: row.place,
		mentions: mentions.get(row.id) ?? []
	}));
}
