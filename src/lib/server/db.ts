import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** Default locations, relative to the working directory; env vars override them everywhere. */
export const DEFAULT_DB_PATH = 'data/timeline.db';
export const DEFAULT_CORPUS_DIR = 'corpus';

export function configuredDbPath(flag?: string): string {
	return resolve(flag ?? process.env.TIMELINE_DB ?? DEFAULT_DB_PATH);
}

export function configuredCorpusDir(flag?: string): string {
	return resolve(flag ?? process.env.TIMELINE_CORPUS ?? DEFAULT_CORPUS_DIR);
}

/** Opens (creating if needed) the database and brings its schema up to date. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
	if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const readonly = options.readonly ?? false;
	const db = new Database(path, { readonly, fileMustExist: readonly });
	if (!options.readonly) {
		// WAL lets the web server read while an ingest writes; an ingest killed mid-way leaves
		// only uncommitted frames, which SQLite discards on the next open.
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		migrate(db);
	}
	db.pragma('foreign_keys = ON');
	return db;
}

/**
 * A statement compiled once per connection and SQL text: the views run the same few queries on
 * every request, and compiling one costs about as much as running it over a warm index.
 * `pluck` (first column only) and `raw` (rows as arrays) statements are kept apart, since either
 * mode changes the statement itself.
 */
export function cachedStatement(
	db: Db,
	sql: string,
	options: { pluck?: boolean; raw?: boolean } = {}
): Database.Statement {
	let statements = compiled.get(db);
	if (!statements) {
		statements = new Map();
		compiled.set(db, statements);
	}
	const key = options.pluck ? `pluck ${sql}` : options.raw ? `raw ${sql}` : sql;
	let statement = statements.get(key);
	if (!statement) {
		// Filters make the SQL vary; past this many texts the rarely used ones are compiled again.
		if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
		statement = db.prepare(sql);
		if (options.pluck) statement.pluck();
		else if (options.raw) statement.raw();
		statements.set(key, statement);
	}
	return statement;
}

const compiled = new WeakMap<Db, Map<string, Database.Statement>>();
const MAX_CACHED_STATEMENTS = 256;

/**
 * Settings for a long-lived connection that serves reads: pages are read through a memory map
 * (no system call and copy per page, which dominated random lookups in a database larger than
 * SQLite's own cache) and the page cache is larger than the 2 MB default.
 */
export function tuneForServing(db: Db): void {
	db.pragma(`mmap_size = ${SERVING_MMAP_BYTES}`);
	db.pragma(`cache_size = -${SERVING_CACHE_KIB}`);
}

/** SQLite caps the map at its compile-time maximum (2 GB in better-sqlite3's build). */
const SERVING_MMAP_BYTES = 2 * 1024 ** 3;
const SERVING_CACHE_KIB = 64 * 1024;

/**
 * Changes whenever the data may have: SQLite's data_version moves when another connection
 * commits (an ingest), total_changes when this one writes. Results kept per connection are
 * valid while it stays the same.
 */
export function dataVersion(db: Db): string {
	// One statement for both; `db.pragma` would compile its statement on every call.
	const [dataVersion, changes] = cachedStatement(
		db,
		'SELECT data_version, total_changes() FROM pragma_data_version',
		{ raw: true }
	).get() as [number, number];
	return `${dataVersion}:${changes}`;
}

export function schemaVersion(db: Db): number {
	return db.pragma('user_version', { simple: true }) as number;
}

/**
 * What is wrong with the database, in words, when `error` comes from it (not a database, corrupt,
 * read-only, locked, disk full, no folder for it, a schema from a newer program); null for any
 * other error. Said after the database's path: "database data/timeline.db is corrupt …".
 */
export function databaseProblem(error: unknown): string | null {
	if (error instanceof NewerSchemaError) return error.message;
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code !== 'string') return null;
	const [, base] = /^(SQLITE_[A-Z]+)/.exec(code) ?? [];
	const known = DATABASE_PROBLEMS[base ?? code];
	if (known) return `${known} (${code})`;
	return base ? `cannot be used: ${(error as Error).message} (${code})` : null;
}

const MOVE_IT = 'move it away (or delete it) and ingest again to rebuild it from the corpus';

const DATABASE_PROBLEMS: Record<string, string> = {
	SQLITE_NOTADB: `is not a SQLite database (corrupt, or another kind of file): ${MOVE_IT}`,
	SQLITE_CORRUPT: `is corrupt (its disk image is malformed): ${MOVE_IT}`,
	SQLITE_READONLY: 'is read-only: this user cannot write to it or to its folder',
	SQLITE_CANTOPEN: 'cannot be opened: its folder is missing or not writable',
	SQLITE_PERM: 'cannot be opened: permission denied',
	SQLITE_BUSY: 'is locked by another process (an ingest still running?): try again later',
	SQLITE_LOCKED: 'is locked by another connection: try again later',
	SQLITE_FULL: 'cannot grow: the disk is full',
	SQLITE_IOERR: 'cannot be read or written: input/output error',
	EACCES: 'cannot be created: permission denied on its folder',
	EROFS: 'cannot be created: the file system is read-only',
	ENOTDIR: 'cannot be created: a file stands where its folder should be'
};

/** The database was written by a newer version of the program. */
class NewerSchemaError extends Error {}

function migrate(db: Db): void {
	const current = schemaVersion(db);
	if (current > MIGRATIONS.length) {
		throw new NewerSchemaError(
			`has schema version ${current}, newer than this program knows (${MIGRATIONS.length}): upgrade the program`
		);
	}
	for (let version = current; version < MIGRATIONS.length; version++) {
		db.transaction(() => {
			db.exec(MIGRATIONS[version]);
			db.pragma(`user_version = ${version + 1}`);
		})();
	}
}
