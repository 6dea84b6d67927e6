import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseGazetteer, EMPTY_GAZETTEER, type Gazetteer } from '../actors/gazetteer';
import { hashBytes, readArticle, type Article } from '../corpus/readArticle';
import { sourceIdAssigner } from '../corpus/sourceIds';
import { MAX_ARTICLE_BYTES } from '../corpus/decodeArticle';
import {
	extractOutcome,
	inThreadExtractor,
	workerExtractor,
	type ArticleExtractor
} from './extractPool';
import { openDatabase, type Db } from './db';
import { listCorpusFiles } from './listCorpusFiles';
import { rebuildEvents, type RebuildStep } from './rebuildEvents';

/**
 * Bump when extraction, date rules or merging change what they produce, so that unchanged
 * files are extracted again on the next ingest.
 */
export const PIPELINE_VERSION = '2';

/** The user-edited actor gazetteer, read from the corpus folder when present. */
export const GAZETTEER_FILE = 'actors.yaml';

export interface IngestOptions {
	corpusDir: string;
	dbPath: string;
	/** Re-extract every file even when unchanged. */
	full?: boolean;
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
}

export interface IngestSummary {
	filesRead: number;
	ingested: number;
	unchanged: number;
	removed: number;
	rejected: { file: string; reason: string }[];
	duplicates: { file: string; of: string }[];
	warnings: { file: string; message: string }[];
	events: number;
	mentions: number;
	ms: number;
	/** Worker threads that extracted the files; 0 when this thread did. */
	workers: number;
}

export class IngestError extends Error {}

/**
 * Brings the database in line with the corpus folder in one transaction: new and changed files
 * are extracted, unchanged ones skipped (content hash), removed ones dropped, then events are
 * merged again across all sources. A broken file is reported and skipped; an ingest that dies
 * half-way leaves the previous database as it was.
 */
export function ingestCorpus(options: IngestOptions): IngestSummary {
	const started = performance.now();
	const progress = options.onProgress ?? (() => {});
	if (!existsSync(options.corpusDir) || !statSync(options.corpusDir).isDirectory()) {
		throw new IngestError(`corpus folder not found: ${options.corpusDir}`);
	}
	const gazetteerPath = join(options.corpusDir, GAZETTEER_FILE);
	let gazetteer = EMPTY_GAZETTEER;
	let gazetteerHash = 'none';
	let gazetteerText: string | null = null;
	if (existsSync(gazetteerPath)) {
		const text = readFileSync(gazetteerPath, 'utf8');
		gazetteerText = text;
		try {
			gazetteer = parseGazetteer(text, GAZETTEER_FILE);
		} catch (error) {
			throw new IngestError(`${GAZETTEER_FILE}: ${(error as Error).message}`);
		}
		gazetteerHash = hashBytes(new TextEncoder().encode(text));
	}
	const extractKey = `${PIPELINE_VERSION}:${gazetteerHash}`;

	const db = openDatabase(options.dbPath);
	try {
		const summary: IngestSummary = {
			filesRead: 0,
			ingested: 0,
			unchanged: 0,
			removed: 0,
			rejected: [],
			duplicates: [],
			warnings: [],
			events: 0,
			mentions: 0,
			ms: 0,
			workers: 0
		};
		const files = listCorpusFiles(options.corpusDir);
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
		const extractor = startExtractor(options, files, storedSource, gazetteer, gazetteerText);
		summary.workers = extractor.workers;
		const ingestFiles = db.transaction(() => {
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
			files.forEach((file, index) => {
				const label = `[${String(index + 1).padStart(String(files.length).length)}/${files.length}] ${file}`;
				summary.filesRead++;
				const path = join(options.corpusDir, file);
				const size = statSync(path).size;
				if (size > MAX_ARTICLE_BYTES) {
					// Not read at all: a file this size is not one article.
					const reason = `file is ${(size / (1024 * 1024)).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB limit for one article`;
					if (storedSource(file)) keep(file);
					return report(() => {
						summary.rejected.push({ file, reason });
						progress(`${label}: rejected: ${reason}`);
					});
				}
				const bytes = readFileSync(path);
				const hash = hashBytes(bytes);
				const original = statements.fileOfHash.get(hash) as string | undefined;
				if (original !== undefined) {
					return report(() => {
						summary.duplicates.push({ file, of: original });
						progress(`${label}: duplicate of ${original}, not ingested twice`);
					});
				}
				statements.rememberHash.run(hash, file);
				const previous = storedSource(file);
				if (
					!options.full &&
					previous?.content_hash === hash &&
					previous.extract_key === extractKey
				) {
					keep(file);
					return report(() => {
						summary.unchanged++;
						progress(`${label}: unchanged`);
					});
				}
				const read = readArticle(file, bytes, hash);
				if (!read.ok) {
					if (previous) keep(file);
					return report(() => {
						summary.rejected.push({ file, reason: read.reason });
						const kept = previous ? ' (the previously ingested version is kept)' : '';
						progress(`${label}: rejected: ${read.reason}${kept}`);
					});
				}
				const { article } = read;
				const ticket = extractor.submit(article.body, article.meta);
				report(() => {
					const outcome = extractor.take(ticket);
					if (!outcome.ok) {
						const reason = `extraction failed: ${outcome.error}`;
						summary.rejected.push({ file, reason });
						progress(`${label}: rejected: ${reason}`);
						if (previous) keep(file);
						return;
					}
					const { mentions } = outcome;
					for (const message of article.warnings) summary.warnings.push({ file, message });
					saveSource(statements, idFor(file), article, extractKey, mentions);
					keep(file);
					changed = true;
					summary.ingested++;
					progress(
						`${label}: ingested, ${mentions.length} event mention${mentions.length === 1 ? '' : 's'}`
					);
				});
			});
			settle(0);
			// The workers' memory is not needed for the merge.
			extractor.close();
			for (const { id, file } of statements.notKept.all() as { id: string; file: string }[]) {
				statements.deleteSourceFts.run(statements.sourceRowid.get(id));
				statements.deleteSource.run(id);
				summary.removed++;
				changed = true;
				progress(`removed ${file} (no longer in the corpus)`);
			}
			if (changed || options.full || statements.countEvents.pluck().get() === 0) {
				rebuildEvents(db, (step) => {
					progress(rebuildLine(step));
					options.onRebuildStep?.(step);
				});
			}
		});
		try {
			ingestFiles();
		} finally {
			extractor.close();
		}

		summary.events = statements.countEvents.pluck().get() as number;
		summary.mentions = statements.countMentions.pluck().get() as number;
		summary.ms = Math.round(performance.now() - started);
		return summary;
	} finally {
		db.close();
	}
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
	gazetteer: Gazetteer,
	gazetteerText: string | null
): ArticleExtractor {
	const fresh = options.full ? files.length : files.filter((file) => !storedSource(file)).length;
	const size = options.workers ?? (fresh >= POOL_MIN_FILES ? availableParallelism() : 0);
	const pool =
		size > 0
			? workerExtractor(
					size,
					gazetteerText === null ? null : { text: gazetteerText, label: GAZETTEER_FILE },
					(body, meta) => extractOutcome(body, meta, gazetteer)
				)
			: null;
	return pool ?? inThreadExtractor(gazetteer);
}

interface StoredSource {
	id: string;
	content_hash: string;
	extract_key: string;
}

function prepareStatements(db: Db) {
	// This run's bookkeeping, in the connection's temporary database (gone when it closes).
	db.exec(`CREATE TEMP TABLE ingest_hashes (hash TEXT PRIMARY KEY, file TEXT NOT NULL) WITHOUT ROWID;
		CREATE TEMP TABLE ingest_kept (file TEXT PRIMARY KEY) WITHOUT ROWID`);
	return {
		storedSource: db.prepare('SELECT id, content_hash, extract_key FROM sources WHERE file = ?'),
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
			INSERT INTO sources (id, file, content_hash, extract_key, title, outlet, url, language,
				published, published_day, publication_json, body, ingested_at)
			VALUES (@id, @file, @hash, @extractKey, @title, @outlet, @url, @language,
				@published, @publishedDay, @publicationJson, @body, @ingestedAt)
			ON CONFLICT(id) DO UPDATE SET file = excluded.file, content_hash = excluded.content_hash,
				extract_key = excluded.extract_key, title = excluded.title, outlet = excluded.outlet,
				url = excluded.url, language = excluded.language, published = excluded.published,
				published_day = excluded.published_day, publication_json = excluded.publication_json,
				body = excluded.body, ingested_at = excluded.ingested_at`),
		deleteMentions: db.prepare('DELETE FROM source_mentions WHERE source_id = ?'),
		insertMention: db.prepare(
			'INSERT INTO source_mentions (source_id, idx, mention_json) VALUES (?, ?, ?)'
		),
		// A source's text index row has the source's rowid: found in one lookup, where its
		// (unindexed) source_id would cost a scan of the whole index per file.
		sourceRowid: db.prepare('SELECT rowid FROM sources WHERE id = ?').pluck(),
		deleteSourceFts: db.prepare('DELETE FROM sources_fts WHERE rowid = ?'),
		insertSourceFts: db.prepare(
			'INSERT INTO sources_fts (rowid, source_id, title, body) VALUES (?, ?, ?, ?)'
		),
		deleteSource: db.prepare('DELETE FROM sources WHERE id = ?'),
		countEvents: db.prepare('SELECT count(*) FROM events'),
		countMentions: db.prepare('SELECT count(*) FROM mentions')
	};
}

function saveSource(
	statements: ReturnType<typeof prepareStatements>,
	id: string,
	article: Article,
	extractKey: string,
	/** Event mentions, serialised. */
	mentions: string[]
): void {
	const { meta } = article;
	statements.upsertSource.run({
		id,
		file: article.file,
		hash: article.hash,
		extractKey,
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
	statements.deleteMentions.run(id);
	mentions.forEach((mention, index) => statements.insertMention.run(id, index, mention));
	const rowid = statements.sourceRowid.get(id);
	statements.deleteSourceFts.run(rowid);
	statements.insertSourceFts.run(rowid, id, meta.title ?? '', article.body);
}
