import { describe, expect, it } from 'vitest';
import { PairTable } from './pairTable';

describe('PairTable', () => {
	it('keeps a value per unordered pair, the last one set', () => {
		const table = new PairTable();
		table.set(3, 7, 1);
		table.set(7, 2, 0);
		expect(table.get(7, 3)).toBe(1);
		expect(table.get(2, 7)).toBe(0);
		expect(table.get(3, 2)).toBe(-1);
		table.set(7, 3, 5);
		expect(table.get(3, 7)).toBe(5);
		expect(table.size).toBe(2);
	});

	it('keeps every pair as it grows, indexes past what a product of two fits in 32 bits', () => {
		const table = new PairTable(4);
		const big = 300_000;
		for (let i = 0; i < 5000; i++) table.set(big - i, i * 7, i);
		expect(table.size).toBe(5000);
		for (let i = 0; i < 5000; i++) expect(table.get(i * 7, big - i)).toBe(i);
		expect(table.get(big, 1)).toBe(-1);
	});
});
