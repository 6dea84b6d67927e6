import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from './db';
import { MIGRATIONS } from './migrations';

const dir = mkdtempSync(join(tmpdir(), 'timeline-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 4', () => {
	it("gives every source's text index row the source's rowid, keeping its text", () => {
		const path = join(dir, 'v3.db');
		// The schema as migration 3 left it.
		const db = new Database(path);
		for (const step of MIGRATIONS.slice(0, 3)) db.exec(step);
		const insert = db.prepare(
			`INSERT INTO sources (id, file, content_hash, extract_key, title, body, ingested_at)
			 VALUES (?, ?, 'h', 'k', ?, ?, 'now')`
		);
		insert.run('a', 'a.txt', 'Alpha', 'The ministers met in Lisbon.');
		insert.run('b', 'b.txt', null, 'A call between the two leaders.');
		// As an ingest before migration 4 left it: index rows numbered on their own.
		db.prepare(
			'INSERT INTO sources_fts (rowid, source_id, title, body) SELECT rowid + 40, id, title, body FROM sources'
		).run();
		db.pragma('user_version = 3');
		db.close();

		const migrated = openDatabase(path);
		expect(schemaVersion(migrated)).toBe(MIGRATIONS.length);
		const rows = migrated
			.prepare(
				`SELECT f.rowid AS rowid, s.rowid AS sourceRowid, f.title FROM sources_fts f
				 JOIN sources s ON s.id = f.source_id ORDER BY s.id`
			)
			.all() as { rowid: number; sourceRowid: number; title: string }[];
		expect(rows.map((row) => row.rowid)).toEqual(rows.map((row) => row.sourceRowid));
		expect(rows.map((row) => row.title)).toEqual(['Alpha', '']);
		expect(
			migrated
				.prepare(`SELECT source_id FROM sources_fts WHERE sources_fts MATCH 'lisbon'`)
				.pluck()
				.all()
		).toEqual(['a']);
		migrated.close();
	});
});

describe('migration 8', () => {
	it('adds what became of an event, empty for the events already stored', () => {
		const path = join(dir, 'v7.db');
		// The schema as migration 7 left it.
		const db = new Database(path);
		for (const step of MIGRATIONS.slice(0, 7)) db.exec(step);
		db.prepare(
			`INSERT INTO events (id, type, title, planned, precision, derivation, date_text, explanation,
				approximate, source_count) VALUES ('e', 'visit', 'A visit', 1, 'day', 'explicit', '', '', 0, 1)`
		).run();
		db.pragma('user_version = 7');
		db.close();

		const migrated = openDatabase(path);
		expect(schemaVersion(migrated)).toBe(MIGRATIONS.length);
		expect(migrated.prepare('SELECT status, rescheduled_json FROM events').get()).toEqual({
			status: null,
			rescheduled_json: null
		});
		migrated.close();
	});
});
