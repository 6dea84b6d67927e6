import { buildEvent } from '../merge/buildEvent';
import { clusterAround } from '../merge/clusterAround';
import { MAX_YEARLESS_BUCKET } from '../merge/clusterMentions';
import { collisionRank, eventSlug, slugGroupIds } from '../merge/eventSlug';
import { matchesEitherWay, matchesStronglyEitherWay } from '../merge/matchMentions';
import {
	mayPairStrongly,
	mentionBlocking,
	parseBlocking,
	type MentionBlocking
} from '../merge/mentionBlocking';
import {
	compareSourced,
	mentionKey,
	profileMention,
	type MentionProfile
} from '../merge/mentionProfile';
import type { MergedEvent, SourcedMention } from '../merge/types';
import { carryEventAliases } from './carryEventAliases';
import { storedCorrectionsReport } from './corrections';
import type { Db } from './db';
import type { RebuildStep } from './rebuildEvents';
import { storedBlocking } from './storedBlocking';
import { sourcedMention, STORED_MENTION_SQL, type StoredMentionRow } from './storedMatchProfiles';
import { deleteEvents, insertEvents, sampleKey } from './writeEvents';

/** Beyond this share of the sources changed, merging everything again costs less. */
const MAX_CHANGED_SHARE = 0.2;
/**
 * Beyond this share of the stored mentions read to follow the changes (and this many), merging
 * everything again costs less.
 */
const MAX_AFFECTED_SHARE = 0.1;
const MIN_AFFECTED_LIMIT = 1000;

/** What an ingest records of each source it changes or removes, before it does (see `noteSourceChanges`). */
export function prepareSourceChanges(db: Db): (sourceId: string, stored: boolean) => void {
	db.exec(`CREATE TEMP TABLE IF NOT EXISTS changed_sources (id TEXT PRIMARY KEY) WITHOUT ROWID;
		CREATE TEMP TABLE IF NOT EXISTS lost_mentions (source_id TEXT NOT NULL, published TEXT,
			mention_json TEXT NOT NULL, blocking TEXT);
		CREATE TEMP TABLE IF NOT EXISTS touched_events (id TEXT PRIMARY KEY,
			lost_precise INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;`);
	const changed = db.prepare('INSERT OR IGNORE INTO temp.changed_sources (id) VALUES (?)');
	const lost =
		db.prepare(`INSERT INTO temp.lost_mentions (source_id, published, mention_json, blocking)
		SELECT sm.source_id, s.published, sm.mention_json, sm.blocking
		FROM source_mentions sm JOIN sources s ON s.id = sm.source_id WHERE sm.source_id = ?`);
	const touched = db.prepare(`INSERT OR IGNORE INTO temp.touched_events (id)
		SELECT DISTINCT event_id FROM mentions WHERE source_id = ?`);
	// The events citing an excerpt of a precise mention of the source (a mention stored without
	// blocking counts as precise: it would only cost work).
	const touchedByPrecise = db.prepare(`UPDATE temp.touched_events SET lost_precise = 1
		WHERE id IN (SELECT m.event_id FROM source_mentions sm
			JOIN json_each(sm.mention_json, '$.excerpts') e
			JOIN mentions m ON m.source_id = sm.source_id
				AND m.start = json_extract(e.value, '$.start') AND m.end = json_extract(e.value, '$.end')
			WHERE sm.source_id = ? AND (sm.blocking IS NULL OR sm.blocking LIKE '[1,%'))`);
	return (sourceId, stored) => {
		changed.run(sourceId);
		// A source not stored before has no mentions to lose and no events to touch: the look-ups
		// would find nothing, at a cost that grows with the transaction (a tenth of a new file's storing).
		if (!stored) return;
		lost.run(sourceId);
		touched.run(sourceId);
		touchedByPrecise.run(sourceId);
	};
}

/** What an incremental merge did: how many stored mentions and events it merged again. */
export interface IncrementalMerge {
	mentions: number;
	/** Stored events replaced, and events written in their place. */
	replaced: number;
	written: number;
}

/**
 * Merges again only what the sources changed since the last merge (noted by the function
 * `prepareSourceChanges` returns) can touch: the mentions whose groups can change because of a
 * new mention or a lost one, with the stored events they were part of (`clusterAround`). Every
 * other event is kept as stored, ids included. The result is the one `rebuildEvents` gives:
 * the groups are those of clustering every mention, event ids are given again to each slug
 * they touch, actors keep what their first event says, and old ids become aliases as there.
 * Returns why not, having written nothing, when it cannot promise that and a full merge is needed: the stored events carry corrections (not the
 * machine's), mentions stored before blocking was kept, a corpus-wide bucket near the size
 * clustering skips, or so many changes that a full merge is cheaper. Runs inside the caller's
 * transaction.
 */
export function mergeIncrementally(
	db: Db,
	onStep: (step: RebuildStep) => void = () => {}
): IncrementalMerge | { fullMergeBecause: string } {
	const reason = fullMergeReason(db);
	if (reason) return { fullMergeBecause: reason };
	const store = storedMentions(db);
	const lost = lostMentions(db);
	const fresh = db
		.prepare(
			'SELECT rowid FROM source_mentions WHERE source_id IN (SELECT id FROM temp.changed_sources)'
		)
		.pluck()
		.all() as number[];
	// Mentions a lost one was linked to may now be free to join others: precise ones a precise one
	// matched, loose ones that could choose its group, loose ones that could pair with a loose one
	// in step 3. A lost loose mention changes no precise group (step 1 is precise mentions only)
	// and no other loose mention's fit (step 2 fits step 1's groups): the group it joined is a
	// touched event, whose choosers join it again and whose linked part stands.
	const seeds = new Set(fresh);
	const partnersLost = new Set<number>();
	// As in `clusterAround`, a strong pair counts only where clustering's strong keys can find it.
	for (const { profile, blocking } of lost) {
		for (const other of store.candidates(blocking)) {
			const otherBlocking = store.blocking(other);
			const bothPrecise = profile.precise && otherBlocking.precise;
			if (!profile.precise && otherBlocking.precise) continue;
			if (!bothPrecise && !mayPairStrongly(blocking, otherBlocking)) continue;
			const otherProfile = store.profile(other);
			if (
				bothPrecise
					? matchesEitherWay(profile, otherProfile)
					: matchesStronglyEitherWay(profile, otherProfile)
			) {
				if (profile.precise) seeds.add(other);
				else partnersLost.add(other);
			}
		}
	}
	const touched = db
		.prepare('SELECT id, lost_precise AS precise FROM temp.touched_events')
		.all() as {
		id: string;
		precise: number;
	}[];
	const limit = Math.max(MIN_AFFECTED_LIMIT, MAX_AFFECTED_SHARE * store.size);
	const affected = clusterAround(
		seeds,
		touched.filter(({ precise }) => precise === 1).map(({ id }) => id),
		{
			profile: (rowid) => store.profile(rowid),
			precise: (rowid) => store.blocking(rowid).precise,
			leftAlone: (rowid) => store.leftAlone(rowid),
			choosersOf: (rowid) => store.choosersOf(rowid),
			compare: (a, b) => compareSourced(store.profile(a).sourced, store.profile(b).sourced),
			candidates: (rowid) => store.candidates(store.blocking(rowid)),
			mayPairStrongly: (a, b) => mayPairStrongly(store.blocking(a), store.blocking(b)),
			eventsOf: (rowid) => store.eventsOf(rowid),
			membersOf: (event) => store.membersOf(event)
		},
		limit,
		partnersLost,
		touched.filter(({ precise }) => precise === 0).map(({ id }) => id)
	);
	if (!affected) {
		return {
			fullMergeBecause: `the changes reach over ${Math.round(limit)} of the ${store.size} stored event mentions`
		};
	}
	// A year-less mention skips a corpus-wide bucket over MAX_YEARLESS_BUCKET: near that size, a
	// change could flip what clustering compares beyond the affected mentions.
	const lostLoose = new Map<string, number>();
	for (const { blocking } of lost) {
		if (blocking.precise) continue;
		for (const key of blocking.keys) lostLoose.set(key, (lostLoose.get(key) ?? 0) + 1);
	}
	const keys = new Set([
		...lost.flatMap(({ blocking }) => blocking.keys),
		...[...affected.consulted].flatMap((rowid) => store.blocking(rowid).keys)
	]);
	for (const key of keys) {
		if (store.looseCount(key) + (lostLoose.get(key) ?? 0) > MAX_YEARLESS_BUCKET) {
			return { fullMergeBecause: 'a candidate bucket is near the size clustering skips' };
		}
	}

	onStep({ step: 'profiled', mentions: affected.mentions.size });
	onStep({ step: 'clustered', events: affected.clusters.length });
	const built = affected.clusters.map((members) =>
		buildEvent(
			members
				.sort((a, b) => compareSourced(store.profile(a).sourced, store.profile(b).sourced))
				.map((rowid) => store.profile(rowid))
		)
	);
	onStep({ step: 'staged' });
	const { events, renamed } = assignIds(db, built, affected.events);

	snapshotMentionsOf(db, [...affected.events, ...renamed.keys()]);
	const actorsOf = db.prepare('SELECT actor_id FROM event_participants WHERE event_id = ?').pluck();
	const actors = new Set([
		...[...affected.events].flatMap((id) => actorsOf.all(id) as string[]),
		...events.flatMap((event) => event.participants.map((p) => p.id))
	]);
	const writeSteps = db.prepare(
		'UPDATE source_mentions SET left_alone = ?, chosen = ? WHERE rowid = ?'
	);
	for (const [rowid, alone] of affected.leftAlone) {
		writeSteps.run(alone ? 1 : 0, affected.chosen.get(rowid) ?? null, rowid);
	}
	deleteEvents(db, affected.events);
	renameEvents(db, renamed);
	insertEvents(db, events);
	refreshActors(db, actors);
	carryEventAliases(db);
	onStep({ step: 'written' });
	return {
		mentions: affected.mentions.size,
		replaced: affected.events.size,
		written: events.length
	};
}

/** Why the stored data cannot be merged incrementally, or null when it can. */
function fullMergeReason(db: Db): string | null {
	const one = (sql: string) => db.prepare(sql).get() !== undefined;
	if (!one('SELECT 1 FROM events LIMIT 1')) return 'no events stored yet';
	if (
		one('SELECT 1 FROM source_mentions WHERE blocking IS NULL LIMIT 1') ||
		one(`SELECT 1 FROM source_mentions WHERE left_alone IS NULL
			AND source_id NOT IN (SELECT id FROM temp.changed_sources) LIMIT 1`) ||
		one(`SELECT 1 FROM events WHERE slug = '' LIMIT 1`) ||
		one('SELECT 1 FROM event_participants WHERE name IS NULL LIMIT 1')
	) {
		return 'events stored by an older version';
	}
	if ((storedCorrectionsReport(db)?.changedEvents ?? 0) > 0) {
		return 'the stored events carry corrections';
	}
	const count = (sql: string) => db.prepare(sql).pluck().get() as number;
	const changed = count('SELECT count(*) FROM temp.changed_sources');
	const sources = count('SELECT count(*) FROM sources');
	if (changed > MAX_CHANGED_SHARE * Math.max(sources, 1)) {
		return `${changed} of ${sources} sources changed`;
	}
	return null;
}

/**
 * Gives each actor the details its first event (by date, then id) names it with, as writing all
 * events in that order does; an actor no event names any more goes.
 */
function refreshActors(db: Db, ids: Set<string>): void {
	const first = db.prepare(`SELECT ep.name, ep.kind, ep.country FROM event_participants ep
		JOIN events e ON e.id = ep.event_id WHERE ep.actor_id = ?
		ORDER BY e.start_day IS NULL, e.start_day, e.id LIMIT 1`);
	const write = db.prepare(`INSERT INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
			country = excluded.country`);
	const remove = db.prepare('DELETE FROM actors WHERE id = ?');
	for (const id of ids) {
		const row = first.get(id) as
			{ name: string; kind: string | null; country: string | null } | undefined;
		if (row) write.run(id, row.name, row.kind, row.country);
		else remove.run(id);
	}
}

/**
 * The stored mentions as the incremental merge reads them, each when first needed: blocking by
 * key (`storedBlocking`), profiles, events.
 */
function storedMentions(db: Db) {
	const blocking = storedBlocking(db);
	const choosers = db.prepare('SELECT rowid FROM source_mentions WHERE chosen = ?').pluck();
	const byRowid = db.prepare(`${STORED_MENTION_SQL} WHERE sm.rowid = ?`);
	const profiles = new Map<number, MentionProfile>();
	const profile = (rowid: number): MentionProfile => {
		let known = profiles.get(rowid);
		if (!known) {
			known = profileMention(sourcedMention(byRowid.get(rowid) as StoredMentionRow), -1, {
				words: 'lazy'
			});
			profiles.set(rowid, known);
		}
		return known;
	};
	const eventsCiting = db
		.prepare('SELECT DISTINCT event_id FROM mentions WHERE source_id = ? AND start = ? AND end = ?')
		.pluck();
	const eventExcerpts = db.prepare(
		'SELECT DISTINCT source_id AS sourceId, start, end FROM mentions WHERE event_id = ?'
	);
	const ofSource = db.prepare(`${STORED_MENTION_SQL} WHERE sm.source_id = ?`);
	// Per source, the stored mentions citing each excerpt.
	const excerptOwners = new Map<string, Map<string, number[]>>();
	const ownersIn = (sourceId: string) => {
		let owners = excerptOwners.get(sourceId);
		if (!owners) {
			owners = new Map();
			for (const row of ofSource.all(sourceId) as StoredMentionRow[]) {
				for (const excerpt of sourcedMention(row).mention.excerpts) {
					const key = mentionKey(sourceId, excerpt);
					owners.set(key, [...(owners.get(key) ?? []), row.rowid]);
				}
			}
			excerptOwners.set(sourceId, owners);
		}
		return owners;
	};
	return {
		...blocking,
		choosersOf: (rowid: number) => choosers.all(rowid) as number[],
		profile,
		eventsOf: cachedBy(new Map<number, string[]>(), (rowid: number) => {
			const { sourced } = profile(rowid);
			return sourced.mention.excerpts.flatMap(
				(excerpt) => eventsCiting.all(sourced.sourceId, excerpt.start, excerpt.end) as string[]
			);
		}),
		membersOf: cachedBy(new Map<string, number[]>(), (event: string) => {
			const excerpts = eventExcerpts.all(event) as {
				sourceId: string;
				start: number;
				end: number;
			}[];
			return excerpts.flatMap(
				(excerpt) => ownersIn(excerpt.sourceId).get(mentionKey(excerpt.sourceId, excerpt)) ?? []
			);
		})
	};
}

/** `compute`, remembering each answer in `cache` (for one merge: the stored data do not change). */
function cachedBy<K, V>(cache: Map<K, V>, compute: (key: K) => V): (key: K) => V {
	return (key) => {
		let known = cache.get(key);
		if (known === undefined) cache.set(key, (known = compute(key)));
		return known;
	};
}

/** The mentions the changed sources had before this ingest, profiled. */
function lostMentions(db: Db): { profile: MentionProfile; blocking: MentionBlocking }[] {
	const rows = db
		.prepare(
			'SELECT source_id AS sourceId, published, mention_json AS json, blocking FROM temp.lost_mentions'
		)
		.all() as (Omit<StoredMentionRow, 'rowid'> & { blocking: string | null })[];
	return rows.map((row) => {
		const sourced: SourcedMention = sourcedMention({ ...row, rowid: 0 });
		const profile = profileMention(sourced, -1);
		return {
			profile,
			blocking: row.blocking ? parseBlocking(row.blocking) : mentionBlocking(profile)
		};
	});
}

/**
 * Ids for the new events as a full merge gives them: each slug they or the replaced events had is
 * named again over all its events, so a kept event may change id (a new event ranks before it, or
 * one before it is gone). Returns the new events with ids and the kept events' renames.
 */
function assignIds(
	db: Db,
	built: Omit<MergedEvent, 'id'>[],
	replaced: Set<string>
): { events: MergedEvent[]; renamed: Map<string, string> } {
	const slugOfStored = db.prepare('SELECT slug FROM events WHERE id = ?').pluck();
	const keptWithSlug = db.prepare(
		'SELECT id, collision_key AS rank FROM events WHERE slug = ? ORDER BY id'
	);
	const isStoredSlug = db.prepare('SELECT id FROM events WHERE slug = ?').pluck();
	const newBySlug = new Map<string, number[]>();
	built.forEach((event, at) => {
		const slug = eventSlug(event);
		newBySlug.set(slug, [...(newBySlug.get(slug) ?? []), at]);
	});
	const slugs = new Set(newBySlug.keys());
	for (const id of replaced) slugs.add(slugOfStored.get(id) as string);
	// An id is taken when it is some kept or new event's own slug (or given in this group).
	const given = new Set<string>();
	const taken = {
		has: (id: string) =>
			given.has(id) ||
			newBySlug.has(id) ||
			(isStoredSlug.all(id) as string[]).some((owner) => !replaced.has(owner)),
		add: (id: string) => void given.add(id)
	};
	const ids = new Array<string>(built.length);
	const renamed = new Map<string, string>();
	for (const slug of [...slugs].sort()) {
		const kept = (keptWithSlug.all(slug) as { id: string; rank: string }[]).filter(
			({ id }) => !replaced.has(id)
		);
		const fresh = newBySlug.get(slug) ?? [];
		const named = slugGroupIds(
			slug,
			[...kept.map(({ rank }) => rank), ...fresh.map((at) => collisionRank(built[at]))],
			taken
		);
		kept.forEach(({ id }, i) => {
			if (named[i] !== id) renamed.set(id, named[i]);
		});
		fresh.forEach((at, i) => (ids[at] = named[kept.length + i]));
	}
	return { events: built.map((event, at) => ({ ...event, id: ids[at] })), renamed };
}

/** Keeps which excerpts these events cite, before they are replaced (see `carryEventAliases`). */
function snapshotMentionsOf(db: Db, ids: string[]): void {
	db.exec(`DROP TABLE IF EXISTS temp.previous_mentions;
		CREATE TEMP TABLE previous_mentions (event_id TEXT, source_id TEXT, start INTEGER, end INTEGER)`);
	const copy = db.prepare(`INSERT INTO temp.previous_mentions
		SELECT DISTINCT event_id, source_id, start, end FROM mentions WHERE event_id = ?`);
	for (const id of ids) copy.run(id);
}

/**
 * Gives kept events new ids in place: their rows, excerpts, participants and search row follow.
 * Through temporary ids first, as two events may swap theirs.
 */
function renameEvents(db: Db, renamed: Map<string, string>): void {
	if (renamed.size === 0) return;
	// The excerpts and participants follow in the same transaction.
	db.pragma('defer_foreign_keys = ON');
	// The search row has its event's rowid: found in one lookup, where its event_id is a scan.
	const moveSearchRow = db.prepare(
		'UPDATE events_fts SET event_id = ? WHERE rowid = (SELECT rowid FROM events WHERE id = ?)'
	);
	const moveEvent = db.prepare('UPDATE events SET id = ?, sample_key = ? WHERE id = ?');
	const moveExcerpts = db.prepare('UPDATE mentions SET event_id = ? WHERE event_id = ?');
	const moveParticipants = db.prepare(
		'UPDATE event_participants SET event_id = ? WHERE event_id = ?'
	);
	const move = (from: string, to: string) => {
		moveSearchRow.run(to, from);
		moveEvent.run(to, sampleKey(to), from);
		moveExcerpts.run(to, from);
		moveParticipants.run(to, from);
	};
	const moves = [...renamed];
	moves.forEach(([from], i) => move(from, `\u0000renaming-${i}`));
	moves.forEach(([, to], i) => move(`\u0000renaming-${i}`, to));
}
