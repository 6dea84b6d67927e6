import { fromDayNumber } from '../dates/calendar';

/**
 * Buckets that keep merging far from O(n²): a mention is only compared with mentions that share
 * a key (an actor, a pair of actors, an actor at a place: see `MentionProfile.keys`) and a time
 * facet: a day, a month, or `ALL_FACET` for mentions without a year. Facets are numbers so that
 * no key strings are built per lookup.
 */
export class CandidateIndex {
	private readonly buckets = new Map<string, Map<number, number[]>>();

	add(index: number, keys: string[], facets: number[]): void {
		for (const key of keys) {
			let byFacet = this.buckets.get(key);
			if (!byFacet) this.buckets.set(key, (byFacet = new Map()));
			for (const facet of facets) {
				const bucket = byFacet.get(facet);
				if (bucket) bucket.push(index);
				else byFacet.set(facet, [index]);
			}
		}
	}

	/** Indexes in the buckets of `keys` × `facets`, each once; buckets over `maxBucket` are skipped. */
	lookup(keys: string[], facets: number[], maxBucket = Infinity): number[] {
		const seen = new Set<number>();
		for (const key of keys) {
			const byFacet = this.buckets.get(key);
			if (!byFacet) continue;
			for (const facet of facets) {
				const bucket = byFacet.get(facet);
				if (!bucket || bucket.length > maxBucket) continue;
				for (const index of bucket) seen.add(index);
			}
		}
		return [...seen];
	}
}

/** The facet of all time: day facets are multiples of 3, month facets 3m + 1. */
export const ALL_FACET = 2;

export function dayFacets(start: number, end: number): number[] {
	const facets: number[] = [];
	for (let day = start; day <= end; day++) facets.push(3 * day);
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
