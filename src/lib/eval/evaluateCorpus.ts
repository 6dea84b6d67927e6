import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { countryByName } from '../actors/countries';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../actors/gazetteer';
import { phoneticKey } from '../actors/phoneticKey';
import { openDatabase } from '../server/db';
import { exportAll } from '../server/exportAll';
import { NO_GAZETTEER } from '../server/gazetteerChoice';
import { GAZETTEER_FILE, ingestCorpus } from '../server/ingest';
import { listCorpusFiles } from '../server/listCorpusFiles';
import type { ExportJson } from '../types';
import { extractionExport } from './extractionExport';
import { readGold, type GoldSet } from './goldFormats';
import { evidencePhenomena, headerPhenomena } from './phenomena';
import { scoreExport, type Score } from './scoreExport';

/**
 * Scores a corpus folder against its gold: copies the folder to a temporary place, runs the real
 * pipeline on it (ingest, merge, export) or extraction alone (`perArticle`), and compares the
 * export with the gold (seeds or dev-set format; cross-source groups read from beside the gold).
 */

export interface CorpusEvaluation {
	score: Score;
	exported: ExportJson;
	/** One line on what ran: files, events, milliseconds, gazetteer. */
	summary: string;
}

export interface EvaluateOptions {
	goldPath: string;
	corpusDir: string;
	/** Cross-source groups; default `cross_source.json` beside the gold, when present. */
	crossPath?: string;
	/**
	 * The gazetteer: a file, 'none' for no gazetteer, or (default) the folder's own actors.yaml,
	 * else `fallbackGazetteer`.
	 */
	gazetteer?: string;
	fallbackGazetteer?: string;
	/** Score extraction alone: every article's events as it reports them, nothing merged. */
	perArticle?: boolean;
	/** Count gazetteer aliases and country names as spellings of gold names. */
	aliases?: boolean;
}

/** Spellings that count for a gold name: the name, its country's names, the gazetteer's aliases. */
export function spellings(gazetteer: Gazetteer): (name: string) => string[] {
	return (name) => {
		const country = countryByName(name);
		const known = gazetteer.byKey.get(phoneticKey(name)) ?? [];
		return [
			name,
			...(country ? [country.name, ...country.aliases] : []),
			...known.flatMap((a) => [a.name, ...a.aliases])
		];
	};
}

/** Adds the phenomena detected in each event's evidence and its article's header to the gold's own. */
function detectPhenomena(gold: GoldSet, corpusDir: string): void {
	const headers = new Map<string, string[]>();
	for (const event of gold.events) {
		const tags = new Set(event.phenomena);
		for (const source of event.sources) {
			const path = join(corpusDir, source.file);
			if (!headers.has(source.file))
				headers.set(
					source.file,
					existsSync(path) ? headerPhenomena(readFileSync(path, 'utf8')) : []
				);
			for (const tag of headers.get(source.file)!) tags.add(tag);
			if (source.evidence)
				for (const tag of evidencePhenomena(source.evidence, event.participants)) tags.add(tag);
		}
		event.phenomena = [...tags].sort();
	}
}

export function evaluateCorpus(options: EvaluateOptions): CorpusEvaluation {
	const gold = JSON.parse(readFileSync(options.goldPath, 'utf8'));
	const crossPath = options.crossPath ?? join(dirname(options.goldPath), 'cross_source.json');
	const cross = existsSync(crossPath) ? JSON.parse(readFileSync(crossPath, 'utf8')) : null;
	const goldSet = readGold(gold, cross);
	if (goldSet.format === 'devset') detectPhenomena(goldSet, options.corpusDir);

	const work = mkdtempSync(join(tmpdir(), 'eval-'));
	try {
		const corpusDir = join(work, 'corpus');
		cpSync(options.corpusDir, corpusDir, { recursive: true });
		const own = join(corpusDir, GAZETTEER_FILE);
		if (options.gazetteer === 'none') rmSync(own, { force: true });
		else if (options.gazetteer) cpSync(options.gazetteer, own);
		else if (!existsSync(own) && options.fallbackGazetteer && existsSync(options.fallbackGazetteer))
			cpSync(options.fallbackGazetteer, own);
		const gazetteer = existsSync(own)
			? parseGazetteer(readFileSync(own, 'utf8'), GAZETTEER_FILE)
			: EMPTY_GAZETTEER;

		const started = performance.now();
		let exported: ExportJson;
		let ran: string;
		if (options.perArticle) {
			const files = listCorpusFiles(corpusDir);
			exported = extractionExport(
				files.map((file) => ({ file, bytes: readFileSync(join(corpusDir, file)) })),
				gazetteer
			);
			ran = `Extracted ${exported.sources.length} files (${exported.events.length} event mentions, not merged)`;
		} else {
			const summary = ingestCorpus({
				corpusDir,
				dbPath: join(work, 'eval.sqlite'),
				// The gazetteer chosen above, and no other: ingest alone would fall back to the bundled one.
				gazetteer: existsSync(own) ? own : NO_GAZETTEER
			});
			const db = openDatabase(join(work, 'eval.sqlite'), { readonly: true });
			exported = exportAll(db);
			db.close();
			ran = `Ingested ${summary.ingested} files (${summary.events} events, ${summary.mentions} mentions)`;
		}
		const ms = Math.round(performance.now() - started);
		const texts = new Map(
			exported.sources.map((s) => [s.file, readFileSync(join(corpusDir, s.file), 'utf8')])
		);
		const score = scoreExport(goldSet, exported, texts, {
			aliases: options.aliases === false ? undefined : spellings(gazetteer)
		});
		const withGazetteer = existsSync(own) ? 'yes' : 'none';
		return { score, exported, summary: `${ran} in ${ms} ms; gazetteer: ${withGazetteer}` };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
