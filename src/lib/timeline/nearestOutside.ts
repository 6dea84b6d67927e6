/**
 * Where the nearest events are when the view shows none: the last one ending before it and the
 * first one starting after it, from the loaded events, or else from the density bins (which
 * cover the whole corpus) as the nearest period that has some.
 */
import type { TimedBin } from './levelOfDetail';
import type { Domain } from './zoomDomain';

export interface NearbyEvents {
	/** The instant span to show, and the event's id when one event is known. */
	t0: number;
	t1: number;
	id: string | null;
	/** The event's title, or null for a period of several. */
	title: string | null;
	count: number;
}

export interface Nearest {
	before: NearbyEvents | null;
	after: NearbyEvents | null;
}

export function nearestOutside(
	placed: readonly { id: string; t0: number; t1: number; label: string }[],
	bins: readonly TimedBin[],
	[from, to]: Domain
): Nearest {
	let before: NearbyEvents | null = null;
	let after: NearbyEvents | null = null;
	for (const event of placed) {
		if (event.t1 <= from && (!before || event.t1 > before.t1)) {
			before = { t0: event.t0, t1: event.t1, id: event.id, title: event.label, count: 1 };
		}
		if (event.t0 >= to && (!after || event.t0 < after.t0)) {
			after = { t0: event.t0, t1: event.t1, id: event.id, title: event.label, count: 1 };
		}
	}
	for (const bin of bins) {
		if (bin.count === 0) continue;
		if (!before && bin.t1 <= from) before = binTarget(bin);
		// Bins are in time order: the last one before the view wins, the first one after it.
		else if (before?.id === null && bin.t1 <= from) before = binTarget(bin);
		if (!after && bin.t0 >= to) after = binTarget(bin);
	}
	return { before, after };
}

const binTarget = (bin: TimedBin): NearbyEvents => ({
	t0: bin.t0,
	t1: bin.t1,
	id: null,
	title: null,
	count: bin.count
});
