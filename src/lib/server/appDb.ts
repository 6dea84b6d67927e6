import { configuredDbPath, openDatabase, tuneForServing, type Db } from './db';

let connection: Db | null = null;

/**
 * The web server's connection, opened on first use. It is process-wide (one SQLite handle for
 * all requests), not per-request state: requests only read through it.
 */
export function appDb(): Db {
	if (!connection) {
		connection = openDatabase(configuredDbPath());
		tuneForServing(connection);
	}
	return connection;
}
