import { describe, expect, it } from 'vitest';
import { matchProfile, profileMention } from './mentionProfile';
import { testMention } from './testMention';

describe('matchProfile', () => {
	const pair = { people: ['Ana Varo', 'Bram Tell'], place: 'Norvik, Esland', on: '2021-03-18' };
	const profile = (spec: Parameters<typeof testMention>[0], index: number) =>
		profileMention(testMention(spec), index);

	it('keeps what clustering compares and drops the source text', () => {
		const full = profile({ source: 'a', ...pair, type: 'visit', planned: true }, 3);
		const match = matchProfile(full);
		expect(match).toMatchObject({ index: 3, sourceId: 'a', type: 'visit', planned: true });
		expect(match).not.toHaveProperty('sourced');
		expect(match.keys).toEqual(full.keys);
	});
});

describe('profileMention', () => {
	it('finds the excerpt words when first read with words: lazy, the same as at once', () => {
		const mention = testMention({
			source: 'a',
			people: ['Ana Varo'],
			on: '2021-03-18',
			excerpt: 'Ana Varo signed the fisheries accord with the harbour council in Norvik.'
		});
		const eager = profileMention(mention, 0);
		const lazy = profileMention(mention, 0, { words: 'lazy' });
		expect(eager.words.length).toBeGreaterThan(2);
		expect({ ...lazy }).toEqual(eager);
		expect(lazy.words).toBe(lazy.words);
		expect(profileMention(mention, 0, { words: false }).words).toHaveLength(0);
	});
});
