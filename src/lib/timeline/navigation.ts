/**
 * Keyboard movement of the selection along the timeline: events in time order, the order
 * `placeEvents` gives. With nothing selected, the arrows start from the visible part.
 */
import type { Domain } from './zoomDomain';

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
	return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
}

/** The id to select after `key`, or `current` when there is nowhere to go. */
export function moveSelection(
	ordered: readonly { id: string; t0: number }[],
	current: string | null,
	key: NavigationKey,
	view: Domain
): string | null {
	if (ordered.length === 0) return current;
	if (key === 'Home') return ordered[0].id;
	if (key === 'End') return ordered[ordered.length - 1].id;
	const index = current === null ? -1 : ordered.findIndex((event) => event.id === current);
	if (index < 0) {
		const inView =
			key === 'ArrowRight'
				? ordered.find((event) => event.t0 >= view[0])
				: ordered.findLast((event) => event.t0 < view[1]);
		return (inView ?? ordered[key === 'ArrowRight' ? ordered.length - 1 : 0]).id;
	}
	const next =
		key === 'ArrowRight' ? Math.min(ordered.length - 1, index + 1) : Math.max(0, index - 1);
	return ordered[next].id;
}
