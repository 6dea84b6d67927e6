import { describe, expect, it } from 'vitest';
import { excerptWords, wordOverlap, wordStem } from './excerptWords';

describe('wordStem', () => {
	it.each([
		['signed', 'sign'],
		['signing', 'sign'],
		['talks', 'talk'],
		['visits', 'visit'],
		['memoranda', 'memoranda'],
		['bases', 'bases'],
		["minister's", 'minister'],
		['co-hosted', 'cohost']
	])('%s → %s', (word, stem) => {
		expect(wordStem(word)).toBe(stem);
	});
});

describe('excerptWords', () => {
	it('keeps content words only: no function, reporting or calendar words', () => {
		expect(excerptWords(['He said on Monday that it was in March.'])).toHaveLength(0);
		expect(excerptWords(['They signed a railway deal.'])).toHaveLength(3);
	});

	it('meets inflections and diacritics on one word', () => {
		const a = excerptWords(['The ministers signed the railway deals in Çorum.']);
		const b = excerptWords(['Signing the railway deal in Corum']);
		// sign, railway, deal, corum on both sides: 4 / (4 + 1).
		expect(wordOverlap(a, b)).toBeCloseTo(4 / 5);
	});

	it('leaves out the words of names and places it is told to', () => {
		const text = ['Ana Varo met Bram Tell in Norvik to discuss fishing quotas.'];
		const all = excerptWords(text);
		const rest = excerptWords(text, ['Ana Varo', 'Bram Tell', 'Norvik, Esland']);
		// ana, varo, met, bram, norvik, discus, fish, quota ("tell" is a reporting verb).
		expect(all).toHaveLength(8);
		expect(rest).toHaveLength(4);
	});

	it('is sorted and unique', () => {
		const words = excerptWords(['pipeline gas pipeline deal gas']);
		expect([...words]).toEqual([...new Set(words)].sort((x, y) => x - y));
		expect(words).toHaveLength(3);
	});
});

describe('wordOverlap', () => {
	it.each([
		{ why: 'no words on a side', a: [], b: ['pipeline deal'], overlap: 0 },
		{ why: 'nothing shared', a: ['pipeline deal'], b: ['fishing quotas'], overlap: 0 },
		{ why: 'the shorter fully shared', a: ['pipeline'], b: ['pipeline gas deal'], overlap: 1 / 2 },
		{ why: 'half of the shorter', a: ['pipeline quota'], b: ['pipeline gas deal'], overlap: 1 / 3 }
	])('$why', ({ a, b, overlap }) => {
		expect(wordOverlap(excerptWords(a), excerptWords(b))).toBeCloseTo(overlap);
		expect(wordOverlap(excerptWords(b), excerptWords(a))).toBeCloseTo(overlap);
	});
});
