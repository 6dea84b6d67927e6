import { workerData, parentPort } from 'node:worker_threads';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../actors/gazetteer';
import {
	ANSWERS,
	EXITED,
	extractOutcome,
	type ExtractJob,
	type ExtractWorkerAnswer,
	type ExtractWorkerData
} from './extractPool';

/** One extraction worker of the ingest pool: articles in, serialised event mentions out. */

const { port, signal, gazetteer: source } = workerData as ExtractWorkerData;

/** Wakes the ingest thread, which sleeps on this counter rather than on its blocked event loop. */
function wake(): void {
	Atomics.add(signal, ANSWERS, 1);
	Atomics.notify(signal, ANSWERS);
}

function answer(message: ExtractWorkerAnswer): void {
	port.postMessage(message);
	wake();
}

// An uncaught error or an exit ends the worker: the ingest thread is told at once rather than
// waiting out its timeout for an answer that will not come.
process.on('exit', (code) => {
	Atomics.store(signal, EXITED, code + 1);
	wake();
});

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
