import type { Db } from './db';

/**
 * Runs `write` with the tables' own indexes dropped, then creates them again from their stored
 * SQL, so the schema ends as it began. Sorting a whole column once costs far less than keeping an
 * index up to date row by row, once the index outgrows SQLite's page cache. Automatic indexes
 * (primary keys, UNIQUE) stay. Atomic: a savepoint inside the caller's transaction, if any.
 */
export function withoutIndexes(db: Db, tables: string[], write: () => void): void {
	db.transaction(() => {
		const indexes = db
			.prepare(
				`SELECT name, sql FROM sqlite_schema
				 WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
				 ORDER BY rowid`
			)
			.all(JSON.stringify(tables)) as { name: string; sql: string }[];
		for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
		write();
		for (const { sql } of indexes) db.exec(sql);
	})();
}

/**
 * Empties a full-text table by dropping and creating it again from its stored SQL: deleting its
 * rows one by one would tokenise each row's text again to find its index entries.
 */
export function emptyTextIndex(db: Db, table: string): void {
	const sql = db
		.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`)
		.pluck()
		.get(table) as string | undefined;
	if (!sql) throw new Error(`no table ${table}`);
	db.exec(`DROP TABLE "${table}"`);
	db.exec(sql);
}
