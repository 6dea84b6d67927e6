import { describe, expect, it } from 'vitest';
import { createPrng, hashSeed } from './prng';

describe('createPrng', () => {
	it('repeats its sequence for the same seed and differs for another', () => {
		const draw = (seed: string | number) => Array.from({ length: 5 }, createPrng(seed).next);
		expect(draw('a')).toEqual(draw('a'));
		expect(draw('a')).not.toEqual(draw('b'));
		expect(draw(7)).toEqual(draw(7));
	});

	it('stays within its ranges and covers them', () => {
		const prng = createPrng('ranges');
		const ints = new Set<number>();
		for (let i = 0; i < 2000; i++) {
			const x = prng.next();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			ints.add(prng.int(3, 7));
		}
		expect([...ints].sort()).toEqual([3, 4, 5, 6, 7]);
	});

	it('picks by weight and shuffles without losing items', () => {
		const prng = createPrng('weights');
		const counts = { a: 0, b: 0 };
		for (let i = 0; i < 4000; i++) counts[prng.weighted(['a', 'b'] as const, [3, 1])]++;
		expect(counts.a / 4000).toBeGreaterThan(0.7);
		expect(counts.a / 4000).toBeLessThan(0.8);
		const items = [1, 2, 3, 4, 5, 6];
		const shuffled = prng.shuffle(items);
		expect([...shuffled].sort()).toEqual(items);
		expect(items).toEqual([1, 2, 3, 4, 5, 6]);
	});
});

describe('hashSeed', () => {
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c]
	])('FNV-1a of %j', (text, hash) => {
		expect(hashSeed(text)).toBe(hash);
	});
});
