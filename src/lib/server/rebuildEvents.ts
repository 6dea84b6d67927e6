import { differenceInCalendarDays, parseISO } from 'date-fns';
import { carryAliases } from '../merge/carryAliases';
import { mergeMentions, type SourcedMention } from '../merge/mergeMentions';
import type { EventMention } from '../types';
import type { Db } from './db';

/** Key of one excerpt, used to follow an event across re-ingests when its id changes. */
const mentionKey = (sourceId: string, start: number, end: number) => `${sourceId}:${start}-${end}`;

/**
 * Merges the stored per-source mentions into events and rewrites the event tables. Old ids
 * whose mentions now belong to an event with another id become aliases, so shared links keep
 * working. Runs inside the caller's transaction.
 */
export function rebuildEvents(db: Db): void {
	const previous = (
		db
			.prepare(
				`SELECT event_id AS id, group_concat(source_id || ':' || start || '-' || end, '|') AS keys
				 FROM mentions GROUP BY event_id`
			)
			.all() as { id: string; keys: string }[]
	).map((row) => ({ id: row.id, mentionKeys: row.keys.split('|') }));

	const rows = db
		.prepare(
			`SELECT sm.source_id AS sourceId, s.published AS published, sm.mention_json AS json
			 FROM source_mentions sm JOIN sources s ON s.id = sm.source_id
			 ORDER BY sm.source_id, sm.idx`
		)
		.all() as { sourceId: string; published: string | null; json: string }[];
	const sourced: SourcedMention[] = rows.map((row) => ({
		sourceId: row.sourceId,
		published: row.published,
		mention: JSON.parse(row.json) as EventMention
	}));
	const events = mergeMentions(sourced);

	db.exec(`DELETE FROM event_participants; DELETE FROM mentions; DELETE FROM events;
		DELETE FROM events_fts; DELETE FROM actors;`);
	const insertEvent = db.prepare(`
		INSERT INTO events (id, type, cameo, title, planned, start_day, end_day, precision, derivation,
			date_text, explanation, approximate, place, conflicts_json, source_count)
		VALUES (@id, @type, @cameo, @title, @planned, @start, @end, @precision, @derivation,
			@text, @explanation, @approximate, @place, @conflicts, @sourceCount)`);
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

	let longestSpan = 0;
	for (const event of events) {
		const { date } = event;
		if (date.start && date.end) {
			longestSpan = Math.max(
				longestSpan,
				differenceInCalendarDays(parseISO(date.end), parseISO(date.start))
			);
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
			sourceCount: new Set(event.mentions.map((m) => m.sourceId)).size
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

	const next = events.map((event) => ({
		id: event.id,
		mentionKeys: event.mentions.map((m) => mentionKey(m.sourceId, m.start, m.end))
	}));
	updateAliases(db, carryAliases(previous, next), new Set(events.map((e) => e.id)));
	db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('longest_span_days', ?)`).run(
		String(longestSpan)
	);
}

/** Adds new aliases, points old aliases at the final target, drops ids that are events again. */
function updateAliases(
	db: Db,
	fresh: { alias: string; target: string }[],
	currentIds: Set<string>
): void {
	const targets = new Map(
		(
			db.prepare('SELECT alias, target FROM event_aliases').all() as {
				alias: string;
				target: string;
			}[]
		).map((row) => [row.alias, row.target])
	);
	for (const { alias, target } of fresh) targets.set(alias, target);
	const resolve = (id: string): string | null => {
		const seen = new Set<string>();
		let current = id;
		while (!currentIds.has(current)) {
			const next = targets.get(current);
			if (!next || seen.has(current)) return null;
			seen.add(current);
			current = next;
		}
		return current;
	};
	db.exec('DELETE FROM event_aliases');
	const insert = db.prepare('INSERT INTO event_aliases (alias, target) VALUES (?, ?)');
	for (const alias of targets.keys()) {
		if (currentIds.has(alias)) continue;
		const target = resolve(alias);
		if (target) insert.run(alias, target);
	}
}
