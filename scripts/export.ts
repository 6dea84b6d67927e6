/**
 * npm run export -- [--corpus DIR] [--db FILE] [--format json|csv] [--out FILE]
 * Writes the events in the JSON contract (see README) or as CSV, to stdout or a file. With
 * --corpus, the database is first brought in line with that folder (an incremental ingest), so
 * an export never describes a corpus other than the one named.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { configuredCorpusDir, configuredDbPath, openDatabase } from '../src/lib/server/db';
import { exportAll, toCsv } from '../src/lib/server/exportAll';
import { configuredGazetteer } from '../src/lib/server/gazetteerChoice';
import { ingestCorpus } from '../src/lib/server/ingest';

const { values } = parseArgs({
	options: {
		db: { type: 'string' },
		format: { type: 'string', default: 'json' },
		out: { type: 'string' },
		corpus: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false }
	}
});

if (values.help) {
	console.log(
		'usage: npm run export -- [--corpus DIR] [--db FILE] [--format json|csv] [--out FILE]'
	);
	process.exit(0);
}
if (values.format !== 'json' && values.format !== 'csv') {
	console.error(`export: --format must be json or csv, not ${JSON.stringify(values.format)}`);
	process.exit(2);
}
const dbPath = configuredDbPath(values.db);
if (values.corpus) {
	const summary = ingestCorpus({
		corpusDir: configuredCorpusDir(values.corpus),
		dbPath,
		gazetteer: configuredGazetteer()
	});
	for (const { file, reason } of summary.rejected) console.error(`rejected: ${file}: ${reason}`);
}
if (!existsSync(dbPath)) {
	console.error(`export: no database at ${dbPath} (run npm run ingest first)`);
	process.exit(2);
}
const db = openDatabase(dbPath, { readonly: true });
const data = exportAll(db);
db.close();
const text = values.format === 'csv' ? toCsv(data) : JSON.stringify(data, null, 2) + '\n';
if (values.out) {
	writeFileSync(values.out, text);
	console.error(
		`wrote ${data.events.length} events from ${data.sources.length} sources to ${values.out}`
	);
} else {
	process.stdout.write(text);
}
