import { describe, expect, it } from 'vitest';
import { ScoredPairs } from './scoredPairs';

describe('ScoredPairs', () => {
	it('keeps pairs as they grow and orders them by score, then a, then b', () => {
		const pairs = new ScoredPairs();
		for (let i = 0; i < 1000; i++) pairs.push(i % 7, 1000 - i, i % 3, i);
		expect(pairs.length).toBe(1000);
		expect([pairs.a(999), pairs.b(999), pairs.score(999), pairs.rank(999)]).toEqual([
			999 % 7,
			1,
			0,
			999
		]);
		const order = [...pairs.byScore()];
		const expected = order
			.map((at) => ({ at, a: pairs.a(at), b: pairs.b(at), score: pairs.score(at) }))
			.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
			.map(({ at }) => at);
		expect(order).toEqual(expected);
		expect(pairs.score(order[0])).toBe(2);
	});

	it('orders pairs by a, then b', () => {
		const pairs = new ScoredPairs();
		[
			[2, 1],
			[0, 5],
			[2, 0],
			[0, 4]
		].forEach(([a, b]) => pairs.push(a, b, 0));
		expect([...pairs.byPair()]).toEqual([3, 1, 2, 0]);
	});

	it('rescores a pair in place', () => {
		const pairs = new ScoredPairs();
		pairs.push(1, 2, 0.5, 3);
		const at = pairs.push(0, 2, 0.25, 1);
		pairs.rescore(at, 1.5, 0);
		expect([...pairs.byScore()]).toEqual([1, 0]);
		expect(pairs.rank(at)).toBe(0);
	});
});
