/** What `bench/ingestWorker.ts` reports of one ingest (a module apart: the worker runs on import). */

/** The end of reading files, then of each step of the merge. */
export const INGEST_PHASES = ['files', 'profiled', 'clustered', 'staged', 'written'] as const;
export type IngestPhase = (typeof INGEST_PHASES)[number];

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
	/** The process's highest RSS so far at the end of each phase: which phase raised the peak. */
	phasePeakRssMb: Partial<Record<IngestPhase, number>>;
	/** With `--live-heap`: the JavaScript heap in use after a full collection at the end of each phase. */
	liveHeapMb?: Partial<Record<IngestPhase, number>>;
	/** Worker threads that extracted (0: the ingest thread did). */
	workers: number;
	/** How events were merged (absent from runs before it was recorded). */
	merge?: 'none' | 'incremental' | 'full';
}
