import type { Db } from './db';

/** Keeps which excerpts the current events cite, before `writeEvents` replaces them. */
export function snapshotEventMentions(db: Db): void {
	db.exec(`DROP TABLE IF EXISTS temp.previous_mentions;
		CREATE TEMP TABLE previous_mentions AS
			SELECT DISTINCT event_id, source_id, start, end FROM mentions;`);
}

/**
 * After a re-merge, old ids keep resolving: an old id that is no event any more becomes an alias
 * of the new event citing most of its excerpts (ties: the smaller id); ids whose excerpts are all
 * gone get none. Existing aliases are pointed at their final target, and dropped when their id
 * is an event again or leads nowhere. Votes are counted in SQL, so neither event set is held in
 * memory. Needs `snapshotEventMentions` before the events were replaced.
 */
export function carryEventAliases(db: Db): void {
	const targets = new Map(
		(db.prepare('SELECT alias, target FROM event_aliases').all() as Alias[]).map((row) => [
			row.alias,
			row.target
		])
	);
	// Rows come best first within each alias; excerpt keys are unique within an event.
	let last: string | null = null;
	for (const row of db
		.prepare(
			`SELECT p.event_id AS alias, m.event_id AS target, count(*) AS votes
			 FROM previous_mentions p
			 JOIN mentions m ON m.source_id = p.source_id AND m.start = p.start AND m.end = p.end
			 WHERE p.event_id NOT IN (SELECT id FROM events)
			 GROUP BY p.event_id, m.event_id
			 ORDER BY alias, votes DESC, target`
		)
		.iterate() as IterableIterator<Alias>) {
		if (row.alias === last) continue;
		last = row.alias;
		targets.set(row.alias, row.target);
	}
	db.exec('DROP TABLE temp.previous_mentions');

	const isEvent = db.prepare('SELECT 1 FROM events WHERE id = ?').pluck();
	const current = (id: string) => isEvent.get(id) !== undefined;
	const resolve = (id: string): string | null => {
		const seen = new Set<string>();
		let at = id;
		while (!current(at)) {
			const next = targets.get(at);
			if (!next || seen.has(at)) return null;
			seen.add(at);
			at = next;
		}
		return at;
	};
	db.exec('DELETE FROM event_aliases');
	const insert = db.prepare('INSERT INTO event_aliases (alias, target) VALUES (?, ?)');
	for (const alias of targets.keys()) {
		if (current(alias)) continue;
		const target = resolve(alias);
		if (target) insert.run(alias, target);
	}
}

interface Alias {
	alias: string;
	target: string;
}
