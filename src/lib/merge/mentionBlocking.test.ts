import { describe, expect, it } from 'vitest';
import {
	mayCompare,
	mayPairStrongly,
	mentionBlocking,
	parseBlocking,
	serializeBlocking,
	type MentionBlocking
} from './mentionBlocking';
import { profileMention, type MatchProfile } from './mentionProfile';
import { testMention, type MentionSpec } from './testMention';

const mention = (
	start: number | null,
	end: number | null,
	precise: boolean,
	keys = ['k']
): MentionBlocking => ({ precise, start, end, keys });

describe('mayCompare', () => {
	const cases: [string, MentionBlocking, MentionBlocking, boolean][] = [
		[
			'two precise days within the conflict gap',
			mention(10, 10, true),
			mention(12, 12, true),
			true
		],
		['two precise days beyond it', mention(10, 10, true), mention(13, 13, true), false],
		['a loose month and a day in it', mention(0, 30, false), mention(20, 20, true), true],
		[
			'a loose month and a day a month after it',
			mention(0, 30, false),
			mention(62, 62, true),
			false
		],
		[
			'a mention without a date and any other',
			mention(null, null, false),
			mention(9000, 9000, true),
			true
		]
	];
	for (const [name, a, b, expected] of cases) {
		it(name, () => {
			expect(mayCompare(a, b)).toBe(expected);
			expect(mayCompare(b, a)).toBe(expected);
		});
	}
});

describe('serializeBlocking', () => {
	it('stores a blocking as text and reads it back', () => {
		const blocking = mention(3, 5, true, ['meeting\u0001x\u0001', 'meeting\u0001@y\u0001']);
		expect(parseBlocking(serializeBlocking(blocking))).toEqual(blocking);
		expect(parseBlocking(serializeBlocking(mention(null, null, false, [])))).toEqual(
			mention(null, null, false, [])
		);
	});
});

describe('mayPairStrongly', () => {
	/** What clustering's strong look-ups compare (see `clusterMentions`): a shared key either way. */
	const lookupKeys = (profile: MatchProfile) =>
		profile.participants.ids.size > 0 ? profile.keys.strong : profile.keys.places;
	const storeKeys = (profile: MatchProfile) => [...profile.keys.strong, ...profile.keys.places];
	const found = (a: MatchProfile, b: MatchProfile) =>
		lookupKeys(a).some((key) => storeKeys(b).includes(key));

	const specs: Record<string, Omit<MentionSpec, 'source'>> = {
		pairInPort: { people: ['Ana Varo', 'Bram Tell'], place: 'Norvik, Esland' },
		pairElsewhere: { people: ['Ana Varo', 'Bram Tell'], place: 'Kessa' },
		pairNowhere: { people: ['Ana Varo', 'Bram Tell'] },
		oneInPort: { people: ['Ana Varo'], place: 'Norvik, Esland' },
		otherInPort: { people: ['Cato Vell'], place: 'Norvik, Esland' },
		oneNowhere: { people: ['Ana Varo'] },
		nobodyInPort: { place: 'Norvik, Esland' },
		nobodyInCountry: { place: 'Esland' },
		nobodyNowhere: {},
		countryPair: { countries: ['Esland', 'Morvia'] },
		pairVisitInPort: { people: ['Ana Varo', 'Bram Tell'], place: 'Norvik', type: 'visit' },
		pairAttackInPort: { people: ['Ana Varo', 'Bram Tell'], place: 'Norvik', type: 'attack' }
	};
	const profiles = Object.entries(specs).map(
		([name, spec], index) =>
			[name, profileMention(testMention({ source: name, ...spec }), index)] as const
	);

	it('holds exactly for the pairs clustering finds by strong keys, either way', () => {
		let pairs = 0;
		for (const [nameA, a] of profiles) {
			for (const [nameB, b] of profiles) {
				if (a === b) continue;
				const expected = found(a, b) || found(b, a);
				pairs += expected ? 1 : 0;
				expect([nameA, nameB, mayPairStrongly(mentionBlocking(a), mentionBlocking(b))]).toEqual([
					nameA,
					nameB,
					expected
				]);
			}
		}
		// Some pairs of each answer.
		expect(pairs).toBeGreaterThan(4);
		expect(pairs).toBeLessThan(profiles.length * (profiles.length - 1) - 4);
	});
});
