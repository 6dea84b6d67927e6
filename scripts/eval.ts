/**
 * Scores the pipeline against a gold file: ingests the corpus folder into a temporary database,
 * exports it and compares the export with the gold (seeds or dev-set format, detected).
 *
 *   node --import tsx scripts/eval.ts --gold FILE --corpus DIR [--cross FILE]
 *        [--gazetteer FILE|none] [--min-recall R] [--min-precision P] [--min-date D] [--brief]
 *        [--per-article]
 *
 * Without --gazetteer, the folder's own actors.yaml is used, else the project's corpus/actors.yaml;
 * `--gazetteer none` scores with no gazetteer at all, to see what generalises. `--per-article`
 * scores extraction alone (every article's events as it reports them, nothing merged).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { countryByName } from '../src/lib/actors/countries';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../src/lib/actors/gazetteer';
import { phoneticKey } from '../src/lib/actors/phoneticKey';
import { extractionExport } from '../src/lib/eval/extractionExport';
import { formatReport } from '../src/lib/eval/formatReport';
import { readGold } from '../src/lib/eval/goldFormats';
import { ratio, scoreExport } from '../src/lib/eval/scoreExport';
import { openDatabase } from '../src/lib/server/db';
import type { ExportJson } from '../src/lib/types';
import { exportAll } from '../src/lib/server/exportAll';
import { GAZETTEER_FILE, ingestCorpus } from '../src/lib/server/ingest';
import { listCorpusFiles } from '../src/lib/server/listCorpusFiles';

const { values } = parseArgs({
	options: {
		gold: { type: 'string' },
		corpus: { type: 'string' },
		cross: { type: 'string' },
		gazetteer: { type: 'string' },
		'min-recall': { type: 'string' },
		'min-precision': { type: 'string' },
		'min-date': { type: 'string' },
		brief: { type: 'boolean', default: false },
		'per-article': { type: 'boolean', default: false }
	}
});

if (!values.gold || !values.corpus) {
	console.error('usage: eval --gold FILE --corpus DIR [--cross FILE] [--gazetteer FILE|none]');
	process.exit(2);
}

const gold = JSON.parse(readFileSync(values.gold, 'utf8'));
const crossPath = values.cross ?? join(dirname(values.gold), 'cross_source.json');
const cross = existsSync(crossPath) ? JSON.parse(readFileSync(crossPath, 'utf8')) : null;
const goldSet = readGold(gold, cross);

const work = mkdtempSync(join(tmpdir(), 'eval-'));
try {
	const corpusDir = join(work, 'corpus');
	cpSync(values.corpus, corpusDir, { recursive: true });
	const own = join(corpusDir, GAZETTEER_FILE);
	if (values.gazetteer === 'none') rmSync(own, { force: true });
	else if (values.gazetteer) cpSync(values.gazetteer, own);
	else if (!existsSync(own) && existsSync(join('corpus', GAZETTEER_FILE))) {
		cpSync(join('corpus', GAZETTEER_FILE), own);
	}
	const gazetteer: Gazetteer = existsSync(own)
		? parseGazetteer(readFileSync(own, 'utf8'), GAZETTEER_FILE)
		: EMPTY_GAZETTEER;

	let exported: ExportJson;
	let summaryLine: string;
	if (values['per-article']) {
		const started = performance.now();
		const files = listCorpusFiles(corpusDir);
		exported = extractionExport(
			files.map((file) => ({ file, bytes: readFileSync(join(corpusDir, file)) })),
			gazetteer
		);
		summaryLine = `Extracted ${exported.sources.length} files (${exported.events.length} event mentions, not merged) in ${Math.round(performance.now() - started)} ms`;
	} else {
		const summary = ingestCorpus({ corpusDir, dbPath: join(work, 'eval.sqlite') });
		const db = openDatabase(join(work, 'eval.sqlite'), { readonly: true });
		exported = exportAll(db);
		db.close();
		summaryLine = `Ingested ${summary.ingested} files (${summary.events} events, ${summary.mentions} mentions) in ${Math.round(summary.ms)} ms`;
	}
	const texts = new Map(
		exported.sources.map((s) => [s.file, readFileSync(join(corpusDir, s.file), 'utf8')])
	);
	const aliases = (name: string): string[] => {
		const country = countryByName(name);
		const known = gazetteer.byKey.get(phoneticKey(name)) ?? [];
		return [
			name,
			...(country ? [country.name, ...country.aliases] : []),
			...known.flatMap((a) => [a.name, ...a.aliases])
		];
	};
	const score = scoreExport(goldSet, exported, texts, { aliases });
	console.log(`${summaryLine}; gazetteer: ${existsSync(own) ? 'yes' : 'none'}`);
	console.log(formatReport(score, !values.brief));

	const failures: string[] = [];
	const check = (name: string, limit: string | undefined, value: number) => {
		if (limit !== undefined && value < Number(limit)) {
			failures.push(`${name} ${value.toFixed(3)} < ${limit}`);
		}
	};
	check('recall', values['min-recall'], ratio(score.recall));
	check('precision', values['min-precision'], ratio(score.precision));
	check('date accuracy', values['min-date'], ratio(score.date));
	if (failures.length) {
		console.error(`\nBelow threshold: ${failures.join('; ')}`);
		process.exitCode = 1;
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
