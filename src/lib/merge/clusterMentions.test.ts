import { describe, expect, it } from 'vitest';
import { clusterMentions } from './clusterMentions';
import { profileMention } from './mentionProfile';
import { ProfileTable } from './profileTable';
import { testMention, type MentionSpec } from './testMention';

const pair = { people: ['Ana Varo', 'Bram Tell'], place: 'Norvik, Esland' };

/** Clusters as lists of spec names, sorted, singletons left out. */
function groups(specs: Record<string, MentionSpec>): string[][] {
	const names = Object.keys(specs);
	const profiles = names.map((name, i) =>
		profileMention(testMention({ at: i, ...specs[name] }), i)
	);
	const clusters = clusterMentions(profiles);
	// Profiles without their text, kept in a table, cluster the same.
	const table = new ProfileTable();
	for (const profile of profiles) table.add(profile);
	expect(clusterMentions(table.seal())).toEqual(clusters);
	return clusters
		.filter((members) => members.length > 1)
		.map((members) => members.map((i) => names[i]).sort())
		.sort();
}

describe('clusterMentions', () => {
	it.each([
		{
			why: 'the best pair wins when one source has two candidates',
			specs: {
				opening: { source: 'a', ...pair, on: '2021-03-18' },
				closing: { source: 'a', ...pair, on: '2021-03-19', planned: true },
				wrapUp: { source: 'b', ...pair, on: '2021-03-18..2021-03-19' }
			},
			expected: [['opening', 'wrapUp']]
		},
		{
			why: 'every member must match every other (no chaining through a vague one)',
			specs: {
				north: { source: 'a', ...pair, on: '2020-05-12' },
				nowhere: { source: 'b', ...pair, people: ['Ana Varo'], place: null, on: '2020-05-12' },
				south: { source: 'c', ...pair, people: ['Ana Varo', 'Cleo Marn'], on: '2020-05-12' }
			},
			expected: [['north', 'nowhere']]
		},
		{
			why: 'a coarse date joins the one event it fits',
			specs: {
				day: { source: 'a', ...pair, on: '2020-01-03' },
				coarse: { source: 'b', ...pair, on: '2020-01-01..2020-04-30' }
			},
			expected: [['coarse', 'day']]
		},
		{
			why: 'a coarse date that fits two events joins neither',
			specs: {
				first: { source: 'a', ...pair, on: '2020-01-03' },
				second: { source: 'b', ...pair, on: '2020-03-09' },
				coarse: { source: 'c', ...pair, on: '2020-01-01..2020-04-30' }
			},
			expected: []
		},
		{
			why: 'two coarse dates that fit two events do not pair up either',
			specs: {
				first: { source: 'a', ...pair, on: '2020-01-03' },
				second: { source: 'b', ...pair, on: '2020-03-09' },
				coarse: { source: 'c', ...pair, on: '2020-01-01..2020-04-30' },
				alsoCoarse: { source: 'd', ...pair, on: '2020-01-01..2020-04-30' }
			},
			expected: []
		},
		{
			why: 'two coarse dates with no precise report pair up',
			specs: {
				coarse: { source: 'c', ...pair, on: '2020-01-01..2020-04-30' },
				alsoCoarse: { source: 'd', ...pair, on: '2020-01-01..2020-04-30' }
			},
			expected: [['alsoCoarse', 'coarse']]
		},
		{
			why: 'a coarse date prefers the event with exactly its people',
			specs: {
				talks: { source: 'a', people: ['Ana Varo', 'Bram Tell'], place: 'Kell', on: '2023-04-06' },
				lunch: {
					source: 'a',
					people: ['Ana Varo', 'Bram Tell', 'Cleo Marn'],
					place: 'Kell',
					on: '2023-04-06',
					at: 50
				},
				month: {
					source: 'b',
					people: ['Bram Tell', 'Ana Varo'],
					place: 'Kell',
					on: '2023-04-01..2023-04-30'
				}
			},
			expected: [['month', 'talks']]
		},
		{
			why: 'a year-less day joins the one matching event',
			specs: {
				undatedReport: { source: 'a', ...pair, partial: { month: 1, day: 3 } },
				datedReport: { source: 'b', ...pair, on: '2020-01-03' },
				yearLater: { source: 'c', ...pair, on: '2021-01-04' }
			},
			expected: [['datedReport', 'undatedReport']]
		},
		{
			why: 'a year-less day matching two years stays alone',
			specs: {
				undatedReport: { source: 'a', ...pair, partial: { month: 1, day: 3 } },
				first: { source: 'b', ...pair, on: '2020-01-03' },
				second: { source: 'c', ...pair, on: '2021-01-03' }
			},
			expected: []
		},
		{
			why: 'year-less reports of one event group together',
			specs: {
				x: { source: 'a', ...pair, partial: { month: 1, day: 3 } },
				y: { source: 'b', ...pair, partial: { month: 1, day: 3 } },
				z: { source: 'c', ...pair, partial: { month: 1, day: 4 } }
			},
			expected: [['x', 'y']]
		},
		{
			why: 'a weekday-only date and a month, with the same people',
			specs: {
				thursday: { source: 'a', ...pair, partial: { weekday: 4 } },
				withHost: {
					source: 'a',
					...pair,
					people: [...pair.people, 'Cleo Marn'],
					partial: { weekday: 4 },
					at: 50
				},
				april: { source: 'b', ...pair, on: '2023-04-01..2023-04-30' }
			},
			expected: [['april', 'thursday']]
		},
		{
			why: 'a weekday-only date does not join a wide approximate interval',
			specs: {
				saturday: { source: 'a', ...pair, partial: { weekday: 6 } },
				earlier: { source: 'b', ...pair, on: '2021-01-01..2021-02-06', approximate: true }
			},
			expected: []
		},
		{
			why: 'the same people meeting again months later',
			specs: {
				september: { source: 'a', ...pair, on: '2020-09-26' },
				february: { source: 'b', ...pair, on: '2021-02-03' }
			},
			expected: []
		}
	] as { why: string; specs: Record<string, MentionSpec>; expected: string[][] }[])(
		'$why',
		({ specs, expected }) => {
			expect(groups(specs)).toEqual(expected);
		}
	);
});
