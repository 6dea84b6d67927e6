/**
 * One measured ingest in a process of its own, so that its peak memory is its own:
 * `node --import tsx bench/ingestWorker.ts CORPUS_DIR DB_FILE [WORKERS] [--live-heap]` prints an
 * `IngestRun` as JSON (WORKERS: extraction threads, else ingest's default). With `--live-heap`
 * (and node's `--expose-gc`) it also collects garbage at the end of each phase and reads the heap
 * still in use: what each phase keeps, at the cost of peaks that no longer mean the same.
 */
import { ingestCorpus } from '../src/lib/server/ingest';
import type { RebuildStep } from '../src/lib/server/rebuildEvents';
import type { IngestPhase, IngestRun } from './ingestRun';

const args = process.argv.slice(2);
const liveHeap = args.includes('--live-heap');
const [corpusDir, dbPath, workers] = args.filter((arg) => arg !== '--live-heap');
const collect = (globalThis as { gc?: () => void }).gc;
if (liveHeap && !collect) throw new Error('--live-heap needs node --expose-gc');
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
/** The process's highest RSS so far (maxRSS is in KB). */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const phasePeakRssMb: IngestRun['phasePeakRssMb'] = {};
const liveHeapMb: NonNullable<IngestRun['liveHeapMb']> = {};
const endOf = (phase: IngestPhase) => {
	phasePeakRssMb[phase] = peakRssMb();
	if (liveHeap && collect) {
		collect();
		liveHeapMb[phase] = mb(process.memoryUsage().heapUsed);
	}
};
/** "[ 7/10] file.txt: …": the line of the last file says the files are done. */
const FILE_LINE = /^\[\s*(\d+)\/(\d+)\]/;
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
		const file = FILE_LINE.exec(line);
		if (!file) return;
		filesMs = performance.now() - started;
		if (file[1] === file[2]) endOf('files');
	},
	onRebuildStep: (step: RebuildStep) => endOf(step.step)
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
	peakRssMb: peakRssMb(),
	filesRssMb: mb(filesRss),
	phasePeakRssMb,
	...(liveHeap ? { liveHeapMb } : {}),
	workers: summary.workers,
	merge: summary.merge
};
console.log(JSON.stringify(run));
