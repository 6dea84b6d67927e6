/**
 * Versioned schema migrations, applied in order and recorded in `PRAGMA user_version`.
 * Append new steps; never edit a step that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
	// 1: sources, per-source extraction output, merged events and their links, search indexes.
	`
	CREATE TABLE sources (
		id TEXT PRIMARY KEY,
		file TEXT NOT NULL UNIQUE,
		content_hash TEXT NOT NULL,
		extract_key TEXT NOT NULL,
		title TEXT,
		outlet TEXT,
		url TEXT,
		language TEXT,
		published TEXT,
		published_day TEXT,
		publication_json TEXT,
		body TEXT NOT NULL,
		ingested_at TEXT NOT NULL
	);
	CREATE INDEX sources_hash ON sources(content_hash);

	-- What extraction found in one source, kept so that events can be re-merged without
	-- re-reading unchanged files.
	CREATE TABLE source_mentions (
		source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
		idx INTEGER NOT NULL,
		mention_json TEXT NOT NULL,
		PRIMARY KEY (source_id, idx)
	);

	CREATE TABLE events (
		id TEXT PRIMARY KEY,
		type TEXT NOT NULL,
		cameo TEXT,
		title TEXT NOT NULL,
		planned INTEGER NOT NULL,
		start_day TEXT,
		end_day TEXT,
		precision TEXT NOT NULL,
		derivation TEXT NOT NULL,
		date_text TEXT NOT NULL,
		explanation TEXT NOT NULL,
		approximate INTEGER NOT NULL,
		place TEXT,
		conflicts_json TEXT NOT NULL DEFAULT '[]',
		source_count INTEGER NOT NULL
	);
	-- A window query asks for start_day in [from - longest span, to] and end_day >= from.
	CREATE INDEX events_window ON events(start_day, end_day);
	CREATE INDEX events_type_start ON events(type, start_day);

	CREATE TABLE mentions (
		id INTEGER PRIMARY KEY,
		event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
		source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
		ord INTEGER NOT NULL,
		start INTEGER NOT NULL,
		end INTEGER NOT NULL,
		excerpt TEXT NOT NULL
	);
	CREATE INDEX mentions_event ON mentions(event_id, ord);
	CREATE INDEX mentions_source ON mentions(source_id, start);

	CREATE TABLE actors (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		kind TEXT,
		country TEXT
	);

	CREATE TABLE actor_aliases (
		alias TEXT NOT NULL,
		actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
		PRIMARY KEY (alias, actor_id)
	);

	CREATE TABLE event_participants (
		event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
		actor_id TEXT NOT NULL REFERENCES actors(id),
		ord INTEGER NOT NULL,
		role TEXT,
		PRIMARY KEY (event_id, actor_id)
	);
	CREATE INDEX event_participants_actor ON event_participants(actor_id, event_id);

	-- Old event ids that still resolve after an id had to change.
	CREATE TABLE event_aliases (
		alias TEXT PRIMARY KEY,
		target TEXT NOT NULL
	);

	CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, title, excerpts);
	CREATE VIRTUAL TABLE sources_fts USING fts5(source_id UNINDEXED, title, body);

	CREATE TABLE meta (
		key TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	`,
	// 2: window queries stay index range scans whatever the longest event; density comes from a
	// per-day summary instead of scanning every event.
	`
	ALTER TABLE events ADD COLUMN long INTEGER NOT NULL DEFAULT 0;
	DROP INDEX events_window;
	CREATE INDEX events_window ON events(start_day, end_day, source_count);
	CREATE INDEX events_long ON events(start_day, end_day) WHERE long = 1;
	CREATE INDEX events_end ON events(end_day);
	CREATE TABLE day_counts (
		day TEXT NOT NULL,
		type TEXT NOT NULL,
		count INTEGER NOT NULL,
		PRIMARY KEY (day, type)
	) WITHOUT ROWID;
	`,
	// 3: a crowded window sends its most-cited events, not its first ones. sample_key is a stable
	// pseudo-random number per event (writeEvents hashes the id; existing rows hash their rowid
	// until the next rebuild) that breaks ties between equally cited events, so that a sample is
	// spread over the window like the events themselves. Every index here covers its query.
	`
	ALTER TABLE events ADD COLUMN sample_key INTEGER NOT NULL DEFAULT 0;
	UPDATE events SET sample_key = (rowid * 2654435761) % 4294967296;
	DROP INDEX events_window;
	CREATE INDEX events_window ON events(start_day, end_day, type, source_count, sample_key);
	DROP INDEX events_long;
	CREATE INDEX events_long ON events(start_day, end_day, type, source_count, sample_key)
		WHERE long = 1;
	CREATE INDEX events_prominence ON events(source_count DESC, sample_key, start_day, end_day, type)
		WHERE start_day IS NOT NULL;
	CREATE INDEX events_level ON events(source_count, start_day, end_day, type, sample_key);
	CREATE INDEX events_undated ON events(source_count DESC, sample_key) WHERE start_day IS NULL;
	CREATE INDEX events_type_end ON events(type, end_day);
	`,
	// 4: a source's text index row takes the source's rowid, so that re-ingesting or removing a
	// file finds it in one lookup instead of scanning the whole index (source_id is unindexed).
	`
	DELETE FROM sources_fts;
	INSERT INTO sources_fts (rowid, source_id, title, body)
		SELECT rowid, id, coalesce(title, ''), body FROM sources;
	`,
	// 5: a crowded window's long events (started before it, still running) are read most cited
	// first and the read stops once the sample is decided, instead of reading every long event
	// that started earlier.
	`
	CREATE INDEX IF NOT EXISTS events_long_prominence ON events(source_count DESC, sample_key, start_day, end_day, type)
		WHERE long = 1;
	`,
	// 6: what each correction of the corrections file changed on an event, with the value before
	// it, so that an event page shows both the correction and the machine's reading.
	`
	CREATE TABLE IF NOT EXISTS event_corrections (
		event_id TEXT NOT NULL,
		ord INTEGER NOT NULL,
		entry INTEGER NOT NULL,
		line INTEGER NOT NULL,
		what TEXT NOT NULL,
		before TEXT,
		after TEXT,
		note TEXT,
		by TEXT,
		at TEXT,
		PRIMARY KEY (event_id, ord)
	) WITHOUT ROWID;
	`,
	// 7: for the incremental merge: what the merge blocks each stored mention by (see
	// mentionBlocking), to find the mentions a changed file can touch without reading every
	// mention's text; each event's slug and rank among the events sharing it, to give one slug's
	// events ids again without rebuilding the others; what each event says of its participants,
	// to give an actor what its first event says.
	`
	ALTER TABLE source_mentions ADD COLUMN blocking TEXT;
	ALTER TABLE events ADD COLUMN slug TEXT NOT NULL DEFAULT '';
	ALTER TABLE events ADD COLUMN collision_key TEXT NOT NULL DEFAULT '';
	CREATE INDEX events_slug ON events(slug);
	ALTER TABLE event_participants ADD COLUMN name TEXT;
	ALTER TABLE event_participants ADD COLUMN kind TEXT;
	ALTER TABLE event_participants ADD COLUMN country TEXT;
	`,
	// 8: what became of an event set for a date: 'postponed' or 'cancelled' (null: as told), and
	// the new date of a postponed one where the text gives it ({start, end, text}).
	`
	ALTER TABLE events ADD COLUMN status TEXT;
	ALTER TABLE events ADD COLUMN rescheduled_json TEXT;
	`,
	// 9: for the incremental merge: whether the merge's first two steps left each loose mention
	// alone for its third (1, else 0; null until merged), so that it need not decide that again.
	`
	ALTER TABLE source_mentions ADD COLUMN left_alone INTEGER;
	`,
	// 10: for the incremental merge: the rowid of a member of the group each loose mention chose
	// in the merge's second step (null: none), to find the mentions that chose a group; unknown
	// until the next full merge, which the cleared left_alone calls for.
	`
	ALTER TABLE source_mentions ADD COLUMN chosen INTEGER;
	UPDATE source_mentions SET left_alone = NULL;
	CREATE INDEX source_mentions_chosen ON source_mentions(chosen) WHERE chosen IS NOT NULL;
	`,
	// 11: each source file's size, modification time (ns), inode and device when it was last read
	// (null: unknown), so that a re-ingest need not read a file whose stat is unchanged.
	`
	ALTER TABLE sources ADD COLUMN file_stat TEXT;
	`,
	// 12: for the incremental merge: each stored mention's blocking keys (see mentionBlocking), one
	// row per key, so that the mentions a change can touch are found by key without reading the
	// blocking of every stored mention.
	`
	CREATE TABLE mention_keys (
		key TEXT NOT NULL,
		mention INTEGER NOT NULL,
		precise INTEGER NOT NULL,
		PRIMARY KEY (key, mention)
	) WITHOUT ROWID;
	CREATE INDEX mention_keys_mention ON mention_keys(mention);
	INSERT OR IGNORE INTO mention_keys (key, mention, precise)
		SELECT j.value, sm.rowid, json_extract(sm.blocking, '$[0]')
		FROM source_mentions sm, json_each(sm.blocking) j
		WHERE sm.blocking IS NOT NULL AND j.key >= 3;
	`,
	// 13: a view reads each event's participants in order from the index alone (event, order,
	// actor): by the key (event, actor) each participant was a row read apart for its order, and
	// the order a sort; about half the cost of building a month's events at 1,000,000 events.
	`
	CREATE INDEX event_participants_order ON event_participants(event_id, ord, actor_id);
	`
];
