import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	MessageChannel,
	receiveMessageOnPort,
	type MessagePort,
	type Worker
} from 'node:worker_threads';
import type { Gazetteer } from '../actors/gazetteer';
import { extractArticle } from '../extract/extractArticle';
import { blockingOfMention, type MentionBlocking } from '../merge/mentionBlocking';
import type { ArticleMeta } from '../types';
import { startModuleWorker } from './moduleWorker';

/**
 * Extraction of many articles, in this thread or in a pool of worker threads, behind one
 * synchronous interface: articles are submitted in corpus order and their results taken back in
 * the same order, so that ingest stores exactly what it would have stored extracting one by one
 * (and keeps its single transaction) while the other cores extract the next articles.
 */

/** An event mention as stored: serialised, with its blocking (`blockingOfMention`). */
export interface ExtractedMention {
	json: string;
	blocking: MentionBlocking;
}

/** An article's event mentions, ready to store, or why extraction failed. */
export type ExtractOutcome =
	{ ok: true; mentions: ExtractedMention[] } | { ok: false; error: string };

export interface ArticleExtractor {
	/** Queues an article; returns the ticket to take its outcome with. */
	submit(body: string, meta: ArticleMeta): number;
	/** The outcome of a ticket; tickets must be taken in the order they were given. */
	take(ticket: number): ExtractOutcome;
	/** How many articles may be submitted ahead of the one being taken. */
	readonly lookahead: number;
	/** Worker threads extracting; 0 for this thread. */
	readonly workers: number;
	close(): void;
}

export function extractOutcome(
	body: string,
	meta: ArticleMeta,
	gazetteer: Gazetteer
): ExtractOutcome {
	try {
		// Blocking from the objects, before they are serialised: storing need not parse them back.
		const mentions = extractArticle(body, meta, gazetteer).map((mention) => ({
			json: JSON.stringify(mention),
			blocking: blockingOfMention(mention)
		}));
		return { ok: true, mentions };
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
}

/** Extracts each article when its outcome is taken, so that nothing is held ahead. */
export function inThreadExtractor(gazetteer: Gazetteer): ArticleExtractor {
	const pending = new Map<number, { body: string; meta: ArticleMeta }>();
	let next = 0;
	return {
		lookahead: 0,
		workers: 0,
		submit(body, meta) {
			pending.set(next, { body, meta });
			return next++;
		},
		take(ticket) {
			const job = pending.get(ticket);
			if (!job) throw new Error(`no article submitted as ticket ${ticket}`);
			pending.delete(ticket);
			return extractOutcome(job.body, job.meta, gazetteer);
		},
		close() {
			pending.clear();
		}
	};
}

/** What a worker is given at start: where to answer, and the gazetteer to parse. */
export interface ExtractWorkerData {
	port: MessagePort;
	/**
	 * [answers, exit code + 1]: counts the worker's answers, so that the ingest thread can sleep
	 * until the next one, and says when the worker has exited (0 while it runs).
	 */
	signal: Int32Array;
	gazetteer: { text: string; label: string } | null;
}

export type ExtractWorkerAnswer =
	{ ready: true } | { ready: false; error: string } | { ticket: number; outcome: ExtractOutcome };

export interface ExtractJob {
	ticket: number;
	body: string;
	meta: ArticleMeta;
}

const WORKER_SOURCE = 'extractWorker.ts';
/** A worker not loaded in this long is not coming: ingest then extracts in its own thread. */
const START_TIMEOUT_MS = 30_000;
/**
 * No answer for this long to an article: the worker is taken for dead (out of memory or stuck,
 * it cannot say so itself) and that article fails.
 */
const ANSWER_TIMEOUT_MS = 120_000;
/** Articles queued per worker, enough to keep it busy while the ingest thread stores. */
const QUEUE_PER_WORKER = 8;

interface PoolWorker {
	worker: Worker;
	port: MessagePort;
	signal: Int32Array;
	outcomes: Map<number, ExtractOutcome>;
	/** Articles submitted and not yet taken, kept to extract here should the worker die. */
	jobs: Map<number, { body: string; meta: ArticleMeta }>;
	/** Why the worker stopped, once it has; its articles are then extracted in this thread. */
	stopped: string | null;
}

/** Slots of a worker's shared signal (`ExtractWorkerData.signal`), written by the worker. */
export const ANSWERS = 0;
export const EXITED = 1;

/**
 * The worker pool's entry, when this module runs from its TypeScript source (the CLI under tsx,
 * tests, the dev server); a bundled build has no such file and extracts in its own thread.
 */
function workerSource(): string | null {
	const here = fileURLToPath(import.meta.url);
	if (!here.endsWith('.ts')) return null;
	const source = join(dirname(here), WORKER_SOURCE);
	return existsSync(source) ? source : null;
}

/**
 * Waits for the next answer of a worker, up to `timeoutMs`; else why none will come (the worker
 * exited, or has been silent that long).
 */
function nextAnswer(
	member: PoolWorker,
	timeoutMs: number
): { answer: ExtractWorkerAnswer } | { stopped: string } {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		const seen = Atomics.load(member.signal, ANSWERS);
		const received = receiveMessageOnPort(member.port);
		if (received) return { answer: received.message as ExtractWorkerAnswer };
		const exited = Atomics.load(member.signal, EXITED);
		// Answers sent before exiting are already queued, so none is lost by stopping here.
		if (exited) return { stopped: `the extraction worker exited (code ${exited - 1})` };
		const left = deadline - performance.now();
		if (left <= 0)
			return { stopped: `the extraction worker gave no answer in ${timeoutMs / 1000} s` };
		Atomics.wait(member.signal, ANSWERS, seen, Math.min(left, 2));
	}
}

/**
 * A pool of `size` extraction workers, or null when workers cannot run here (no TypeScript
 * source to load, or a worker failed to start): the caller then extracts in its own thread.
 * A worker that dies (an uncaught error, an exit) or falls silent for ANSWER_TIMEOUT_MS fails the
 * article it was extracting, as an extraction error of that article; its other articles are
 * extracted here by `fallback`, so one bad article never costs the rest of the ingest.
 * `source` is the worker's module (tests give one that misbehaves).
 */
export function workerExtractor(
	size: number,
	gazetteer: ExtractWorkerData['gazetteer'],
	fallback: (body: string, meta: ArticleMeta) => ExtractOutcome,
	source = workerSource()
): ArticleExtractor | null {
	if (!source || size < 1) return null;
	const members: PoolWorker[] = [];
	const close = () => {
		for (const member of members.splice(0)) stop(member, 'closed');
	};
	for (let i = 0; i < size; i++) {
		const { port1, port2 } = new MessageChannel();
		const signal = new Int32Array(new SharedArrayBuffer(8));
		const workerData: ExtractWorkerData = { port: port2, signal, gazetteer };
		const worker = startModuleWorker(source, { workerData, transferList: [port2] });
		if (!worker) {
			close();
			return null;
		}
		// This thread blocks its event loop while it waits, so a worker's death is seen through
		// its signal (or its silence), never through these events.
		worker.on('error', () => {});
		worker.unref();
		members.push({
			worker,
			port: port1,
			signal,
			outcomes: new Map(),
			jobs: new Map(),
			stopped: null
		});
	}
	for (const member of members) {
		const next = nextAnswer(member, START_TIMEOUT_MS);
		if (!('answer' in next) || !('ready' in next.answer) || !next.answer.ready) {
			close();
			return null;
		}
	}
	let next = 0;
	return {
		lookahead: size * QUEUE_PER_WORKER,
		workers: size,
		submit(body, meta) {
			const ticket = next++;
			const member = members[ticket % size];
			member.jobs.set(ticket, { body, meta });
			if (!member.stopped) member.worker.postMessage({ ticket, body, meta } satisfies ExtractJob);
			return ticket;
		},
		take(ticket) {
			const member = members[ticket % size];
			const job = member.jobs.get(ticket);
			if (!job) throw new Error(`no article submitted as ticket ${ticket}`);
			member.jobs.delete(ticket);
			for (;;) {
				const outcome = member.outcomes.get(ticket);
				if (outcome) {
					member.outcomes.delete(ticket);
					return outcome;
				}
				if (member.stopped) return fallback(job.body, job.meta);
				const waited = nextAnswer(member, ANSWER_TIMEOUT_MS);
				if ('answer' in waited) {
					const { answer } = waited;
					if ('ticket' in answer) member.outcomes.set(answer.ticket, answer.outcome);
					continue;
				}
				// Tickets are taken in order and a worker answers in order: this is the article it
				// was extracting when it stopped.
				stop(member, waited.stopped);
				return { ok: false, error: waited.stopped };
			}
		},
		close
	};
}

function stop(member: PoolWorker, reason: string): void {
	member.stopped = reason;
	member.port.close();
	void member.worker.terminate();
}
