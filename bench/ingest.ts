/**
 * Ingest throughput and memory at growing corpus sizes: synthetic corpora written to disk once
 * (and kept), each ingested into a fresh database by a child process whose peak RSS is measured.
 * Every size is extracted in the ingest thread, so that sizes compare like with like (ingest's
 * default starts a worker pool from a few thousand files); the pool is measured apart.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../src/lib/synth/writeCorpus';
import { INGEST_PHASES, type IngestPhase, type IngestRun } from './ingestRun';
import { medianOf } from './stats';

export interface IngestOptions {
	sizes: number[];
	repeats: number;
	/** Where corpora and databases go (kept corpora are reused). */
	workDir: string;
	repoRoot: string;
	seed?: string;
	/** Extraction threads: 0 (the default) extracts in the ingest thread. */
	workers?: number;
	/** One more run per size that reads the live heap at the end of each phase (not timed). */
	liveHeap?: boolean;
	onProgress?: (line: string) => void;
}

export interface IngestSizeResult {
	articles: number;
	runs: IngestRun[];
	/** Medians over the runs. */
	articlesPerSecond: number;
	articlesPerCpuSecond: number;
	startRssMb: number;
	peakRssMb: number;
	filesRssMb: number;
	/** Highest RSS so far at the end of each phase (medians). */
	phasePeakRssMb: Partial<Record<IngestPhase, number>>;
	/** Heap in use after a full collection at the end of each phase, from the extra run. */
	liveHeapMb?: Partial<Record<IngestPhase, number>>;
	/** Share of the wall time spent after the files, merging and writing events. */
	mergeShare: number;
}

const WORKER = join(import.meta.dirname, 'ingestWorker.ts');
const STAMP_FILE = '.bench-corpus';
/** The synthetic corpora's seed unless told another. */
export const BENCH_SEED = 'bench';

/** The corpus of `size` articles for `seed`, written unless a complete one is kept. */
export function syntheticCorpus(
	options: Pick<IngestOptions, 'workDir' | 'repoRoot' | 'seed'>,
	size: number
): string {
	const dir = join(options.workDir, `corpus-${size}`);
	const stamp = `${options.seed ?? BENCH_SEED}:${size}`;
	const stampPath = join(dir, STAMP_FILE);
	if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) return dir;
	rmSync(dir, { recursive: true, force: true });
	writeCorpus({
		articles: size,
		seed: options.seed ?? BENCH_SEED,
		outDir: dir,
		repoRoot: options.repoRoot
	});
	writeFileSync(stampPath, stamp);
	return dir;
}

/** Runs the ingest worker once (on a fresh database by default), with `workers` extraction threads. */
export function ingestOnce(
	corpusDir: string,
	dbPath: string,
	workers: number,
	liveHeap = false,
	/** Start from an empty database; false ingests into the one there. */
	fresh = true
): IngestRun {
	if (fresh)
		for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
	const args = [
		...(liveHeap ? ['--expose-gc'] : []),
		...['--import', 'tsx', WORKER, corpusDir, dbPath, String(workers)],
		...(liveHeap ? ['--live-heap'] : [])
	];
	const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
	return JSON.parse(output.trim().split('\n').at(-1) ?? '') as IngestRun;
}

export function measureIngest(options: IngestOptions): IngestSizeResult[] {
	return options.sizes.map((size) => {
		const corpusDir = syntheticCorpus(options, size);
		const workers = options.workers ?? 0;
		const dbPath = join(options.workDir, `ingest-${size}${workers ? `-pool${workers}` : ''}.db`);
		const runs: IngestRun[] = [];
		for (let repeat = 0; repeat < options.repeats; repeat++) {
			runs.push(ingestOnce(corpusDir, dbPath, workers));
			const last = runs[runs.length - 1];
			options.onProgress?.(
				`ingest ${size}: ${last.ms} ms, ${last.cpuMs} ms CPU, peak ${last.peakRssMb} MB, ${last.workers} extraction workers`
			);
		}
		const files = readdirSync(corpusDir).filter((file) => file.endsWith('.txt')).length;
		const diagnostic = options.liveHeap ? ingestOnce(corpusDir, dbPath, workers, true) : null;
		return {
			articles: files,
			runs,
			articlesPerSecond: medianOf(runs.map((run) => (files * 1000) / run.ms)),
			articlesPerCpuSecond: medianOf(runs.map((run) => (files * 1000) / run.cpuMs)),
			startRssMb: medianOf(runs.map((run) => run.startRssMb)),
			peakRssMb: medianOf(runs.map((run) => run.peakRssMb)),
			filesRssMb: medianOf(runs.map((run) => run.filesRssMb)),
			phasePeakRssMb: Object.fromEntries(
				INGEST_PHASES.flatMap((phase) => {
					const values = runs.flatMap((run) => run.phasePeakRssMb[phase] ?? []);
					return values.length ? [[phase, medianOf(values)]] : [];
				})
			),
			...(diagnostic?.liveHeapMb ? { liveHeapMb: diagnostic.liveHeapMb } : {}),
			mergeShare: medianOf(runs.map((run) => (run.ms - run.filesMs) / run.ms))
		};
	});
}
