import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeBlocking, type MentionBlocking } from '../merge/mentionBlocking';
import { openDatabase, type Db } from './db';
import { MIGRATIONS } from './migrations';
import { blockingWriter, storedBlocking } from './storedBlocking';

const dir = mkdtempSync(join(tmpdir(), 'timeline-blocking-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const blocking = (
	start: number | null,
	end: number | null,
	precise: boolean,
	keys: string[]
): MentionBlocking => ({ precise, start, end, keys });

/** Four stored mentions of two sources, as ingest stores them; their rowids in order. */
const MENTIONS: [string, MentionBlocking][] = [
	['s1', blocking(10, 10, true, ['a', 'b'])],
	['s1', blocking(40, 40, true, ['a'])],
	['s2', blocking(null, null, false, ['b'])],
	['s2', blocking(11, 11, true, ['c'])]
];

function storeMentions(db: Db | Database.Database, withKeys: boolean): number[] {
	const source = db.prepare(
		`INSERT OR IGNORE INTO sources (id, file, content_hash, extract_key, body, ingested_at)
		 VALUES (?, ?, 'h', 'k', 'text', 'now')`
	);
	const insert = db.prepare(
		'INSERT INTO source_mentions (source_id, idx, mention_json, blocking) VALUES (?, ?, ?, ?)'
	);
	const writer = withKeys ? blockingWriter(db as Db) : null;
	return MENTIONS.map(([sourceId, stored], idx) => {
		source.run(sourceId, `${sourceId}.txt`);
		const { lastInsertRowid } = insert.run(sourceId, idx, '{}', serializeBlocking(stored));
		writer?.addKeys(lastInsertRowid, stored);
		return Number(lastInsertRowid);
	});
}

describe('storedBlocking', () => {
	it('finds the stored mentions sharing a key that may be compared, each once, and counts loose ones', () => {
		const db = openDatabase(join(dir, 'find.db'));
		const rowids = storeMentions(db, true);
		const stored = storedBlocking(db);
		expect(stored.size).toBe(4);
		expect(stored.candidates(blocking(11, 11, true, ['a', 'b'])).sort()).toEqual([
			rowids[0],
			rowids[2]
		]);
		expect(stored.looseCount('b')).toBe(1);
		expect(stored.looseCount('a')).toBe(0);
		expect(stored.blocking(rowids[3])).toEqual(MENTIONS[3][1]);
		db.close();
	});

	it("forgets a source's keys, and rewrites a mention's blocking with its keys", () => {
		const db = openDatabase(join(dir, 'forget.db'));
		const rowids = storeMentions(db, true);
		const writer = blockingWriter(db);
		writer.forgetSource('s1');
		db.prepare(`DELETE FROM source_mentions WHERE source_id = 's1'`).run();
		writer.write(rowids[3], blocking(11, 11, true, ['a']));
		const stored = storedBlocking(db);
		expect(stored.candidates(blocking(11, 11, true, ['a', 'b', 'c'])).sort()).toEqual([
			rowids[2],
			rowids[3]
		]);
		expect(db.prepare('SELECT count(*) FROM mention_keys').pluck().get()).toBe(2);
		db.close();
	});

	it('migration 12 indexes the keys of the mentions stored before it', () => {
		const path = join(dir, 'v11.db');
		const old = new Database(path);
		for (const step of MIGRATIONS.slice(0, 11)) old.exec(step);
		old.pragma('user_version = 11');
		const rowids = storeMentions(old, false);
		old.close();
		const db = openDatabase(path);
		const stored = storedBlocking(db);
		expect(stored.candidates(blocking(11, 11, true, ['a', 'b'])).sort()).toEqual([
			rowids[0],
			rowids[2]
		]);
		expect(stored.looseCount('b')).toBe(1);
		expect(
			db.prepare('SELECT key, mention, precise FROM mention_keys ORDER BY mention, key').all()
		).toEqual([
			{ key: 'a', mention: rowids[0], precise: 1 },
			{ key: 'b', mention: rowids[0], precise: 1 },
			{ key: 'a', mention: rowids[1], precise: 1 },
			{ key: 'b', mention: rowids[2], precise: 0 },
			{ key: 'c', mention: rowids[3], precise: 1 }
		]);
		db.close();
	});
});
