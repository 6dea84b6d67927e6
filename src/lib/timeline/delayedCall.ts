/**
 * Calls that run later with the latest arguments. A gesture reports the view every frame, but
 * browsers limit history updates and a URL needs only the view it settles on (`throttle`), and
 * some work is too costly for every frame of a gesture, such as scrolling a long list to follow
 * the axis (`debounce`).
 */

export interface DelayedCall<Args extends unknown[]> {
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
): DelayedCall<Args> {
	return delayedCall(run, ms, false);
}

/** Each call restarts the wait: it runs once calls have stopped for `ms`, with the last arguments. */
export function debounce<Args extends unknown[]>(
	run: (...args: Args) => void,
	ms: number
): DelayedCall<Args> {
	return delayedCall(run, ms, true);
}

function delayedCall<Args extends unknown[]>(
	run: (...args: Args) => void,
	ms: number,
	restartOnCall: boolean
): DelayedCall<Args> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: Args | null = null;

	const fire = () => {
		timer = null;
		const args = pending;
		pending = null;
		if (args) run(...args);
	};
	const call = (...args: Args) => {
		pending = args;
		if (restartOnCall && timer) {
			clearTimeout(timer);
			timer = null;
		}
		timer ??= setTimeout(fire, ms);
	};
	call.flush = () => {
		if (timer) clearTimeout(timer);
		fire();
	};
	call.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		pending = null;
	};
	return call;
}
