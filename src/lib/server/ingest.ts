import { readFileSync, statSync, existsSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import {
	hashBytes,
	readArticle,
	type Article,
	type ReadArticleResult
} from '../corpus/readArticle';
import { sourceIdAssigner } from '../corpus/sourceIds';
import { MAX_ARTICLE_BYTES } from '../corpus/decodeArticle';
import { printableName } from '../corpus/printableName';
import {
	extractOutcome,
	inThreadExtractor,
	workerExtractor,
	type ArticleExtractor,
	type ExtractedMention
} from './extractPool';
import { withBoundedHeapGrowth } from './boundedHeapGrowth';
import { databaseProblem, openDatabase, type Db } from './db';
import { fileErrorReason } from './fileErrorReason';
import {
	chooseGazetteer,
	describeGazetteer,
	GAZETTEER_FILE,
	GazetteerError,
	loadGazetteer,
	type GazetteerChoice,
	type LoadedGazetteer
} from './gazetteerChoice';
import { listCorpusFiles, type SkippedEntry } from './listCorpusFiles';
import { rebuildEvents, type RebuildStep } from './rebuildEvents';
import { mergeIncrementally, prepareSourceChanges } from './incrementalMerge';
import { blockingWriter } from './storedBlocking';
import { serializeBlocking } from '../merge/mentionBlocking';
import {
	bringCorrectionsUpToDate,
	configuredCorrectionsPath,
	emptyCorrectionsReport,
	type CorrectionsOutcome
} from './corrections';

export { GAZETTEER_FILE };

/**
 * Bump when extraction, date rules or merging change what they produce, so that unchanged
 * files are extracted again on the next ingest.
 */
export const PIPELINE_VERSION = '10';

export interface IngestOptions {
	corpusDir: string;
	dbPath: string;
	/**
	 * The gazetteer file, or `none`; by default the corpus folder's `actors.yaml`, else the one
	 * bundled with the app (see `chooseGazetteer`).
	 */
	gazetteer?: string;
	/** Re-extract every file even when unchanged, and merge every mention again (no incremental merge). */
	full?: boolean;
	/**
	 * Read and hash every file. By default a file whose size, modification time, inode and device
	 * are those stored when it was last read is taken as unchanged without reading it.
	 */
	rehash?: boolean;
	/**
	 * Worker threads that extract while this thread reads and stores: 0 extracts here. By default
	 * one per core when at least POOL_MIN_FILES new files are to be read (each worker compiles the
	 * extraction code afresh: about 1.5 s and as much CPU), else none. Running from a bundled
	 * build (no TypeScript source for the workers to load), extraction stays in this thread.
	 */
	workers?: number;
	onProgress?: (line: string) => void;
	/** Told after each step of the merge that follows the files (the bench reads memory there). */
	onRebuildStep?: (step: RebuildStep) => void;
	/** Told as each file is read, and when the merge starts: for a status display. */
	onCount?: (count: IngestCount) => void;
	/** The corrections file (default: `configuredCorrectionsPath`). */
	correctionsPath?: string;
}

/** How far an ingest has got: `done` of `total` files read, then merging. */
export interface IngestCount {
	phase: 'files' | 'merging';
	done: number;
	total: number;
}

export interface IngestSummary {
	filesRead: number;
	ingested: number;
	unchanged: number;
	removed: number;
	rejected: { file: string; reason: string }[];
	/** Entries of the corpus folder passed over on purpose: hidden, symbolic links, pipes. */
	skipped: { file: string; reason: string }[];
	duplicates: { file: string; of: string }[];
	warnings: { file: string; message: string }[];
	events: number;
	mentions: number;
	ms: number;
	/** Worker threads that extracted the files; 0 when this thread did. */
	workers: number;
	/** The gazetteer used, and why that one. */
	gazetteer: GazetteerChoice;
	/** What the corrections file did; `unchanged` when it was already applied to these events. */
	corrections: CorrectionsOutcome;
	/**
	 * How events were merged: `incremental` re-merged only what the changed files can touch
	 * (`mergeIncrementally`), `full` every mention, `none` when nothing changed.
	 */
	merge: 'none' | 'incremental' | 'full';
}

/** An ingest that could not run at all; the database is as it was. */
export class IngestError extends Error {}

const KEPT_NOTE = ' (the previously ingested version is kept)';

/**
 * Brings the database in line with the corpus folder in one transaction: new and changed files
 * are extracted, unchanged ones skipped (same stat as when last read, else same content hash),
 * removed ones dropped, then events are
 * merged again across all sources. A file that cannot be read or parsed is reported by name and
 * reason and the others are ingested; an ingest that dies half-way, or whose database is broken,
 * leaves the previous database as it was (an IngestError says what is wrong).
 */
export function ingestCorpus(options: IngestOptions): IngestSummary {
	return withBoundedHeapGrowth(() => ingestAll(options));
}

function ingestAll(options: IngestOptions): IngestSummary {
	const started = performance.now();
	const progress = options.onProgress ?? (() => {});
	if (!existsSync(options.corpusDir) || !statSync(options.corpusDir).isDirectory()) {
		throw new IngestError(`corpus folder not found: ${options.corpusDir}`);
	}
	const gazetteer = gazetteerFor(options);
	progress(describeGazetteer(gazetteer));
	const db = openIngestDatabase(options.dbPath);
	try {
		const run = startRun(db, options, gazetteer);
		try {
			db.transaction(() => {
				const changedFiles = ingestFiles(run);
				// The workers' memory is not needed for the merge.
				run.extractor.close();
				const removed = dropRemovedSources(run);
				const noEvents = run.statements.countEvents.get() === 0;
				const merged = changedFiles || removed || options.full || noEvents;
				if (merged) mergeEvents(run, !options.full && !noEvents);
				run.summary.corrections = bringCorrectionsUpToDate(db, run.correctionsPath, {
					rebuilt: merged,
					rebuild: () => mergeEvents(run, false)
				});
			})();
		} catch (error) {
			const problem = databaseProblem(error);
			if (problem) throw new IngestError(`database ${options.dbPath} ${problem}`);
			throw error;
		} finally {
			run.extractor.close();
		}
		const { summary, statements } = run;
		summary.events = statements.countEvents.get() as number;
		summary.mentions = statements.countMentions.get() as number;
		summary.ms = Math.round(performance.now() - started);
		return summary;
	} finally {
		db.close();
	}
}

function gazetteerFor(options: IngestOptions): LoadedGazetteer {
	try {
		return loadGazetteer(chooseGazetteer(options.corpusDir, options.gazetteer));
	} catch (error) {
		if (error instanceof GazetteerError) throw new IngestError(error.message);
		throw error;
	}
}

/** The database, opened and migrated; one that cannot be is an IngestError saying why. */
function openIngestDatabase(dbPath: string): Db {
	try {
		return openDatabase(dbPath);
	} catch (error) {
		const problem = databaseProblem(error);
		if (problem) throw new IngestError(`database ${dbPath} ${problem}`);
		throw error;
	}
}

/** What the steps of one ingest share. */
interface IngestRun {
	db: Db;
	options: IngestOptions;
	progress: (line: string) => void;
	summary: IngestSummary;
	statements: ReturnType<typeof prepareStatements>;
	files: string[];
	extractKey: string;
	extractor: ArticleExtractor;
	correctionsPath: string;
	storedSource(file: string): StoredSource | undefined;
	idFor(file: string): string;
	/**
	 * Notes a source about to change or go (`stored`: it was stored before this run), for the
	 * incremental merge (`prepareSourceChanges`).
	 */
	noteChange(sourceId: string, stored: boolean): void;
}

function startRun(db: Db, options: IngestOptions, gazetteer: LoadedGazetteer): IngestRun {
	const progress = options.onProgress ?? (() => {});
	const correctionsPath = options.correctionsPath ?? configuredCorrectionsPath(options.corpusDir);
	const summary: IngestSummary = {
		filesRead: 0,
		ingested: 0,
		unchanged: 0,
		removed: 0,
		rejected: [],
		skipped: [],
		duplicates: [],
		warnings: [],
		events: 0,
		mentions: 0,
		ms: 0,
		workers: 0,
		gazetteer: { origin: gazetteer.origin, path: gazetteer.path },
		corrections: { ...emptyCorrectionsReport(correctionsPath), unchanged: true },
		merge: 'none'
	};
	let files: string[];
	try {
		files = listCorpusFiles(options.corpusDir, (entry) => reportSkipped(summary, entry, progress));
	} catch (error) {
		throw new IngestError(`corpus folder ${options.corpusDir} ${fileErrorReason(error)}`);
	}
	const statements = prepareStatements(db);
	// What is known of each file is looked up as it comes, not held: at 100k files the maps
	// were most of what the files phase kept alive.
	const storedSource = (file: string) =>
		statements.storedSource.get(file) as StoredSource | undefined;
	const idFor = sourceIdAssigner({
		idOf: (file) => storedSource(file)?.id,
		isTaken: (id) => statements.idTaken.get(id) !== undefined,
		// The new file's row is written right after it is given its id.
		remember: () => {}
	});
	const extractor = startExtractor(options, files, storedSource, gazetteer);
	summary.workers = extractor.workers;
	return {
		db,
		options,
		progress,
		summary,
		statements,
		files,
		extractKey: `${PIPELINE_VERSION}:${gazetteer.hash}`,
		extractor,
		correctionsPath,
		storedSource,
		idFor,
		noteChange: prepareSourceChanges(db)
	};
}

/**
 * Reads, extracts and stores each new or changed file, in corpus order; a file that cannot be
 * read or parsed is rejected by name and reason (its stored version, if any, kept). Returns
 * whether any source changed.
 */
function ingestFiles(run: IngestRun): boolean {
	const { files, options, summary, statements, extractor, progress, storedSource } = run;
	const keep = (file: string) => statements.keepFile.run(file);
	let changed = false;
	// What each file came to, reported and stored in corpus order once its extraction is done.
	const settling: (() => void)[] = [];
	const settle = (ahead: number) => {
		while (settling.length > ahead) settling.shift()?.();
	};
	const report = (done: () => void) => {
		settling.push(done);
		settle(extractor.lookahead);
	};
	/** Rejects a file: its stored version stays; returns the reporting of it. */
	const rejection = (file: string, label: string, reason: string) => {
		const stored = storedSource(file) !== undefined;
		if (stored) keep(file);
		return () => {
			summary.rejected.push({ file, reason });
			progress(`${label}: rejected: ${reason}${stored ? KEPT_NOTE : ''}`);
		};
	};
	files.forEach((file, index) => {
		const label = `[${String(index + 1).padStart(String(files.length).length)}/${files.length}] ${printableName(file)}`;
		summary.filesRead++;
		options.onCount?.({ phase: 'files', done: index, total: files.length });
		const seen = statFile(join(options.corpusDir, file));
		if (!seen.ok) return report(rejection(file, label, seen.reason));
		const previous = storedSource(file);
		const current = !options.full && previous?.extract_key === run.extractKey;
		// Unchanged since it was last read: its stored hash stands for its bytes.
		const statUnchanged =
			current && !options.rehash && seen.stat !== null && seen.stat === previous.file_stat;
		const read = statUnchanged ? null : readFile(join(options.corpusDir, file), seen.size);
		if (read && !read.ok) return report(rejection(file, label, read.reason));
		const hash = read ? hashBytes(read.bytes) : (previous?.content_hash as string);
		const original = statements.fileOfHash.get(hash) as string | undefined;
		if (original !== undefined) {
			return report(() => {
				summary.duplicates.push({ file, of: original });
				progress(`${label}: duplicate of ${printableName(original)}, not ingested twice`);
			});
		}
		statements.rememberHash.run(hash, file);
		if (!read || (current && previous.content_hash === hash)) {
			if (seen.stat !== previous?.file_stat) statements.recordStat.run(seen.stat, file);
			keep(file);
			return report(() => {
				summary.unchanged++;
				progress(`${label}: unchanged`);
			});
		}
		const { bytes } = read;
		const parsed = readArticleSafely(file, bytes, hash);
		if (!parsed.ok) return report(rejection(file, label, parsed.reason));
		const { article } = parsed;
		const ticket = extractor.submit(article.body, article.meta);
		report(() => {
			const outcome = extractor.take(ticket);
			if (!outcome.ok) return rejection(file, label, `extraction failed: ${outcome.error}`)();
			const { mentions } = outcome;
			for (const message of article.warnings) summary.warnings.push({ file, message });
			const id = run.idFor(file);
			run.noteChange(id, previous !== undefined);
			saveSource(
				statements,
				id,
				article,
				{ extractKey: run.extractKey, fileStat: seen.stat },
				mentions
			);
			keep(file);
			changed = true;
			summary.ingested++;
			progress(
				`${label}: ingested, ${mentions.length} event mention${mentions.length === 1 ? '' : 's'}`
			);
		});
	});
	settle(0);
	return changed;
}

/** Drops the sources whose files are gone from the corpus; returns whether there were any. */
function dropRemovedSources(run: IngestRun): boolean {
	const { statements, summary, progress } = run;
	const gone = statements.notKept.all() as { id: string; file: string }[];
	for (const { id, file } of gone) {
		run.noteChange(id, true);
		statements.blocking.forgetSource(id);
		statements.deleteSourceFts.run(statements.sourceRowid.get(id));
		statements.deleteSource.run(id);
		summary.removed++;
		progress(`removed ${printableName(file)} (no longer in the corpus)`);
	}
	return gone.length > 0;
}

/**
 * Merges the stored mentions into events again: by default only what this run's changed sources
 * can touch (`mergeIncrementally`), else, or when that cannot be done exactly, every mention.
 */
function mergeEvents(run: IngestRun, incremental: boolean): void {
	const { files, options, progress, summary } = run;
	options.onCount?.({ phase: 'merging', done: files.length, total: files.length });
	const onStep = (step: RebuildStep) => {
		progress(rebuildLine(step));
		options.onRebuildStep?.(step);
	};
	if (incremental) {
		const partial = mergeIncrementally(run.db, onStep);
		if (!('fullMergeBecause' in partial)) {
			summary.merge = 'incremental';
			progress(
				`merged incrementally: ${partial.mentions} event mentions again, ${partial.replaced} events replaced by ${partial.written}`
			);
			return;
		}
		progress(`full merge: ${partial.fullMergeBecause}`);
	}
	summary.merge = 'full';
	rebuildEvents(run.db, onStep);
}

/**
 * How far back a file's modification time must be for its stat to be kept: a file written again
 * within the same tick of a coarse clock (2 s on FAT) could keep its size and time. Such a
 * file's stat is not recorded, so the next ingest reads it again.
 */
const SETTLED_MS = 2000;

/**
 * A file's size and its stat as stored (`size:mtime in ns:inode:device`; null when it changed
 * too recently to be relied on), or why it cannot be had.
 */
function statFile(
	path: string
): { ok: true; size: number; stat: string | null } | { ok: false; reason: string } {
	let stats: BigIntStats;
	try {
		stats = statSync(path, { bigint: true });
	} catch (error) {
		return { ok: false, reason: fileErrorReason(error) };
	}
	const settled = Date.now() - Number(stats.mtimeMs) > SETTLED_MS;
	return {
		ok: true,
		size: Number(stats.size),
		stat: settled ? `${stats.size}:${stats.mtimeNs}:${stats.ino}:${stats.dev}` : null
	};
}

/** A file's bytes, or why they cannot be had (too large to be an article, unreadable, gone). */
function readFile(
	path: string,
	size: number
): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
	try {
		if (size > MAX_ARTICLE_BYTES) {
			// Not read at all: a file this size is not one article.
			return {
				ok: false,
				reason: `file is ${(size / (1024 * 1024)).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB limit for one article`
			};
		}
		return { ok: true, bytes: readFileSync(path) };
	} catch (error) {
		return { ok: false, reason: fileErrorReason(error) };
	}
}

/**
 * `readArticle`, with anything it throws on a strange file turned into that file's rejection:
 * one file the readers cannot cope with must not end the ingest of the others.
 */
function readArticleSafely(file: string, bytes: Uint8Array, hash: string): ReadArticleResult {
	try {
		return readArticle(file, bytes, hash);
	} catch (error) {
		return { ok: false, reason: `could not be read: ${(error as Error).message}` };
	}
}

function reportSkipped(
	summary: IngestSummary,
	entry: SkippedEntry,
	progress: (line: string) => void
): void {
	const { file, reason } = entry;
	(entry.unreadable ? summary.rejected : summary.skipped).push({ file, reason });
	progress(`${entry.unreadable ? 'rejected' : 'skipped'} ${printableName(file)}: ${reason}`);
}

/** A progress line for a step of the merge: at 100k articles it takes a minute or two. */
function rebuildLine(step: RebuildStep): string {
	const count = (n: number) => n.toLocaleString('en-US');
	switch (step.step) {
		case 'profiled':
			return `merging ${count(step.mentions)} event mentions across sources…`;
		case 'clustered':
			return `merging: ${count(step.events)} events found, building them…`;
		case 'staged':
			return 'merging: events built, writing them…';
		case 'written':
			return 'merging: events written';
	}
}

/** New files from which a pool of extraction workers pays for its start-up. */
export const POOL_MIN_FILES = 2000;

function startExtractor(
	options: IngestOptions,
	files: string[],
	storedSource: (file: string) => StoredSource | undefined,
	gazetteer: LoadedGazetteer
): ArticleExtractor {
	const fresh = options.full ? files.length : files.filter((file) => !storedSource(file)).length;
	const size = options.workers ?? (fresh >= POOL_MIN_FILES ? availableParallelism() : 0);
	const pool =
		size > 0
			? workerExtractor(
					size,
					gazetteer.text === null ? null : { text: gazetteer.text, label: GAZETTEER_FILE },
					(body, meta) => extractOutcome(body, meta, gazetteer.gazetteer)
				)
			: null;
	return pool ?? inThreadExtractor(gazetteer.gazetteer);
}

interface StoredSource {
	id: string;
	content_hash: string;
	extract_key: string;
	file_stat: string | null;
}

function prepareStatements(db: Db) {
	// This run's bookkeeping, in the connection's temporary database (gone when it closes).
	db.exec(`CREATE TEMP TABLE ingest_hashes (hash TEXT PRIMARY KEY, file TEXT NOT NULL) WITHOUT ROWID;
		CREATE TEMP TABLE ingest_kept (file TEXT PRIMARY KEY) WITHOUT ROWID`);
	return {
		storedSource: db.prepare(
			'SELECT id, content_hash, extract_key, file_stat FROM sources WHERE file = ?'
		),
		recordStat: db.prepare('UPDATE sources SET file_stat = ? WHERE file = ?'),
		idTaken: db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck(),
		/** The first file of this run with a content hash. */
		fileOfHash: db.prepare('SELECT file FROM temp.ingest_hashes WHERE hash = ?').pluck(),
		rememberHash: db.prepare('INSERT INTO temp.ingest_hashes (hash, file) VALUES (?, ?)'),
		/** Files whose row stays: ingested now, unchanged, or kept in a previous version. */
		keepFile: db.prepare('INSERT OR IGNORE INTO temp.ingest_kept (file) VALUES (?)'),
		notKept: db.prepare(
			'SELECT id, file FROM sources WHERE file NOT IN (SELECT file FROM temp.ingest_kept) ORDER BY file'
		),
		upsertSource: db.prepare(`
			INSERT INTO sources (id, file, content_hash, extract_key, file_stat, title, outlet, url,
				language, published, published_day, publication_json, body, ingested_at)
			VALUES (@id, @file, @hash, @extractKey, @fileStat, @title, @outlet, @url, @language,
				@published, @publishedDay, @publicationJson, @body, @ingestedAt)
			ON CONFLICT(id) DO UPDATE SET file = excluded.file, content_hash = excluded.content_hash,
				extract_key = excluded.extract_key, file_stat = excluded.file_stat, title = excluded.title, outlet = excluded.outlet,
				url = excluded.url, language = excluded.language, published = excluded.published,
				published_day = excluded.published_day, publication_json = excluded.publication_json,
				body = excluded.body, ingested_at = excluded.ingested_at`),
		deleteMentions: db.prepare('DELETE FROM source_mentions WHERE source_id = ?'),
		insertMention: db.prepare(
			'INSERT INTO source_mentions (source_id, idx, mention_json, blocking) VALUES (?, ?, ?, ?)'
		),
		// A source's text index row has the source's rowid: found in one lookup, where its
		// (unindexed) source_id would cost a scan of the whole index per file.
		sourceRowid: db.prepare('SELECT rowid FROM sources WHERE id = ?').pluck(),
		deleteSourceFts: db.prepare('DELETE FROM sources_fts WHERE rowid = ?'),
		insertSourceFts: db.prepare(
			'INSERT INTO sources_fts (rowid, source_id, title, body) VALUES (?, ?, ?, ?)'
		),
		deleteSource: db.prepare('DELETE FROM sources WHERE id = ?'),
		countEvents: db.prepare('SELECT count(*) FROM events').pluck(),
		countMentions: db.prepare('SELECT count(*) FROM mentions').pluck(),
		blocking: blockingWriter(db)
	};
}

function saveSource(
	statements: ReturnType<typeof prepareStatements>,
	id: string,
	article: Article,
	/** What the source was extracted with, and its file's stat when read (see `statFile`). */
	stored: { extractKey: string; fileStat: string | null },
	/** Event mentions, serialised, with their blocking. */
	mentions: ExtractedMention[]
): void {
	const { meta } = article;
	statements.upsertSource.run({
		id,
		file: article.file,
		hash: article.hash,
		...stored,
		title: meta.title,
		outlet: meta.outlet,
		url: meta.url,
		language: meta.language,
		published: meta.publication?.iso ?? null,
		publishedDay: meta.publication?.day ?? null,
		publicationJson: meta.publication ? JSON.stringify(meta.publication) : null,
		body: article.body,
		ingestedAt: new Date().toISOString()
	});
	statements.blocking.forgetSource(id);
	statements.deleteMentions.run(id);
	mentions.forEach(({ json, blocking }, index) => {
		const { lastInsertRowid } = statements.insertMention.run(
			id,
			index,
			json,
			serializeBlocking(blocking)
		);
		statements.blocking.addKeys(lastInsertRowid, blocking);
	});
	const rowid = statements.sourceRowid.get(id);
	statements.deleteSourceFts.run(rowid);
	statements.insertSourceFts.run(rowid, id, meta.title ?? '', article.body);
}
