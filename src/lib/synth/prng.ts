import { fnv1a } from '../text/fnv1a';

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every machine, which is what makes the synthetic corpus reproducible byte for byte.
 */
export interface Prng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** A pick where item i has weight `weights[i]`. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
	/** A shuffled copy (Fisher-Yates). */
	shuffle<T>(items: readonly T[]): T[];
}

/** Mixes a string into a 32-bit seed (FNV-1a), so "seed/article 17" streams are independent. */
export function hashSeed(text: string): number {
	return fnv1a(text);
}

export function createPrng(seed: number | string): Prng {
	let state = (typeof seed === 'string' ? hashSeed(seed) : seed) >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => items[int(0, items.length - 1)],
		weighted: (items, weights) => {
			const total = weights.reduce((sum, w) => sum + w, 0);
			let roll = next() * total;
			for (let i = 0; i < items.length; i++) {
				roll -= weights[i];
				if (roll < 0) return items[i];
			}
			return items[items.length - 1];
		},
		shuffle: (items) => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(0, i);
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy;
		}
	};
}
