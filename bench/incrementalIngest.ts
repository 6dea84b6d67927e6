/**
 * What adding one article to a kept corpus costs against ingesting the corpus: a copy of the
 * synthetic corpus is ingested into a fresh database, then one article is added and the same
 * database ingested again (the incremental merge), then that article is removed again, a few
 * times. Each ingest runs in a child process of its own (`bench/ingestWorker.ts`).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusArticle } from '../src/lib/synth/writeCorpus';
import { BENCH_SEED, ingestOnce, syntheticCorpus } from './ingest';
import type { IngestRun } from './ingestRun';
import { medianOf } from './stats';

export interface IncrementalOptions {
	articles: number;
	repeats: number;
	workDir: string;
	repoRoot: string;
	onProgress?: (line: string) => void;
}

export interface IncrementalResult {
	articles: number;
	full: IngestRun;
	/** Each addition of one article, then each removal of it. */
	added: IngestRun[];
	removed: IngestRun[];
	/** Medians. */
	addedMs: number;
	addedCpuMs: number;
	removedMs: number;
	removedCpuMs: number;
	/** The added article's ingest as a share of the full ingest: CPU time, wall time. */
	cpuShare: number;
	wallShare: number;
	/** The same with an article of another synthetic world: actors the corpus does not know. */
	unrelated?: { added: IngestRun[]; removed: IngestRun[] };
}

export function measureIncremental(options: IncrementalOptions): IncrementalResult {
	const kept = syntheticCorpus(options, options.articles);
	const corpusDir = join(options.workDir, `incremental-${options.articles}`);
	rmSync(corpusDir, { recursive: true, force: true });
	cpSync(kept, corpusDir, { recursive: true });
	// One more article of the same world: it reports events other articles of the corpus report.
	const extra = corpusArticle(BENCH_SEED, options.articles, options.articles);
	const dbPath = join(options.workDir, `incremental-${options.articles}.db`);
	const full = ingestOnce(corpusDir, dbPath, 0);
	options.onProgress?.(
		`incremental ${options.articles}: full ingest ${full.ms} ms, ${full.cpuMs} ms CPU`
	);
	const addAndRemove = (article: { fileName: string; text: string }) => {
		const runs = { added: [] as IngestRun[], removed: [] as IngestRun[] };
		const file = join(corpusDir, `added-${article.fileName}`);
		for (let repeat = 0; repeat < options.repeats; repeat++) {
			writeFileSync(file, article.text);
			runs.added.push(ingestOnce(corpusDir, dbPath, 0, false, false));
			rmSync(file);
			runs.removed.push(ingestOnce(corpusDir, dbPath, 0, false, false));
			const [added, removed] = [runs.added.at(-1), runs.removed.at(-1)];
			options.onProgress?.(
				`incremental ${options.articles}: ${article.fileName} added ${added?.ms} ms (${added?.cpuMs} ms CPU, ${added?.merge} merge), removed ${removed?.ms} ms`
			);
		}
		return runs;
	};
	const { added, removed } = addAndRemove(extra);
	const unrelated = addAndRemove(corpusArticle(`${BENCH_SEED}-elsewhere`, 1, 0));
	const addedCpuMs = medianOf(added.map((run) => run.cpuMs));
	const addedMs = medianOf(added.map((run) => run.ms));
	return {
		articles: options.articles,
		full,
		added,
		removed,
		addedMs,
		addedCpuMs,
		removedMs: medianOf(removed.map((run) => run.ms)),
		removedCpuMs: medianOf(removed.map((run) => run.cpuMs)),
		cpuShare: addedCpuMs / full.cpuMs,
		wallShare: addedMs / full.ms,
		unrelated
	};
}
