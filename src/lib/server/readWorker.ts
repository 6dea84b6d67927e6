import { isMainThread, workerData } from 'node:worker_threads';
import { encodeCursor, type EventCursor, type EventPage } from '../params/eventPage';
import type { EventQuery } from '../params/eventQuery';
import type { TimelineData } from '../timeline/types';
import { openDatabase, tuneForServing, type Db } from './db';
import { eventPageStream } from './eventPageStream';
import { eventPageKeys } from './queryEvents';
import { timelineWindow } from './timelineWindow';
import { answerJobs } from './workerPool';

/**
 * A read worker of the server's pool (see readPool): reads that can take long, on a read-only
 * connection of its own, so that the server's thread answers other requests meanwhile. The
 * worker loads this very module again (in a bundled build, the chunk it is part of) and answers
 * jobs when its data says so.
 */

/** This module's own file, for the worker to load. */
export const READ_WORKER_MODULE = import.meta.url;

/** Marks the worker's data, so that loading this module anywhere else does nothing. */
export const READ_WORKER_ROLE = 'timeline:read';

export interface ReadWorkerData {
	role: typeof READ_WORKER_ROLE;
	dbPath: string;
}

export type ReadJob =
	| {
			kind: 'eventPage';
			query: EventQuery;
			page: EventPage;
			/** The request's path and query, for the next page's address. */
			pathname: string;
			search: string;
	  }
	| {
			kind: 'timeline';
			filters: Omit<EventQuery, 'from' | 'to'>;
			window: { from: string; to: string } | null;
	  };

/** What each kind of job answers. */
export interface ReadAnswers {
	/** The page's JSON body, made whole, and the next page's address. */
	eventPage: { body: Uint8Array<ArrayBuffer>; next: string | null };
	timeline: TimelineData;
}

/** Answers one job on `db`. */
export async function answerRead(db: Db, job: ReadJob): Promise<ReadAnswers[ReadJob['kind']]> {
	switch (job.kind) {
		case 'eventPage': {
			const { ids, next } = eventPageKeys(db, job.query, job.page);
			const nextUrl = next ? nextPageAddress(job.pathname, job.search, next) : null;
			// Made whole at once: nothing else waits for this thread between chunks.
			const stream = eventPageStream(
				() => db,
				ids,
				nextUrl,
				() => Promise.resolve()
			);
			return { body: new Uint8Array(await new Response(stream).arrayBuffer()), next: nextUrl };
		}
		case 'timeline':
			return timelineWindow(db, job.filters, job.window);
	}
}

/** The address of the page after one ending at `next`: the same query with its cursor. */
export function nextPageAddress(pathname: string, search: string, next: EventCursor): string {
	const params = new URLSearchParams(search);
	params.set('cursor', encodeCursor(next));
	return `${pathname}?${params}`;
}

const data = workerData as Partial<ReadWorkerData> | null;
if (!isMainThread && data?.role === READ_WORKER_ROLE && data.dbPath) {
	const dbPath = data.dbPath;
	// Opened at the first job, so that a database that cannot be read fails that job with its
	// SQLite code (a 503 saying what is wrong) rather than killing the worker.
	let db: Db | null = null;
	const opened = () => {
		if (db) return db;
		const fresh = openDatabase(dbPath, { readonly: true });
		tuneForServing(fresh);
		return (db = fresh);
	};
	answerJobs((job: ReadJob) => answerRead(opened(), job));
}
