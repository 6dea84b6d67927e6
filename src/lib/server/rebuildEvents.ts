import { carryAliases } from '../merge/carryAliases';
import { mergeMentions, type SourcedMention } from '../merge/mergeMentions';
import type { EventMention } from '../types';
import type { Db } from './db';
import { writeEvents } from './writeEvents';

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

	// Parsed row by row: the raw JSON of every mention is never held beside its parsed form.
	const sourced: SourcedMention[] = [];
	for (const row of db
		.prepare(
			`SELECT sm.source_id AS sourceId, s.published AS published, sm.mention_json AS json
			 FROM source_mentions sm JOIN sources s ON s.id = sm.source_id
			 ORDER BY sm.source_id, sm.idx`
		)
		.iterate() as IterableIterator<{ sourceId: string; published: string | null; json: string }>) {
		sourced.push({
			sourceId: row.sourceId,
			published: row.published,
			mention: JSON.parse(row.json) as EventMention
		});
	}
	const events = mergeMentions(sourced);

	writeEvents(db, events);

	const next = events.map((event) => ({
		id: event.id,
		mentionKeys: event.mentions.map((m) => mentionKey(m.sourceId, m.start, m.end))
	}));
	updateAliases(db, carryAliases(previous, next), new Set(events.map((e) => e.id)));
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
