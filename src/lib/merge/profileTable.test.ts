import { describe, expect, it } from 'vitest';
import { profileMention, type MatchProfile } from './mentionProfile';
import { ProfileTable } from './profileTable';
import { testMention } from './testMention';

describe('ProfileTable', () => {
	const pair = { people: ['Ana Varo', 'Bram Tell'], place: 'Norvik, Esland', on: '2021-03-18' };
	const fulls = [
		{ source: 'a', ...pair, excerpt: 'The envoys signed a grain accord at the port.' },
		{ source: 'b', ...pair, at: 50, type: 'visit' as const, planned: true },
		{ source: 'a', ...pair, people: ['Ana Varo'], on: '2021-03-19', excerpt: 'A quiet dinner.' },
		{ source: 'c', people: ['Bram Tell'], excerpt: 'Talks on fishing quotas ran late.' },
		{ source: 'c', ...pair, on: undefined, at: 80, excerpt: 'They met last spring in Norvik.' }
	].map((spec, index) => profileMention(testMention(spec), index));

	const table = () => {
		const built = new ProfileTable();
		for (const full of fulls) built.add(full);
		return built.seal();
	};

	/** What clustering reads of a profile, as plain values. */
	const read = (profile: MatchProfile) => {
		const { index, sourceId, type, planned, participants, place, date, precise, keys } = profile;
		const words = [...profile.words];
		return { index, sourceId, type, planned, participants, place, date, precise, keys, words };
	};

	it('gives back each profile as matchProfile gives it', () => {
		const profiles = table();
		expect(profiles.length).toBe(fulls.length);
		fulls.forEach((full, index) => expect(read(profiles.at(index))).toEqual(read(full)));
		expect(fulls[0].words.length).toBeGreaterThan(2);
		expect(fulls[1].words).toHaveLength(0);
		expect(fulls[4].keys.strong.length).toBeGreaterThan(1);
	});

	it('keeps equal parts once, and only equal ones', () => {
		const profiles = table();
		const [x, y, z] = [0, 1, 2].map((index) => profiles.at(index));
		// A visit and a meeting share buckets; the same people at the same place share all parts.
		expect(y.participants).toBe(x.participants);
		expect(y.place).toBe(x.place);
		expect(y.keys).toEqual(x.keys);
		expect(z.participants).not.toBe(x.participants);
		expect(z.keys).not.toEqual(x.keys);
		expect(x.keys.actors).toContain(z.keys.actors[0]);
		expect(z.date).not.toBe(x.date);
		expect(z.date.start).toBe((x.date.start as number) + 1);
	});

	it('takes profiles in canonical order only, and no more once sealed', () => {
		const built = new ProfileTable();
		expect(() => built.add(fulls[1])).toThrow('profile 1 added at 0');
		built.add(fulls[0]);
		built.seal();
		expect(() => built.add(fulls[1])).toThrow('sealed');
	});
});
