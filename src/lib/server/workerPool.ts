import { parentPort, type Worker } from 'node:worker_threads';

/**
 * A small pool of worker threads answering jobs, for work that would otherwise hold the server's
 * one thread (better-sqlite3 answers synchronously). Jobs start in the order they were asked for;
 * past `maxQueued` jobs waiting for a worker, a job is refused at once (PoolBusyError) rather
 * than queued without bound. A job whose signal is aborted (its client left) while it waits is
 * dropped without being sent; one that is running is answered at once with the abort, and the
 * worker's answer is dropped when it comes (a job is bounded, and restarting the worker would
 * cost more than letting it finish). A worker that crashes fails its job with an error and is
 * replaced when next needed.
 */
export class WorkerPool<Input, Output> {
	readonly #spawn: () => Worker;
	readonly #maxQueued: number;
	readonly #slots: Slot<Output>[];
	readonly #queue: Job<Input, Output>[] = [];
	#nextId = 0;
	#closed = false;

	constructor(spawn: () => Worker, options: { size: number; maxQueued: number }) {
		this.#spawn = spawn;
		this.#maxQueued = options.maxQueued;
		this.#slots = Array.from({ length: options.size }, () => ({ worker: null, running: null }));
	}

	/** Jobs waiting for a worker. */
	get queued(): number {
		return this.#queue.length;
	}

	run(input: Input, signal?: AbortSignal): Promise<Output> {
		if (this.#closed) return Promise.reject(new Error('the worker pool is closed'));
		if (signal?.aborted) return Promise.reject(abortError());
		const free = this.#slots.find((slot) => !slot.running);
		if (!free && this.#queue.length >= this.#maxQueued) {
			return Promise.reject(new PoolBusyError(this.#maxQueued));
		}
		return new Promise<Output>((resolve, reject) => {
			const job: Job<Input, Output> = { id: this.#nextId++, input, resolve, reject, done: false };
			if (signal) {
				const onAbort = () => this.#abandon(job);
				signal.addEventListener('abort', onAbort, { once: true });
				job.forget = () => signal.removeEventListener('abort', onAbort);
			}
			if (free) this.#start(free, job);
			else this.#queue.push(job);
		});
	}

	/** Stops every worker; jobs not answered yet fail. */
	async close(): Promise<void> {
		this.#closed = true;
		for (const job of this.#queue.splice(0)) settle(job, new Error('the worker pool is closed'));
		await Promise.all(
			this.#slots.map(async (slot) => {
				const { worker, running } = slot;
				slot.worker = null;
				slot.running = null;
				if (running) settle(running, new Error('the worker pool is closed'));
				if (worker) await worker.terminate();
			})
		);
	}

	#start(slot: Slot<Output>, job: Job<Input, Output>): void {
		slot.running = job;
		if (!slot.worker) {
			try {
				slot.worker = this.#startWorker(slot);
			} catch (error) {
				settle(job, error as Error);
				return this.#next(slot);
			}
		}
		slot.worker.postMessage({ id: job.id, input: job.input } satisfies JobMessage<Input>);
	}

	#startWorker(slot: Slot<Output>): Worker {
		const worker = this.#spawn();
		worker.on('message', (answer: AnswerMessage<Output>) => {
			const job = slot.running;
			if (slot.worker !== worker || !job || job.id !== answer.id) return;
			if (answer.ok) settle(job, null, answer.output);
			// The error's code crosses with it: a database problem (SQLITE_NOTADB …) is a 503, not a 500.
			else
				settle(
					job,
					Object.assign(new Error(answer.error), answer.code ? { code: answer.code } : {})
				);
			this.#next(slot);
		});
		const lost = (reason: string) => {
			if (slot.worker !== worker) return;
			slot.worker = null;
			const job = slot.running;
			if (job) settle(job, new Error(reason));
			this.#next(slot);
		};
		worker.on('error', (error) => lost(`the worker failed: ${error.message}`));
		worker.on('exit', (code) => lost(`the worker exited (code ${code})`));
		// Idle workers must not keep the process alive.
		worker.unref();
		return worker;
	}

	/** The slot's job is over (answered, failed or abandoned): the next one waiting starts. */
	#next(slot: Slot<Output>): void {
		slot.running = null;
		const job = this.#queue.shift();
		if (job && !this.#closed) this.#start(slot, job);
	}

	#abandon(job: Job<Input, Output>): void {
		const waiting = this.#queue.indexOf(job);
		if (waiting >= 0) this.#queue.splice(waiting, 1);
		// A running job keeps its slot until the worker answers; only its caller stops waiting.
		settle(job, abortError());
	}
}

/** The pool already has `maxQueued` jobs waiting for a worker. */
export class PoolBusyError extends Error {
	constructor(maxQueued: number) {
		super(`${maxQueued} jobs are already waiting for a worker`);
		this.name = 'PoolBusyError';
	}
}

export function isAbortError(error: unknown): boolean {
	return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * In a worker thread: answers the pool's jobs with `handle` one at a time. An answer that is a
 * Uint8Array is moved to the pool's thread, not copied.
 */
export function answerJobs<Input, Output>(
	handle: (input: Input) => Output | Promise<Output>
): void {
	const port = parentPort;
	if (!port) throw new Error('answerJobs runs in a worker thread');
	port.on('message', async ({ id, input }: JobMessage<Input>) => {
		let answer: AnswerMessage<Output>;
		try {
			answer = { id, ok: true, output: await handle(input) };
		} catch (error) {
			const code = (error as { code?: unknown } | null)?.code;
			answer = {
				id,
				ok: false,
				error: (error as Error).message ?? String(error),
				...(typeof code === 'string' ? { code } : {})
			};
		}
		const transfer = answer.ok && answer.output instanceof Uint8Array ? [answer.output.buffer] : [];
		port.postMessage(answer, transfer as ArrayBuffer[]);
	});
}

interface Job<Input, Output> {
	id: number;
	input: Input;
	resolve: (output: Output) => void;
	reject: (error: Error) => void;
	/** Removes the abort listener. */
	forget?: () => void;
	done: boolean;
}

interface Slot<Output> {
	/** Started when first needed, and again after a crash. */
	worker: Worker | null;
	running: Job<unknown, Output> | null;
}

interface JobMessage<Input> {
	id: number;
	input: Input;
}

type AnswerMessage<Output> =
	| { id: number; ok: true; output: Output }
	| { id: number; ok: false; error: string; code?: string };

function settle<Output>(job: Job<unknown, Output>, error: Error | null, output?: Output): void {
	if (job.done) return;
	job.done = true;
	job.forget?.();
	if (error) job.reject(error);
	else job.resolve(output as Output);
}

function abortError(): Error {
	return new DOMException('the client went away', 'AbortError');
}
