/**
 * npm run ingest -- [--corpus DIR] [--db FILE] [--gazetteer FILE|none] [--corrections FILE] [--full] [--rehash] [--workers N] [--quiet]
 * Reads every article of the corpus folder into the database (env TIMELINE_CORPUS, TIMELINE_DB,
 * TIMELINE_GAZETTEER), then applies the corrections file (env TIMELINE_CORRECTIONS; default
 * corrections.yaml in the corpus folder).
 * --rehash: read and hash every file, even those whose stat (size, time, inode) is unchanged.
 * --workers N: extraction threads (0 extracts in the ingest thread); by default one per core when
 * there are thousands of new files, else none.
 * Exit status 1 when any file was rejected or a correction could not be read (the good ones are
 * still committed), 2 on a fatal error.
 */
import { parseArgs } from 'node:util';
import { configuredCorrectionsPath } from '../src/lib/server/corrections';
import { configuredCorpusDir, configuredDbPath } from '../src/lib/server/db';
import { printableName } from '../src/lib/corpus/printableName';
import { configuredGazetteer } from '../src/lib/server/gazetteerChoice';
import { ingestCorpus, IngestError, POOL_MIN_FILES } from '../src/lib/server/ingest';

const USAGE = `usage: npm run ingest -- [--corpus DIR] [--db FILE] [--gazetteer FILE|none] [--corrections FILE] [--full] [--rehash] [--workers N] [--quiet]
  --gazetteer  the actor gazetteer to use, or none (default: the corpus folder's actors.yaml,
               else the app's corpus/actors.yaml)
  --corrections  the corrections file (default: corrections.yaml in the corpus folder)
  --full       extract every file again and merge every event again
  --rehash     read and hash every file (by default a file whose size, modification time and
               inode are those of its last reading is not read again)
  --workers N  extraction threads; 0 extracts in the ingest thread (default: one per core
               from ${POOL_MIN_FILES} new files, else 0)`;

function usageError(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

function parseOptions() {
	try {
		return parseArgs({
			options: {
				corpus: { type: 'string' },
				db: { type: 'string' },
				gazetteer: { type: 'string' },
				corrections: { type: 'string' },
				full: { type: 'boolean', default: false },
				rehash: { type: 'boolean', default: false },
				workers: { type: 'string' },
				quiet: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (error) {
		return usageError((error as Error).message);
	}
}

const values = parseOptions();
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (values.workers !== undefined && !/^\d+$/.test(values.workers)) {
	usageError(`--workers takes a whole number from 0, not "${values.workers}"`);
}
const workers = values.workers === undefined ? undefined : Number(values.workers);

const corpusDir = configuredCorpusDir(values.corpus);
const dbPath = configuredDbPath(values.db);
console.log(`ingesting ${corpusDir} into ${dbPath}`);
try {
	const summary = ingestCorpus({
		corpusDir,
		dbPath,
		gazetteer: configuredGazetteer(values.gazetteer),
		full: values.full,
		rehash: values.rehash,
		workers,
		correctionsPath: configuredCorrectionsPath(corpusDir, values.corrections),
		onProgress: values.quiet ? undefined : (line) => console.log(line)
	});
	for (const { file, message } of summary.warnings) {
		console.log(`warning: ${printableName(file)}: ${message}`);
	}
	for (const { file, reason } of summary.rejected) {
		console.error(`rejected: ${printableName(file)}: ${reason}`);
	}
	console.log(
		`files read: ${summary.filesRead}, ingested: ${summary.ingested}, unchanged: ${summary.unchanged}, ` +
			`duplicates: ${summary.duplicates.length}, skipped: ${summary.skipped.length}, removed: ${summary.removed}, rejected: ${summary.rejected.length}, ` +
			`events: ${summary.events}, mentions: ${summary.mentions}, time: ${(summary.ms / 1000).toFixed(2)} s`
	);
	const corrections = summary.corrections;
	const where = (line: number) => `${corrections.file}:${line}`;
	for (const { line, message } of corrections.bad) {
		console.error(`bad correction: ${where(line)}: ${message} (skipped)`);
	}
	for (const { line, message } of corrections.orphans) {
		console.error(`orphaned correction: ${where(line)}: ${message}`);
	}
	for (const { line, earlierLine, eventId, field } of corrections.conflicts) {
		console.error(
			`conflicting corrections: ${where(line)} sets the ${field} of ${eventId} that line ${earlierLine} set too (line ${line} wins)`
		);
	}
	console.log(
		corrections.unchanged
			? `corrections: unchanged, already applied`
			: `corrections: ${corrections.entries.length} read, ${corrections.applied.length} changes applied, ` +
					`${corrections.orphans.length} orphaned, ${corrections.conflicts.length} conflicting, ${corrections.bad.length} bad`
	);
	process.exitCode = summary.rejected.length > 0 || corrections.bad.length > 0 ? 1 : 0;
} catch (error) {
	if (!(error instanceof IngestError)) throw error;
	console.error(`ingest failed: ${error.message} (the database was not changed)`);
	process.exitCode = 2;
}
