import { fromDayNumber } from '../dates/calendar';

/**
 * Buckets that keep merging far from O(n²): a mention is only compared with mentions that share
 * a key (an actor, a pair of actors, an actor at a place: see `MentionProfile.keys`) and a time
 * facet: a day, a month, or `ALL_FACET` for mentions without a year. Buckets are kept by facet,
 * then by interned key: small-integer map keys, and few maps (one per facet in use).
 */
export class CandidateIndex {
	private readonly keyIds = new Map<string, number>();
	private readonly byFacet = new Map<number, Map<number, number[]>>();
	/** Per mention index, the last lookup that saw it: dedupes without a set per lookup. */
	private readonly seenIn: Int32Array;
	private lookups = 0;

	/** `size`: how many mention indexes there are. */
	constructor(size: number) {
		this.seenIn = new Int32Array(size);
	}

	add(index: number, keys: string[], facets: number[]): void {
		for (const facet of facets) {
			let buckets = this.byFacet.get(facet);
			if (!buckets) this.byFacet.set(facet, (buckets = new Map()));
			for (const key of keys) {
				let id = this.keyIds.get(key);
				if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
				const bucket = buckets.get(id);
				if (bucket) bucket.push(index);
				else buckets.set(id, [index]);
			}
		}
	}

	/**
	 * Drops every bucket of a facet below `facet`: a sweep through time keeps only the days it can
	 * still reach.
	 */
	forgetFacetsBefore(facet: number): void {
		for (const known of this.byFacet.keys()) if (known < facet) this.byFacet.delete(known);
	}

	/** Indexes in the buckets of `keys` × `facets`, each once; buckets over `maxBucket` are skipped. */
	lookup(keys: string[], facets: number[], maxBucket = Infinity): number[] {
		const stamp = ++this.lookups;
		const found: number[] = [];
		for (const facet of facets) {
			const buckets = this.byFacet.get(facet);
			if (!buckets) continue;
			for (const key of keys) {
				const id = this.keyIds.get(key);
				const bucket = id === undefined ? undefined : buckets.get(id);
				if (!bucket || bucket.length > maxBucket) continue;
				for (const index of bucket) {
					if (this.seenIn[index] === stamp) continue;
					this.seenIn[index] = stamp;
					found.push(index);
				}
			}
		}
		return found;
	}
}

/** Day numbers count from 1970; facets count from the year 0, so that they are never negative. */
const DAYS_BEFORE_1970 = 719_528;

/** The facet of all time: day facets are multiples of 3, month facets 3m + 1. */
export const ALL_FACET = 2;

export function dayFacets(start: number, end: number): number[] {
	const facets: number[] = [];
	for (let day = start; day <= end; day++) facets.push(3 * (day + DAYS_BEFORE_1970));
	return facets;
}

/** Month facets of an interval of day numbers, or none when it spans more than `maxMonths`. */
export function monthFacets(start: number, end: number, maxMonths: number): number[] {
	const monthIndex = (day: number) => {
		const iso = fromDayNumber(day);
		return +iso.slice(0, 4) * 12 + +iso.slice(5, 7) - 1;
	};
	const first = monthIndex(start);
	const last = monthIndex(end);
	if (last - first + 1 > maxMonths) return [];
	const facets: number[] = [];
	for (let month = first; month <= last; month++) facets.push(3 * month + 1);
	return facets;
}
