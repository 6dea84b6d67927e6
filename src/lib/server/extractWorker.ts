import { workerData, parentPort } from 'node:worker_threads';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../actors/gazetteer';
import {
	extractOutcome,
	type ExtractJob,
	type ExtractWorkerAnswer,
	type ExtractWorkerData
} from './extractPool';

/** One extraction worker of the ingest pool: articles in, serialised event mentions out. */

const { port, signal, gazetteer: source } = workerData as ExtractWorkerData;

function answer(message: ExtractWorkerAnswer): void {
	port.postMessage(message);
	// The ingest thread sleeps on this counter rather than on its event loop, which it blocks.
	Atomics.add(signal, 0, 1);
	Atomics.notify(signal, 0);
}

let gazetteer: Gazetteer = EMPTY_GAZETTEER;
try {
	if (source) gazetteer = parseGazetteer(source.text, source.label);
	answer({ ready: true });
	parentPort?.on('message', (job: ExtractJob) =>
		answer({ ticket: job.ticket, outcome: extractOutcome(job.body, job.meta, gazetteer) })
	);
} catch (error) {
	answer({ ready: false, error: (error as Error).message });
}
