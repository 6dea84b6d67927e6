import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
	applyCorrections,
	type AppliedCorrection,
	type CorrectionConflict,
	type CorrectionWorld,
	type OrphanCorrection
} from '../corrections/applyCorrections';
import { parseCorrections, type BadEntry, type Correction } from '../corrections/correctionsFile';
import { describeCorrection } from '../corrections/describeCorrection';
import { hashBytes } from '../corpus/readArticle';
import type { MergedEvent } from '../merge/types';
import type { EventDate, Participant } from '../types';
import type { Db } from './db';
import { EVENT_COLUMNS, outcomeOfRow, type EventRow } from './eventRows';
import { deleteEvents, insertEvents } from './writeEvents';

/** The corrections file's name in the corpus folder. */
export const CORRECTIONS_FILE = 'corrections.yaml';

/** `--corrections`, else `TIMELINE_CORRECTIONS`, else `corrections.yaml` in the corpus folder. */
export function configuredCorrectionsPath(corpusDir: string, flag?: string): string {
	return resolve(flag ?? process.env.TIMELINE_CORRECTIONS ?? join(corpusDir, CORRECTIONS_FILE));
}

/** One entry of the file as the `/corrections` page lists it. */
export interface CorrectionEntry {
	index: number;
	line: number;
	summary: string;
	note?: string;
	by?: string;
	at?: string;
}

/** What the last application of the corrections file did: stored for the `/corrections` page. */
export interface CorrectionsReport {
	file: string;
	/** Content hash of the file applied ('' when there was none). */
	hash: string;
	entries: CorrectionEntry[];
	applied: AppliedCorrection[];
	orphans: OrphanCorrection[];
	conflicts: CorrectionConflict[];
	bad: BadEntry[];
	/** Events the corrections changed, added or removed: 0 means the stored events are the machine's. */
	changedEvents: number;
}

/** What applying a file does, and whether it had been applied to these events already. */
export type CorrectionsOutcome = CorrectionsReport & { unchanged: boolean };

/** The report of a file with no corrections. */
export function emptyCorrectionsReport(file: string): CorrectionsReport {
	return {
		file,
		hash: '',
		entries: [],
		applied: [],
		orphans: [],
		conflicts: [],
		bad: [],
		changedEvents: 0
	};
}

/** The file's text, '' when there is none. */
export function readCorrectionsText(path: string): string {
	return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

export function correctionsHash(text: string): string {
	return text === '' ? '' : hashBytes(new TextEncoder().encode(text));
}

/**
 * Applies the corrections file after an ingest's merge, inside its transaction. `rebuilt` says the
 * events were just merged again (so they are the machine's); otherwise an unchanged file is a
 * no-op, and a changed one first has `rebuild` merge the stored mentions again (no
 * re-extraction) when earlier corrections are in the stored events.
 */
export function bringCorrectionsUpToDate(
	db: Db,
	path: string,
	options: { rebuilt: boolean; rebuild: () => void }
): CorrectionsOutcome {
	const text = readCorrectionsText(path);
	const previous = storedCorrectionsReport(db);
	if (!options.rebuilt && previous?.hash === correctionsHash(text) && previous.file === path) {
		return { ...previous, unchanged: true };
	}
	if (!options.rebuilt && previous && previous.changedEvents > 0) options.rebuild();
	return { ...applyCorrectionsText(db, path, text), unchanged: false };
}

/** Applies corrections to stored events that are the machine's, and records what each did. */
export function applyCorrectionsText(db: Db, path: string, text: string): CorrectionsReport {
	const { corrections, bad } = parseCorrections(text);
	const outcome = applyCorrections(corrections, databaseWorld(db));
	deleteEvents(db, outcome.changed.keys());
	insertEvents(
		db,
		[...outcome.changed.values()].filter((event): event is MergedEvent => event !== null)
	);
	if (outcome.changed.size > 0) writeAliases(db, outcome.aliases);
	writeEventCorrections(db, outcome.applied);
	const report: CorrectionsReport = {
		file: path,
		hash: correctionsHash(text),
		entries: corrections.map(entryOf),
		applied: outcome.applied,
		orphans: outcome.orphans,
		conflicts: outcome.conflicts,
		bad,
		changedEvents: outcome.changed.size
	};
	db.prepare(
		`INSERT INTO meta (key, value) VALUES ('corrections', ?)
		 ON CONFLICT (key) DO UPDATE SET value = excluded.value`
	).run(JSON.stringify(report));
	return report;
}

/** The report of the last application, or null before the first. */
export function storedCorrectionsReport(db: Db): CorrectionsReport | null {
	const json = db.prepare(`SELECT value FROM meta WHERE key = 'corrections'`).pluck().get() as
		string | undefined;
	return json === undefined ? null : (JSON.parse(json) as CorrectionsReport);
}

/** The corrections shown on an event's page, in file order. */
export function eventCorrections(db: Db, eventId: string): AppliedCorrection[] {
	return (
		db
			.prepare(
				`SELECT event_id AS eventId, entry AS "index", line, what, before, after, note, by, at
				 FROM event_corrections WHERE event_id = ? ORDER BY ord`
			)
			.all(eventId) as (AppliedCorrection & Record<string, unknown>)[]
	).map((row) => {
		for (const key of ['note', 'by', 'at']) if (row[key] === null) delete row[key];
		return row;
	});
}

function entryOf(correction: Correction): CorrectionEntry {
	const entry: CorrectionEntry = {
		index: correction.index,
		line: correction.line,
		summary: describeCorrection(correction)
	};
	if (correction.note !== undefined) entry.note = correction.note;
	if (correction.by !== undefined) entry.by = correction.by;
	if (correction.at !== undefined) entry.at = correction.at;
	return entry;
}

function writeAliases(db: Db, aliases: Map<string, string>): void {
	const insert = db.prepare(
		`INSERT INTO event_aliases (alias, target) VALUES (?, ?)
		 ON CONFLICT (alias) DO UPDATE SET target = excluded.target`
	);
	const repoint = db.prepare('UPDATE event_aliases SET target = ? WHERE target = ?');
	for (const [alias, target] of aliases) {
		insert.run(alias, target);
		repoint.run(target, alias);
	}
	// An id a correction gave back to an event (a split's) is no alias; one leading nowhere goes.
	db.exec(`DELETE FROM event_aliases WHERE alias IN (SELECT id FROM events)
		OR target NOT IN (SELECT id FROM events)`);
}

function writeEventCorrections(db: Db, applied: AppliedCorrection[]): void {
	db.exec('DELETE FROM event_corrections');
	const insert = db.prepare(
		`INSERT INTO event_corrections (event_id, ord, entry, line, what, before, after, note, by, at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	applied.forEach((record, ord) => {
		if (record.eventId === null) return;
		insert.run(
			record.eventId,
			ord,
			record.index,
			record.line,
			record.what,
			record.before,
			record.after,
			record.note ?? null,
			record.by ?? null,
			record.at ?? null
		);
	});
}

/** The stored events and sources as corrections see them, read one event at a time. */
function databaseWorld(db: Db): CorrectionWorld {
	const sourceByFileOrId = db.prepare('SELECT id, body FROM sources WHERE file = ? OR id = ?');
	const sourcesNamed = db.prepare(
		`SELECT id, body, file FROM sources WHERE file = ? OR file LIKE '%/' || ? ESCAPE '\\'`
	);
	const overlapping = db
		.prepare('SELECT DISTINCT event_id FROM mentions WHERE source_id = ? AND start < ? AND end > ?')
		.pluck();
	const eventRow = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`);
	const mentions = db.prepare(
		'SELECT source_id AS sourceId, start, end, excerpt FROM mentions WHERE event_id = ? ORDER BY ord'
	);
	const participants = db.prepare(
		`SELECT a.id, a.name, ep.role, a.kind, a.country FROM event_participants ep
		 JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = ? ORDER BY ep.ord`
	);
	const alias = db.prepare('SELECT target FROM event_aliases WHERE alias = ?').pluck();
	const actor = db.prepare(
		`SELECT id, name, kind, country FROM actors
		 WHERE name = @name COLLATE NOCASE
			OR id IN (SELECT actor_id FROM actor_aliases WHERE alias = @name COLLATE NOCASE)
		 ORDER BY name = @name DESC LIMIT 1`
	);
	return {
		source(ref) {
			const exact = sourceByFileOrId.get(ref, ref) as { id: string; body: string } | undefined;
			if (exact) return exact;
			const named = sourcesNamed.all(basename(ref), basename(ref).replace(/[%_\\]/g, '\\$&')) as {
				id: string;
				body: string;
			}[];
			return named.length === 1 ? named[0] : null;
		},
		eventsOverlapping: (sourceId, start, end) => overlapping.all(sourceId, end, start) as string[],
		event(id) {
			const row = eventRow.get(id) as EventRow | undefined;
			if (!row) return null;
			const date: EventDate = {
				start: row.start_day,
				end: row.end_day,
				precision: row.precision,
				derivation: row.derivation,
				text: row.date_text,
				explanation: row.explanation,
				approximate: row.approximate === 1
			};
			return {
				id: row.id,
				type: row.type,
				cameo: row.cameo,
				title: row.title,
				planned: row.planned === 1,
				...outcomeOfRow(row),
				date,
				participants: (participants.all(id) as NullableParticipant[]).map(participantOf),
				place: row.place,
				mentions: mentions.all(id) as MergedEvent['mentions'],
				conflicts: JSON.parse(row.conflicts_json)
			};
		},
		aliasOf: (id) => (alias.get(id) as string | undefined) ?? null,
		actorNamed(name) {
			const row = actor.get({ name }) as NullableParticipant | undefined;
			return row ? participantOf(row) : null;
		}
	};
}

interface NullableParticipant {
	id: string;
	name: string;
	role?: string | null;
	kind: Participant['kind'] | null;
	country: string | null;
}

function participantOf(row: NullableParticipant): Participant {
	const participant: Participant = { id: row.id, name: row.name };
	if (row.role) participant.role = row.role;
	if (row.kind) participant.kind = row.kind;
	if (row.country) participant.country = row.country;
	return participant;
}
