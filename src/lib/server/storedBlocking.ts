import {
	mayCompare,
	parseBlocking,
	serializeBlocking,
	type MentionBlocking
} from '../merge/mentionBlocking';
import type { Db } from './db';

/**
 * Each stored mention's blocking keys, one row per key in `mention_keys` (migration 12), kept in
 * step with `source_mentions.blocking`: what an incremental merge looks up instead of reading
 * the blocking of every stored mention.
 */
export function blockingWriter(db: Db) {
	const setBlocking = db.prepare('UPDATE source_mentions SET blocking = ? WHERE rowid = ?');
	const addKey = db.prepare(
		'INSERT OR IGNORE INTO mention_keys (key, mention, precise) VALUES (?, ?, ?)'
	);
	const forgetMention = db.prepare('DELETE FROM mention_keys WHERE mention = ?');
	const forget = db.prepare(`DELETE FROM mention_keys WHERE mention IN
		(SELECT rowid FROM source_mentions WHERE source_id = ?)`);
	return {
		/** Keys for a mention just stored (its `blocking` column written with it). */
		addKeys(rowid: number | bigint, blocking: MentionBlocking): void {
			for (const key of blocking.keys) addKey.run(key, rowid, blocking.precise ? 1 : 0);
		},
		/** Writes a mention's blocking and its keys (for mentions stored before blocking was kept). */
		write(rowid: number, blocking: MentionBlocking): void {
			setBlocking.run(serializeBlocking(blocking), rowid);
			forgetMention.run(rowid);
			this.addKeys(rowid, blocking);
		},
		/** Drops the keys of a source's mentions, before the mentions go. */
		forgetSource(sourceId: string): void {
			forget.run(sourceId);
		}
	};
}

/**
 * The stored mentions' blocking as the incremental merge reads it: each mention's row and each
 * key's bucket read from SQLite when first asked for, and kept for the merge (the stored data do
 * not change during it).
 */
export function storedBlocking(db: Db) {
	const rowOf = db.prepare(
		'SELECT blocking, left_alone AS alone FROM source_mentions WHERE rowid = ?'
	);
	const bucketOf = db.prepare(`SELECT sm.rowid AS rowid, sm.blocking AS blocking,
		sm.left_alone AS alone FROM mention_keys k JOIN source_mentions sm ON sm.rowid = k.mention
		WHERE k.key = ?`);
	const looseIn = db
		.prepare('SELECT count(*) FROM mention_keys WHERE key = ? AND precise = 0')
		.pluck();
	const rows = new Map<number, { blocking: MentionBlocking; alone: boolean }>();
	const remember = (rowid: number, row: { blocking: string; alone: number | null }) => {
		let known = rows.get(rowid);
		if (!known) {
			known = { blocking: parseBlocking(row.blocking), alone: row.alone === 1 };
			rows.set(rowid, known);
		}
		return known;
	};
	const row = (rowid: number) =>
		rows.get(rowid) ??
		remember(rowid, rowOf.get(rowid) as { blocking: string; alone: number | null });
	const buckets = new Map<string, number[]>();
	const bucket = (key: string) => {
		let members = buckets.get(key);
		if (!members) {
			const found = bucketOf.all(key) as {
				rowid: number;
				blocking: string;
				alone: number | null;
			}[];
			members = found.map((stored) => (remember(stored.rowid, stored), stored.rowid));
			buckets.set(key, members);
		}
		return members;
	};
	return {
		size: db.prepare('SELECT count(*) FROM source_mentions').pluck().get() as number,
		blocking: (rowid: number) => row(rowid).blocking,
		leftAlone: (rowid: number) => row(rowid).alone,
		/** Stored mentions that share a key with `blocking` and that `mayCompare` with it, each once. */
		candidates(blocking: MentionBlocking): number[] {
			const found = new Set<number>();
			for (const key of blocking.keys) {
				for (const rowid of bucket(key)) {
					if (!found.has(rowid) && mayCompare(blocking, row(rowid).blocking)) found.add(rowid);
				}
			}
			return [...found];
		},
		/** How many stored mentions without a precise date have `key`. */
		looseCount: (key: string) => looseIn.get(key) as number
	};
}
