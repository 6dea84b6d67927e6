import { describe, expect, it } from 'vitest';
import { matchProfile, profileMention, SharedParts } from './mentionProfile';
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

	it('shares equal parts of different mentions, and only equal ones', () => {
		const parts = new SharedParts();
		const [a, b, c] = [
			profile({ source: 'a', ...pair }, 0),
			profile({ source: 'b', ...pair, at: 50 }, 1),
			profile({ source: 'a', ...pair, people: ['Ana Varo'], on: '2021-03-19' }, 2)
		].map((full) => matchProfile(full, parts));
		expect(b.participants).toBe(a.participants);
		expect(b.place).toBe(a.place);
		expect(b.date).toBe(a.date);
		expect(b.keys.strong).toBe(a.keys.strong);
		expect(c.sourceId).toBe(a.sourceId);
		expect(c.participants).not.toBe(a.participants);
		expect(c.participants.ids).toEqual(new Set(['~iniviru']));
		expect(c.date).not.toBe(a.date);
		expect(c.date.start).toBe((a.date.start as number) + 1);
	});

	it('keeps each profile its own words in shared blocks, and shares equal bucket keys whole', () => {
		const parts = new SharedParts();
		const fulls = [
			profile(
				{ source: 'a', ...pair, excerpt: 'The envoys signed a grain accord at the port.' },
				0
			),
			profile({ source: 'b', ...pair, excerpt: 'Talks on fishing quotas ran late.' }, 1),
			profile({ source: 'c', ...pair, people: ['Ana Varo'], excerpt: 'A quiet dinner.' }, 2)
		];
		const [a, b, c] = fulls.map((full) => matchProfile(full, parts));
		[a, b, c].forEach((shared, i) => expect([...shared.words]).toEqual([...fulls[i].words]));
		expect(a.words.length).toBeGreaterThan(2);
		expect(b.words.buffer).toBe(a.words.buffer);
		expect(b.keys).toBe(a.keys);
		expect(c.keys).not.toBe(a.keys);
		expect(c.keys).toEqual(fulls[2].keys);
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
