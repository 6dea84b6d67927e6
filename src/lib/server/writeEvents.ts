import { differenceInCalendarDays, parseISO } from 'date-fns';
import { createHash } from 'node:crypto';
import type { MergedEvent } from '../merge/types';
import type { Db } from './db';
import { LONG_EVENT_DAYS } from './eventFilters';

/**
 * Replaces every stored event with `events`: the events, their excerpts, participants, search
 * index and the per-day counts behind the density summary. Runs inside the caller's transaction.
 * Any iterable will do, so a generator can write millions of events without holding them all.
 */
export function writeEvents(db: Db, events: Iterable<MergedEvent>): void {
	db.exec(`DELETE FROM event_participants; DELETE FROM mentions; DELETE FROM events;
		DELETE FROM events_fts; DELETE FROM actors; DELETE FROM day_counts;`);
	const insertEvent = db.prepare(`
		INSERT INTO events (id, type, cameo, title, planned, start_day, end_day, precision, derivation,
			date_text, explanation, approximate, place, conflicts_json, source_count, long, sample_key)
		VALUES (@id, @type, @cameo, @title, @planned, @start, @end, @precision, @derivation,
			@text, @explanation, @approximate, @place, @conflicts, @sourceCount, @long, @sampleKey)`);
	const insertMention = db.prepare(
		'INSERT INTO mentions (event_id, source_id, ord, start, end, excerpt) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const insertActor = db.prepare(
		'INSERT OR IGNORE INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?)'
	);
	const insertParticipant = db.prepare(
		'INSERT OR IGNORE INTO event_participants (event_id, actor_id, ord, role) VALUES (?, ?, ?, ?)'
	);
	const insertFts = db.prepare(
		'INSERT INTO events_fts (event_id, title, excerpts) VALUES (?, ?, ?)'
	);

	const dayCounts = new Map<string, number>();
	for (const event of events) {
		const { date } = event;
		const span =
			date.start && date.end
				? differenceInCalendarDays(parseISO(date.end), parseISO(date.start))
				: 0;
		if (date.start) {
			const key = `${date.start}|${event.type}`;
			dayCounts.set(key, (dayCounts.get(key) ?? 0) + 1);
		}
		insertEvent.run({
			id: event.id,
			type: event.type,
			cameo: event.cameo,
			title: event.title,
			planned: event.planned ? 1 : 0,
			start: date.start,
			end: date.end,
			precision: date.precision,
			derivation: date.derivation,
			text: date.text,
			explanation: date.explanation,
			approximate: date.approximate ? 1 : 0,
			place: event.place,
			conflicts: JSON.stringify(event.conflicts),
			sourceCount: new Set(event.mentions.map((m) => m.sourceId)).size,
			long: span > LONG_EVENT_DAYS ? 1 : 0,
			sampleKey: sampleKey(event.id)
		});
		event.mentions.forEach((m, ord) =>
			insertMention.run(event.id, m.sourceId, ord, m.start, m.end, m.excerpt)
		);
		event.participants.forEach((p, ord) => {
			insertActor.run(p.id, p.name, p.kind ?? null, p.country ?? null);
			insertParticipant.run(event.id, p.id, ord, p.role ?? null);
		});
		insertFts.run(event.id, event.title, event.mentions.map((m) => m.excerpt).join('\n'));
	}

	const insertDayCount = db.prepare('INSERT INTO day_counts (day, type, count) VALUES (?, ?, ?)');
	for (const [key, count] of dayCounts) {
		const [day, type] = key.split('|');
		insertDayCount.run(day, type, count);
	}
}

/**
 * A stable pseudo-random number for an event: equally cited events are sampled in this order,
 * the same one after every re-ingest as long as the id stays.
 */
function sampleKey(id: string): number {
	return createHash('sha1').update(id).digest().readUInt32BE(0);
}
