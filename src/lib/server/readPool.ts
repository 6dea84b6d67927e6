import { error } from '@sveltejs/kit';
import { availableParallelism } from 'node:os';
import type { EventQuery } from '../params/eventQuery';
import type { TimelineData } from '../timeline/types';
import { appGate } from './appGate';
import { appDb } from './appDb';
import { configuredDbPath } from './db';
import { startModuleWorker } from './moduleWorker';
import {
	READ_WORKER_MODULE,
	READ_WORKER_ROLE,
	type ReadAnswers,
	type ReadJob,
	type ReadWorkerData
} from './readWorker';
import { timelineWindow } from './timelineWindow';
import { isAbortError, PoolBusyError, WorkerPool } from './workerPool';

/**
 * The server's read workers: `TIMELINE_READ_WORKERS` threads (by default 2, or 1 on a machine of
 * two cores, leaving one to the server's own thread; 0 reads everything
 * in the server's own thread, as before there was a pool), each with a read-only connection of
 * its own, for reads that can take long (a page of the events API, a text query over the whole
 * range). Past `MAX_QUEUED_READS` reads waiting for a worker, a request is turned away with a
 * 503 like those past the request gate's limit.
 */
export const READ_WORKERS = readWorkerCount(process.env.TIMELINE_READ_WORKERS);
export const MAX_QUEUED_READS = 16;

export const BUSY = 'The server is busy; try again in a moment.';

let pool: WorkerPool<ReadJob, ReadAnswers[ReadJob['kind']]> | null = null;

/** Whether slow reads go to the workers. */
export const readPoolOn = () => READ_WORKERS > 0;

/**
 * Runs `job` in a read worker while the server's thread answers the requests waiting (the
 * request gate's turn is given up meanwhile and taken again for the answer). Too many reads
 * waiting already is a 503 (the hooks add Retry-After); so is a client that left, which nobody
 * reads.
 */
export function readOffThread<Kind extends ReadJob['kind']>(
	job: Extract<ReadJob, { kind: Kind }>,
	signal: AbortSignal
): Promise<ReadAnswers[Kind]> {
	pool ??= new WorkerPool(
		() => {
			const workerData: ReadWorkerData = { role: READ_WORKER_ROLE, dbPath: configuredDbPath() };
			const worker = startModuleWorker(READ_WORKER_MODULE, { workerData });
			if (!worker) throw new Error('the read worker cannot be started (tsx is not installed)');
			return worker;
		},
		{ size: READ_WORKERS, maxQueued: MAX_QUEUED_READS }
	);
	const read = pool.run(job, signal).catch((failure: unknown) => {
		if (failure instanceof PoolBusyError) error(503, { message: BUSY });
		if (isAbortError(failure)) error(503, { message: 'The client went away.' });
		throw failure;
	});
	return appGate.whileAway(read as Promise<ReadAnswers[Kind]>);
}

export function readWorkerCount(setting: string | undefined): number {
	// Two, but leaving a core to the server's own thread on a small machine.
	if (setting === undefined || setting === '')
		return Math.max(1, Math.min(2, availableParallelism() - 1));
	const count = Number(setting);
	if (!Number.isInteger(count) || count < 0 || count > 16) {
		throw new Error(`TIMELINE_READ_WORKERS must be a whole number from 0 to 16, not '${setting}'`);
	}
	return count;
}

/**
 * One timeline view (see timelineWindow); a text query, which may have to look through the
 * whole range, in a read worker when the pool is on.
 */
export function timelineView(
	filters: Omit<EventQuery, 'from' | 'to'>,
	window: { from: string; to: string } | null,
	signal: AbortSignal
): TimelineData | Promise<TimelineData> {
	if (readPoolOn() && filters.q)
		return readOffThread({ kind: 'timeline', filters, window }, signal);
	return timelineWindow(appDb(), filters, window);
}
