import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedStatement, openDatabase, tuneForServing } from './db';

describe('cachedStatement', () => {
	it('compiles a statement once per connection and SQL text', () => {
		const db = openDatabase(':memory:');
		const other = openDatabase(':memory:');
		const sql = 'SELECT count(*) AS n FROM events';
		expect(cachedStatement(db, sql)).toBe(cachedStatement(db, sql));
		expect(cachedStatement(other, sql)).not.toBe(cachedStatement(db, sql));
	});

	it('keeps plucking and raw statements apart from row statements of the same SQL', () => {
		const db = openDatabase(':memory:');
		const sql = 'SELECT 7 AS n, 8 AS m';
		expect(cachedStatement(db, sql, { pluck: true }).get()).toBe(7);
		expect(cachedStatement(db, sql, { raw: true }).get()).toEqual([7, 8]);
		expect(cachedStatement(db, sql).get()).toEqual({ n: 7, m: 8 });
		expect(cachedStatement(db, sql, { pluck: true }).get()).toBe(7);
		expect(cachedStatement(db, sql, { raw: true }).get()).toEqual([7, 8]);
	});
});

describe('tuneForServing', () => {
	it('maps the file into memory and enlarges the page cache', () => {
		const dir = mkdtempSync(join(tmpdir(), 'timeline-db-'));
		const db = openDatabase(join(dir, 'served.db'));
		try {
			tuneForServing(db);
			expect(db.pragma('mmap_size', { simple: true })).toBeGreaterThan(0);
			expect(db.pragma('cache_size', { simple: true })).toBeLessThan(-2000);
		} finally {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
