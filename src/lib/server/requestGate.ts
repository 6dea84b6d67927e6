/**
 * Admission of requests to the server's one thread. better-sqlite3 answers synchronously, so
 * requests that arrive together are worked through one after another: each waits for all the
 * ones before it. The gate counts the requests admitted and not yet answered; past `limit` a
 * request is turned away at once (503 with Retry-After) rather than queued without bound, and an
 * admitted request whose client has gone while it waited is not worked on at all.
 */
export class RequestGate {
	#inFlight = 0;
	/** Admitted requests whose turn has not come yet. */
	#waiting = 0;

	constructor(readonly limit: number) {}

	get inFlight(): number {
		return this.#inFlight;
	}

	/**
	 * Resolves after a turn of the event loop once no admitted request is waiting for its turn:
	 * background work (the next chunk of a big response) goes after the requests waiting.
	 */
	async yieldToWaiting(): Promise<void> {
		do await nextTurn();
		while (this.#waiting > 0);
	}

	/**
	 * Runs `work` once the requests admitted before it have had their turn, or answers
	 * `overloaded()` when `limit` requests are already waiting, or `gone()` when `signal` was
	 * aborted (the client disconnected) by the time its turn came.
	 */
	async admit(
		signal: AbortSignal,
		work: () => Promise<Response>,
		answers: { overloaded: () => Response; gone: () => Response }
	): Promise<Response> {
		if (this.#inFlight >= this.limit) return answers.overloaded();
		this.#inFlight++;
		this.#waiting++;
		try {
			// One turn of the event loop: requests that came in the same batch are all counted
			// before the first is worked on, and closes of clients that gave up are seen.
			try {
				await nextTurn();
			} finally {
				this.#waiting--;
			}
			if (signal.aborted) return answers.gone();
			return await work();
		} finally {
			this.#inFlight--;
		}
	}
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
