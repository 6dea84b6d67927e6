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

export function schemaVersion(db: Db): number {
	return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
	const current = schemaVersion(db);
	if (current > MIGRATIONS.length) {
		throw new Error(
			`database schema version ${current} is newer than this program knows (${MIGRATIONS.length}); upgrade the program`
		);
	}
	for (let version = current; version < MIGRATIONS.length; version++) {
		db.transaction(() => {
			db.exec(MIGRATIONS[version]);
			db.pragma(`user_version = ${version + 1}`);
		})();
	}
}
