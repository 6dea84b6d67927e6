import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
	ingestCorpus,
	IngestError,
	type IngestCount,
	type IngestOptions,
	type IngestSummary
} from './ingest';

/**
 * The server's start-up ingest, in a worker thread of its own so that the server answers from the
 * last committed data meanwhile. The worker loads this very module again (in a bundled build, the
 * chunk it is part of) and runs the ingest when its data says so.
 */

/** This module's own file, for the worker to load. */
export const INGEST_WORKER_MODULE = import.meta.url;

/** Marks the worker's data, so that loading this module anywhere else does nothing. */
export const INGEST_WORKER_ROLE = 'timeline:startup-ingest';

export interface IngestWorkerData {
	role: typeof INGEST_WORKER_ROLE;
	options: Pick<IngestOptions, 'corpusDir' | 'dbPath' | 'gazetteer'>;
}

export type IngestWorkerMessage =
	| { kind: 'progress'; line: string }
	| { kind: 'count'; count: IngestCount }
	| { kind: 'done'; summary: IngestSummary }
	| { kind: 'failed'; error: string };

/** Counts are sent at most this often (and at each change of phase): a status, not a log. */
const COUNT_INTERVAL_MS = 100;

function runIngestWorker(options: IngestWorkerData['options']): void {
	const send = (message: IngestWorkerMessage) => parentPort?.postMessage(message);
	let lastSent = 0;
	let lastPhase: IngestCount['phase'] | null = null;
	try {
		const summary = ingestCorpus({
			...options,
			onProgress: (line) => {
				// Lines that are not about one file: the gazetteer, skipped entries, the merge.
				if (!line.startsWith('[')) send({ kind: 'progress', line });
			},
			onCount: (count) => {
				const now = performance.now();
				if (count.phase === lastPhase && now - lastSent < COUNT_INTERVAL_MS) return;
				lastSent = now;
				lastPhase = count.phase;
				send({ kind: 'count', count });
			}
		});
		send({ kind: 'done', summary });
	} catch (error) {
		const known = error instanceof IngestError;
		send({
			kind: 'failed',
			error: known ? error.message : String((error as Error).stack ?? error)
		});
	}
}

const data = workerData as Partial<IngestWorkerData> | null;
if (!isMainThread && data?.role === INGEST_WORKER_ROLE && data.options) {
	runIngestWorker(data.options);
}
