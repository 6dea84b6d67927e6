/**
 * One measured ingest in a process of its own, so that its peak memory is its own:
 * `node --import tsx bench/ingestWorker.ts CORPUS_DIR DB_FILE [WORKERS]` prints an `IngestRun` as JSON
 * (WORKERS: extraction threads, else ingest's default).
 */
import { ingestCorpus } from '../src/lib/server/ingest';

/** What one ingest cost. */
export interface IngestRun {
	articles: number;
	events: number;
	mentions: number;
	rejected: number;
	ms: number;
	/** Until the last file was extracted and stored; the rest is merging and writing events. */
	filesMs: number;
	/** CPU time (user + system) of the ingest itself, without the process's start-up. */
	cpuMs: number;
	/** Resident memory before the ingest (Node, tsx, the code), its peak, and the highest seen while files were read. */
	startRssMb: number;
	peakRssMb: number;
	filesRssMb: number;
	/** Worker threads that extracted (0: the ingest thread did). */
	workers: number;
}

const [corpusDir, dbPath, workers] = process.argv.slice(2);
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
let filesMs = 0;
let filesRss = 0;
let lines = 0;
const startRss = process.memoryUsage.rss();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = ingestCorpus({
	corpusDir,
	dbPath,
	workers: workers === undefined ? undefined : Number(workers),
	onProgress: (line) => {
		// Sampled every few files: reading RSS is a system call, not free at 10k files.
		if (++lines % 25 === 0) filesRss = Math.max(filesRss, process.memoryUsage.rss());
		if (line.startsWith('[')) filesMs = performance.now() - started;
	}
});
const cpu = process.cpuUsage(cpuBefore);
const run: IngestRun = {
	articles: summary.ingested,
	events: summary.events,
	mentions: summary.mentions,
	rejected: summary.rejected.length,
	ms: summary.ms,
	filesMs: Math.round(filesMs),
	cpuMs: Math.round((cpu.user + cpu.system) / 1000),
	startRssMb: mb(startRss),
	peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
	filesRssMb: mb(filesRss),
	workers: summary.workers
};
console.log(JSON.stringify(run));
