/**
 * npm run ingest -- [--corpus DIR] [--db FILE] [--full] [--quiet]
 * Reads every article of the corpus folder into the database (env TIMELINE_CORPUS, TIMELINE_DB).
 * Exit status 1 when any file was rejected (the good ones are still committed), 2 on a fatal error.
 */
import { parseArgs } from 'node:util';
import { configuredCorpusDir, configuredDbPath } from '../src/lib/server/db';
import { ingestCorpus, IngestError } from '../src/lib/server/ingest';

const { values } = parseArgs({
	options: {
		corpus: { type: 'string' },
		db: { type: 'string' },
		full: { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false }
	}
});

if (values.help) {
	console.log('usage: npm run ingest -- [--corpus DIR] [--db FILE] [--full] [--quiet]');
	process.exit(0);
}

const corpusDir = configuredCorpusDir(values.corpus);
const dbPath = configuredDbPath(values.db);
console.log(`ingesting ${corpusDir} into ${dbPath}`);
try {
	const summary = ingestCorpus({
		corpusDir,
		dbPath,
		full: values.full,
		onProgress: values.quiet ? undefined : (line) => console.log(line)
	});
	for (const { file, message } of summary.warnings) console.log(`warning: ${file}: ${message}`);
	for (const { file, reason } of summary.rejected) console.error(`rejected: ${file}: ${reason}`);
	console.log(
		`files read: ${summary.filesRead}, ingested: ${summary.ingested}, unchanged: ${summary.unchanged}, ` +
			`duplicates: ${summary.duplicates.length}, removed: ${summary.removed}, rejected: ${summary.rejected.length}, ` +
			`events: ${summary.events}, mentions: ${summary.mentions}, time: ${(summary.ms / 1000).toFixed(2)} s`
	);
	process.exitCode = summary.rejected.length > 0 ? 1 : 0;
} catch (error) {
	if (!(error instanceof IngestError)) throw error;
	console.error(`ingest failed: ${error.message} (the database was not changed)`);
	process.exitCode = 2;
}
