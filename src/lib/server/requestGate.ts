/**
 * Admission of requests to the server's one thread. better-sqlite3 answers synchronously, so the
 * thread can only work through requests one after another; the gate makes that a queue. Requests
 * are worked on one at a time in arrival order (started together, asynchronous steps would
 * interleave them and every one would finish only when all of them do); past `limit` requests
 * admitted and not yet answered, a request is turned away at once (503 with Retry-After) rather
 * than queued without bound; a request whose client has gone while it waited is not worked on.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class RequestGate {
	#inFlight = 0;
	/** Whether a request is being worked on. */
	#busy = false;
	/** Admitted requests waiting for their turn, first come first. */
	readonly #queue: (() => void)[] = [];
	/** Background work waiting for the next request to be answered (see yieldToWaiting). */
	readonly #yielded: (() => void)[] = [];
	/** Whether the code running holds the thread: the request being worked on, not yet answered. */
	readonly #turn = new AsyncLocalStorage<{ holding: boolean }>();

	constructor(readonly limit: number) {}

	get inFlight(): number {
		return this.#inFlight;
	}

	/**
	 * Resolves once the request being worked on has been answered; when none is, after a turn of
	 * the event loop (new requests come in), and after the first of those if one did: background work (the next chunk of a big response)
	 * goes a step at a time between requests, neither holding them up nor starved by them.
	 */
	async yieldToWaiting(): Promise<void> {
		if (!this.#busy) await nextTurn();
		if (this.#busy) await new Promise<void>((resolve) => this.#yielded.push(resolve));
	}

	/**
	 * Runs `work` once the requests admitted before it are answered, or answers `overloaded()`
	 * when `limit` requests are already admitted, or `gone()` when `signal` was aborted (the
	 * client disconnected) by the time its turn came.
	 */
	async admit(
		signal: AbortSignal,
		work: () => Promise<Response>,
		answers: { overloaded: () => Response; gone: () => Response }
	): Promise<Response> {
		if (this.#inFlight >= this.limit) return answers.overloaded();
		this.#inFlight++;
		try {
			if (this.#busy || this.#queue.length > 0) {
				await new Promise<void>((resolve) => this.#queue.push(resolve));
			}
			// The thread is this request's now (free, or handed over by the one before).
			this.#busy = true;
			const turn = { holding: true };
			try {
				// One turn of the event loop first: requests that came in the same batch are all
				// queued behind this one, and closes of clients that gave up are seen.
				await nextTurn();
				if (signal.aborted) return answers.gone();
				return await this.#turn.run(turn, work);
			} finally {
				turn.holding = false;
				this.#handOver();
			}
		} finally {
			this.#inFlight--;
		}
	}

	/**
	 * For the request being worked on: lets the requests waiting go first while `work` runs
	 * elsewhere (a worker thread), then waits for the thread again (after those already waiting)
	 * to carry on with the result.
	 */
	async whileAway<T>(work: Promise<T>): Promise<T> {
		// Anything else (a request the app makes to itself, a body streamed after its request
		// was answered) has no turn to give up.
		const turn = this.#turn.getStore();
		if (!turn?.holding) return work;
		turn.holding = false;
		this.#handOver();
		try {
			return await work;
		} finally {
			if (this.#busy || this.#queue.length > 0) {
				await new Promise<void>((resolve) => this.#queue.push(resolve));
			}
			this.#busy = true;
			turn.holding = true;
		}
	}

	/** Gives the thread to the first request waiting, or frees it. */
	#handOver(): void {
		const next = this.#queue.shift();
		if (next) next();
		else this.#busy = false;
		for (const resume of this.#yielded.splice(0)) resume();
	}
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
