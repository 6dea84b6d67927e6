import { describe, expect, it } from 'vitest';
import { emptyTextIndex, withoutIndexes } from './bulkRewrite';
import { openDatabase } from './db';

const SCHEMA = `SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name`;

function dbWithRows() {
	const db = openDatabase(':memory:');
	db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, m INTEGER);
		CREATE INDEX t_n ON t (n);
		CREATE INDEX t_m_partial ON t (m) WHERE m > 1;
		CREATE TABLE other (x INTEGER);
		CREATE INDEX other_x ON other (x);
		INSERT INTO t VALUES ('a', 1, 2), ('b', 2, 3);`);
	return db;
}

const indexNames = (db: ReturnType<typeof openDatabase>) =>
	db
		.prepare(
			`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('t', 'other') ORDER BY name`
		)
		.pluck()
		.all();

describe('withoutIndexes', () => {
	it("drops only the tables' own indexes while writing and ends with the same schema", () => {
		const db = dbWithRows();
		const before = db.prepare(SCHEMA).all();
		let during: unknown[] = [];
		withoutIndexes(db, ['t'], () => {
			during = indexNames(db);
			db.exec(`DELETE FROM t; INSERT INTO t VALUES ('c', 5, 7)`);
		});
		expect(during).toEqual(['other_x', 'sqlite_autoindex_t_1']);
		expect(db.prepare(SCHEMA).all()).toEqual(before);
		// The recreated indexes hold the new rows.
		expect(db.prepare('SELECT id FROM t INDEXED BY t_m_partial WHERE m > 1').pluck().all()).toEqual(
			['c']
		);
	});

	it('leaves rows and indexes as they were when the write fails', () => {
		const db = dbWithRows();
		const before = db.prepare(SCHEMA).all();
		expect(() =>
			withoutIndexes(db, ['t'], () => {
				db.exec('DELETE FROM t');
				throw new Error('write failed');
			})
		).toThrow('write failed');
		expect(db.prepare(SCHEMA).all()).toEqual(before);
		expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
	});
});

describe('emptyTextIndex', () => {
	it('empties a full-text table and keeps its definition', () => {
		const db = openDatabase(':memory:');
		db.exec(`CREATE VIRTUAL TABLE f USING fts5(key UNINDEXED, body);
			INSERT INTO f (key, body) VALUES ('old', 'alpha beta');`);
		const before = db.prepare(SCHEMA).all();
		emptyTextIndex(db, 'f');
		db.prepare('INSERT INTO f (rowid, key, body) VALUES (7, ?, ?)').run('new', 'beta gamma');
		expect(db.prepare(SCHEMA).all()).toEqual(before);
		expect(db.prepare(`SELECT rowid, key FROM f WHERE f MATCH 'beta'`).all()).toEqual([
			{ rowid: 7, key: 'new' }
		]);
		expect(db.prepare(`SELECT count(*) FROM f WHERE f MATCH 'alpha'`).pluck().get()).toBe(0);
	});
});
