import { printableName } from '../corpus/printableName';
import { IDLE_STATUS, MAX_LISTED_REJECTIONS, type IngestStatus } from '../status/ingestStatus';
import type { IngestOptions, IngestSummary } from './ingest';
import {
	INGEST_WORKER_MODULE,
	INGEST_WORKER_ROLE,
	type IngestWorkerData,
	type IngestWorkerMessage
} from './ingestWorker';
import { startModuleWorker } from './moduleWorker';

/**
 * The server's start-up ingest: run in a worker thread while the server answers from the last
 * committed data. SQLite's WAL lets the server's connection read the previous snapshot all along;
 * the ingest is one transaction, so the new data appears at once when it commits.
 */
export class StartupIngest {
	#status: IngestStatus = IDLE_STATUS;
	#log: (line: string) => void;

	constructor(log: (line: string) => void = (line) => console.log(line)) {
		this.#log = log;
	}

	get status(): IngestStatus {
		return this.#status;
	}

	/** Starts the ingest and returns at once; false when one is already running. */
	start(options: Pick<IngestOptions, 'corpusDir' | 'dbPath' | 'gazetteer'>): boolean {
		if (this.#status.state === 'updating') return false;
		this.#status = {
			...IDLE_STATUS,
			state: 'updating',
			phase: 'starting',
			startedAt: new Date().toISOString()
		};
		const workerData: IngestWorkerData = { role: INGEST_WORKER_ROLE, options };
		const worker = startModuleWorker(INGEST_WORKER_MODULE, { workerData });
		if (!worker) {
			this.#fail('the ingest worker cannot be started (tsx is not installed)');
			return true;
		}
		worker.on('message', (message: IngestWorkerMessage) =>
			this.#receive(message, options.corpusDir)
		);
		worker.on('error', (error) => this.#fail(`the ingest worker crashed: ${error.message}`));
		worker.on('exit', (code) => {
			if (this.#status.state === 'updating') this.#fail(`the ingest worker exited (code ${code})`);
		});
		// The server's own life decides when the process ends, not the ingest.
		worker.unref();
		return true;
	}

	#receive(message: IngestWorkerMessage, corpusDir: string): void {
		switch (message.kind) {
			case 'progress':
				return this.#log(message.line);
			case 'count': {
				const { phase, done, total } = message.count;
				this.#status = { ...this.#status, phase, done, total };
				return;
			}
			case 'done':
				return this.#finish(message.summary, corpusDir);
			case 'failed':
				return this.#fail(message.error);
		}
	}

	#finish(summary: IngestSummary, corpusDir: string): void {
		this.#status = {
			...this.#status,
			state: 'done',
			phase: null,
			done: summary.filesRead,
			total: summary.filesRead,
			finishedAt: new Date().toISOString(),
			result: {
				ingested: summary.ingested,
				unchanged: summary.unchanged,
				removed: summary.removed,
				skipped: summary.skipped.length,
				events: summary.events,
				rejected: summary.rejected.slice(0, MAX_LISTED_REJECTIONS),
				rejectedCount: summary.rejected.length,
				ms: summary.ms
			}
		};
		this.#log(
			`ingested ${corpusDir}: ${summary.ingested} new or changed, ${summary.unchanged} unchanged, ` +
				`${summary.rejected.length} rejected, ${summary.events} events (${summary.ms} ms)`
		);
		for (const { file, reason } of summary.rejected) {
			this.#log(`rejected ${printableName(file)}: ${reason}`);
		}
	}

	#fail(error: string): void {
		this.#status = {
			...this.#status,
			state: 'failed',
			phase: null,
			finishedAt: new Date().toISOString(),
			error
		};
		// The previous database is intact; the server keeps serving it and says why it may be stale.
		this.#log(`ingest failed: ${error}`);
	}
}

/** The web server's start-up ingest (one per process, like its database connection). */
export const startupIngest = new StartupIngest();
