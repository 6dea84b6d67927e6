import { configuredDbPath, databaseProblem, openDatabase, tuneForServing, type Db } from './db';

let connection: Db | null = null;

/**
 * The web server's connection, opened on first use. It is process-wide (one SQLite handle for
 * all requests), not per-request state: requests only read through it. A database this process
 * may not write to is opened read-only: serving needs no more (an ingest then fails and says so).
 */
export function appDb(): Db {
	if (!connection) {
		const path = configuredDbPath();
		try {
			connection = openDatabase(path);
		} catch (error) {
			if (!/read-only|cannot be opened/.test(databaseProblem(error) ?? '')) throw error;
			connection = openDatabase(path, { readonly: true });
		}
		tuneForServing(connection);
	}
	return connection;
}

/** What is wrong with the server's database, or null when it answers a query. */
export function appDbProblem(): string | null {
	try {
		const db = appDb();
		db.prepare('SELECT count(*) FROM sources').pluck().get();
		db.prepare('SELECT count(*) FROM events').pluck().get();
		return null;
	} catch (error) {
		const problem = databaseProblem(error);
		if (problem) return problem;
		throw error;
	}
}
