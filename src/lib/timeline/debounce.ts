/**
 * Calls a function once calls have stopped for an interval, with the latest arguments: work
 * that is costly per frame (scrolling a long list to follow the axis) waits until a gesture
 * settles, instead of running in every frame of it.
 */
import type { Throttled } from './throttle';

/** Each call restarts the wait; only the last call's arguments run. */
export function debounce<Args extends unknown[]>(
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
	const debounced = (...args: Args) => {
		pending = args;
		if (timer) clearTimeout(timer);
		timer = setTimeout(fire, ms);
	};
	debounced.flush = () => {
		if (timer) clearTimeout(timer);
		fire();
	};
	debounced.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		pending = null;
	};
	return debounced;
}
