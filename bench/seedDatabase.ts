/**
 * A timeline database holding `events` synthetic events, written straight through `writeEvents`
 * (the store's one writer) in one transaction. Databases are kept and reused (migrated like any
 * user's) while the generator and its seed are the same: a million events take minutes to write.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase } from '../src/lib/server/db';
import { writeEvents } from '../src/lib/server/writeEvents';
import { syntheticEvents, syntheticSources, type SyntheticSource } from './syntheticEvents';

/** Bump when the synthetic events change, so kept databases are written again. */
const GENERATOR_VERSION = 1;
const META_KEY = 'bench-seed';
/** Shared sources: the events' mentions point into these few hundred articles. */
const SOURCE_COUNT = 400;

export interface SeedOptions {
	path: string;
	events: number;
	seed?: string;
	onProgress?: (line: string) => void;
}

export interface SeededDatabase {
	path: string;
	events: number;
	/** True when a kept database was reused; `ms` is then the time to check it. */
	reused: boolean;
	ms: number;
}

export function seedDatabase(options: SeedOptions): SeededDatabase {
	const started = performance.now();
	const seed = options.seed ?? 'bench';
	const stamp = `${GENERATOR_VERSION}:${seed}:${options.events}`;
	if (existsSync(options.path) && keptStamp(options.path) === stamp) {
		return { path: options.path, events: options.events, reused: true, ms: elapsed(started) };
	}
	// Written beside and renamed, so an interrupted seeding never leaves a half database behind.
	const temporary = `${options.path}.partial`;
	removeDatabase(temporary);
	const db = openDatabase(temporary);
	db.pragma('synchronous = OFF');
	db.pragma('cache_size = -400000');
	const sources = syntheticSources(seed, SOURCE_COUNT);
	db.transaction(() => {
		insertSources(db, sources);
		writeEvents(db, progressEvery(syntheticEvents(seed, options.events, sources), options));
		db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(META_KEY, stamp);
	})();
	db.pragma('wal_checkpoint(TRUNCATE)');
	db.close();
	removeDatabase(options.path);
	renameSync(temporary, options.path);
	removeDatabase(temporary);
	return { path: options.path, events: options.events, reused: false, ms: elapsed(started) };
}

const elapsed = (started: number) => Math.round(performance.now() - started);

/** The stamp of a kept database, brought up to the current schema by its migrations. */
function keptStamp(path: string): string | null {
	const db = openDatabase(path);
	try {
		const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as
			{ value: string } | undefined;
		return row?.value ?? null;
	} finally {
		db.close();
	}
}

function removeDatabase(path: string): void {
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function insertSources(db: ReturnType<typeof openDatabase>, sources: SyntheticSource[]): void {
	const insert = db.prepare(`
		INSERT INTO sources (id, file, content_hash, extract_key, title, outlet, language, published,
			published_day, body, ingested_at)
		VALUES (@id, @file, @id, 'bench', @title, @outlet, 'en', @published, @day, @body, @published)`);
	for (const source of sources) insert.run({ ...source, day: source.published.slice(0, 10) });
}

function* progressEvery<T>(items: Iterable<T>, options: SeedOptions): Generator<T> {
	let count = 0;
	for (const item of items) {
		yield item;
		if (++count % 100_000 === 0) options.onProgress?.(`${count} events written`);
	}
}
