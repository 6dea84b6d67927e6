import { buildEvent } from '../merge/buildEvent';
import { collisionRank, eventSlug, slugGroupIds } from '../merge/eventSlug';
import { profileMention } from '../merge/mentionProfile';
import type { MergedEvent } from '../merge/types';
import type { Db } from './db';
import { sourcedMention, STORED_MENTION_SQL, type StoredMentionRow } from './storedMatchProfiles';

/** Events read back per query: enough to amortise the query, few enough to hold. */
const PAGE_SIZE = 500;
/** Sorts undated events after every date. */
const UNDATED_ORDER = '\uffff';

/** Clusters of stored mentions: lists of canonical indexes, and each index's `source_mentions` rowid. */
export interface StoredClusters {
	clusters: number[][];
	rowids: Float64Array;
}

/**
 * Events built one cluster at a time and parked in a temporary table, so that a corpus's events
 * are never all in memory: their ids depend on every event with the same slug, and they are
 * written in date order. `stageEvents`, then `assignStagedIds`, then `stagedEvents`, then
 * `dropStagedEvents`, inside one transaction.
 */
export function stageEvents(db: Db, { clusters, rowids }: StoredClusters): void {
	db.exec(`DROP TABLE IF EXISTS temp.staged_events;
		CREATE TEMP TABLE staged_events (
			ord INTEGER PRIMARY KEY,
			slug TEXT NOT NULL,
			collision_key TEXT NOT NULL,
			id TEXT NOT NULL,
			date_order TEXT NOT NULL,
			json TEXT NOT NULL
		)`);
	const stored = db.prepare(`${STORED_MENTION_SQL} WHERE sm.rowid = ?`);
	const insert = db.prepare(
		'INSERT INTO staged_events (ord, slug, collision_key, id, date_order, json) VALUES (?, ?, ?, ?, ?, ?)'
	);
	clusters.forEach((members, ord) => {
		// Members are canonical indexes in ascending order, as `buildEvent` expects.
		const event = buildEvent(
			members.map((index) =>
				profileMention(sourcedMention(stored.get(rowids[index]) as StoredMentionRow), index, {
					words: false
				})
			)
		);
		const slug = eventSlug(event);
		insert.run(
			ord,
			slug,
			collisionRank(event),
			slug,
			event.date.start ?? UNDATED_ORDER,
			JSON.stringify(event)
		);
	});
	db.exec('CREATE INDEX temp.staged_by_slug ON staged_events (slug, ord)');
}

/**
 * Gives each staged event its id as `assignEventIds` does: the slug, suffixed for all but the
 * first of the events sharing it, in collision order (`slugGroupIds`, compared in JavaScript,
 * as there), then cluster order.
 */
export function assignStagedIds(db: Db): void {
	const isSlug = db.prepare('SELECT 1 FROM staged_events WHERE slug = ? LIMIT 1').pluck();
	const suffixed = new Set<string>();
	const taken = {
		has: (id: string) => suffixed.has(id) || isSlug.get(id) !== undefined,
		add: (id: string) => void suffixed.add(id)
	};
	const renamed: [id: string, ord: number][] = [];
	const nameGroup = (slug: string, group: { ord: number; key: string }[]) => {
		const ids = slugGroupIds(
			slug,
			group.map(({ key }) => key),
			taken
		);
		group.forEach(({ ord }, i) => {
			if (ids[i] !== slug) renamed.push([ids[i], ord]);
		});
	};
	// Slugs are ascii, so SQLite groups them as JavaScript would; most groups have one event.
	let slug: string | null = null;
	let group: { ord: number; key: string }[] = [];
	for (const row of db
		.prepare('SELECT ord, slug, collision_key AS key FROM staged_events ORDER BY slug, ord')
		.iterate() as IterableIterator<{ ord: number; slug: string; key: string }>) {
		if (row.slug !== slug) {
			if (slug !== null && group.length > 1) nameGroup(slug, group);
			slug = row.slug;
			group = [];
		}
		group.push({ ord: row.ord, key: row.key });
	}
	if (slug !== null && group.length > 1) nameGroup(slug, group);
	const rename = db.prepare('UPDATE staged_events SET id = ? WHERE ord = ?');
	for (const [id, ord] of renamed) rename.run(id, ord);
	db.exec('CREATE UNIQUE INDEX temp.staged_by_date ON staged_events (date_order, id)');
}

/**
 * The staged events by date (undated last), then id, read a page at a time: the caller may
 * write to the database between pages.
 */
export function* stagedEvents(db: Db): Generator<MergedEvent> {
	const page = db.prepare(
		`SELECT id, date_order, json FROM staged_events WHERE (date_order, id) > (?, ?)
		 ORDER BY date_order, id LIMIT ${PAGE_SIZE}`
	);
	let after: [string, string] = ['', ''];
	for (;;) {
		const rows = page.all(...after) as { id: string; date_order: string; json: string }[];
		for (const row of rows)
			yield { ...(JSON.parse(row.json) as Omit<MergedEvent, 'id'>), id: row.id };
		if (rows.length < PAGE_SIZE) return;
		const last = rows[rows.length - 1];
		after = [last.date_order, last.id];
	}
}

export function dropStagedEvents(db: Db): void {
	db.exec('DROP TABLE IF EXISTS temp.staged_events');
}
