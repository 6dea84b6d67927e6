import { hash } from 'node:crypto';
import { dayNumber } from '../dates/calendar';
import { collisionRank, eventSlug } from '../merge/eventSlug';
import type { MergedEvent } from '../merge/types';
import { emptyTextIndex, withoutIndexes } from './bulkRewrite';
import type { Db } from './db';
import { LONG_EVENT_DAYS } from './eventFilters';
import { isolateBidi } from '../text/isolateBidi';

/**
 * Replaces every stored event with `events`: the events, their excerpts, participants, search
 * index and the per-day counts behind the density summary. Atomic (a savepoint inside the
 * caller's transaction, if any). Any iterable will do, so a generator can write millions of
 * events without holding them all. Each event's search row has the event's rowid.
 */
export function writeEvents(db: Db, events: Iterable<MergedEvent>): void {
	withoutIndexes(db, ['events', 'mentions', 'event_participants'], () => {
		db.exec(`DELETE FROM event_participants; DELETE FROM mentions; DELETE FROM events;
			DELETE FROM actors; DELETE FROM day_counts;`);
		emptyTextIndex(db, 'events_fts');
		insertEvents(db, events);
	});
}

/**
 * Adds events to the stored ones (their excerpts, participants, search rows and day counts); the
 * ids must be new.
 */
export function insertEvents(db: Db, events: Iterable<MergedEvent>): void {
	const insertEvent = db.prepare(`
		INSERT INTO events (id, type, cameo, title, planned, start_day, end_day, precision, derivation,
			date_text, explanation, approximate, place, conflicts_json, source_count, long, sample_key,
			slug, collision_key, status, rescheduled_json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
	const insertMention = db.prepare(
		'INSERT INTO mentions (event_id, source_id, ord, start, end, excerpt) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const insertActor = db.prepare(
		'INSERT OR IGNORE INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?)'
	);
	const insertParticipant = db.prepare(
		`INSERT OR IGNORE INTO event_participants (event_id, actor_id, ord, role, name, kind, country)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	);
	const insertFts = db.prepare(
		'INSERT INTO events_fts (rowid, event_id, title, excerpts) VALUES (?, ?, ?, ?)'
	);

	// An actor keeps what its first event says: later inserts would be ignored anyway.
	const actors = new Set<string>();
	const dayCounts = new Map<string, number>();
	for (const event of events) {
		const { date } = event;
		const span = date.start && date.end ? dayNumber(date.end) - dayNumber(date.start) : 0;
		if (date.start) {
			const key = `${date.start}|${event.type}`;
			dayCounts.set(key, (dayCounts.get(key) ?? 0) + 1);
		}
		const { lastInsertRowid } = insertEvent.run(
			event.id,
			event.type,
			event.cameo,
			// Article words: bidi overrides in them must not reorder the text they are shown beside.
			isolateBidi(event.title),
			event.planned ? 1 : 0,
			date.start,
			date.end,
			date.precision,
			date.derivation,
			date.text,
			date.explanation,
			date.approximate ? 1 : 0,
			event.place,
			JSON.stringify(event.conflicts),
			new Set(event.mentions.map((m) => m.sourceId)).size,
			span > LONG_EVENT_DAYS ? 1 : 0,
			sampleKey(event.id),
			eventSlug(event),
			collisionRank(event),
			event.status ?? null,
			event.rescheduled ? JSON.stringify(event.rescheduled) : null
		);
		event.mentions.forEach((m, ord) =>
			insertMention.run(event.id, m.sourceId, ord, m.start, m.end, m.excerpt)
		);
		event.participants.forEach((p, ord) => {
			if (!actors.has(p.id)) {
				actors.add(p.id);
				insertActor.run(p.id, p.name, p.kind ?? null, p.country ?? null);
			}
			insertParticipant.run(
				event.id,
				p.id,
				ord,
				p.role ?? null,
				p.name,
				p.kind ?? null,
				p.country ?? null
			);
		});
		insertFts.run(
			lastInsertRowid,
			event.id,
			event.title,
			event.mentions.map((m) => m.excerpt).join('\n')
		);
	}

	const insertDayCount = db.prepare(
		`INSERT INTO day_counts (day, type, count) VALUES (?, ?, ?)
		 ON CONFLICT (day, type) DO UPDATE SET count = count + excluded.count`
	);
	for (const [key, count] of dayCounts) {
		const [day, type] = key.split('|');
		insertDayCount.run(day, type, count);
	}
}

/** Removes stored events with everything `insertEvents` wrote for them; unknown ids are ignored. */
export function deleteEvents(db: Db, ids: Iterable<string>): void {
	const find = db.prepare('SELECT rowid, start_day, type FROM events WHERE id = ?');
	const uncount = db.prepare('UPDATE day_counts SET count = count - 1 WHERE day = ? AND type = ?');
	const deleteFts = db.prepare('DELETE FROM events_fts WHERE rowid = ?');
	// Excerpts and participants go with their event (ON DELETE CASCADE).
	const deleteEvent = db.prepare('DELETE FROM events WHERE rowid = ?');
	for (const id of ids) {
		const row = find.get(id) as
			{ rowid: number; start_day: string | null; type: string } | undefined;
		if (!row) continue;
		if (row.start_day) uncount.run(row.start_day, row.type);
		deleteFts.run(row.rowid);
		deleteEvent.run(row.rowid);
	}
	db.exec('DELETE FROM day_counts WHERE count <= 0');
}

/**
 * A stable pseudo-random number for an event: equally cited events are sampled in this order,
 * the same one after every re-ingest as long as the id stays.
 */
export function sampleKey(id: string): number {
	return hash('sha1', id, 'buffer').readUInt32BE(0);
}
