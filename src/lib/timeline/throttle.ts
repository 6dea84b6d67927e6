/**
 * Calls a function at most once per interval with the latest arguments: a gesture reports the
 * view every frame, but browsers limit history updates and a URL needs only the view it settles on.
 */

export interface Throttled<Args extends unknown[]> {
	(...args: Args): void;
	/** Runs the pending call now, if any. */
	flush(): void;
	/** Drops the pending call. */
	cancel(): void;
}

/** The first call waits `ms`; calls meanwhile only replace the arguments it will run with. */
export function throttle<Args extends unknown[]>(
	run: (...args: Args) => void,
	ms: number
): Throttled<Args> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: Args | null = null;

	const fire = () => {
		timer = null;
		const args = pending;
		pending = null;
		if (args) run(...args);
	};
	const throttled = (...args: Args) => {
		pending = args;
		timer ??= setTimeout(fire, ms);
	};
	throttled.flush = () => {
		if (timer) clearTimeout(timer);
		fire();
	};
	throttled.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		pending = null;
	};
	return throttled;
}
