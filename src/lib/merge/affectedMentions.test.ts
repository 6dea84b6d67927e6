import { describe, expect, it } from 'vitest';
import { affectedMentions, type MergeNeighbourhood } from './affectedMentions';

/**
 * Mentions 0–9: candidates are neighbours in number, linked when both are even or both odd and
 * two apart, or as `links` says; events as `events` says.
 */
function neighbourhood(
	links: [number, number][],
	events: Record<string, number[]>
): MergeNeighbourhood {
	const linked = new Set(links.flatMap(([a, b]) => [`${a}-${b}`, `${b}-${a}`]));
	return {
		candidates: (mention) => [mention - 1, mention + 1].filter((m) => m >= 0 && m < 10),
		linked: (a, b) => linked.has(`${a}-${b}`),
		eventsOf: (mention) =>
			Object.entries(events)
				.filter(([, members]) => members.includes(mention))
				.map(([id]) => id),
		membersOf: (event) => events[event] ?? []
	};
}

describe('affectedMentions', () => {
	const cases: {
		name: string;
		seeds: number[];
		seedEvents?: string[];
		links: [number, number][];
		events: Record<string, number[]>;
		mentions: number[];
		affectedEvents: string[];
	}[] = [
		{
			name: 'a seed alone when it links to nothing',
			seeds: [4],
			links: [],
			events: { a: [2, 3] },
			mentions: [4],
			affectedEvents: []
		},
		{
			name: 'follows links through other mentions, not candidates that do not match',
			seeds: [4],
			links: [
				[4, 5],
				[5, 6],
				[7, 8]
			],
			events: {},
			mentions: [4, 5, 6],
			affectedEvents: []
		},
		{
			name: "closes over a linked mention's stored event, and over its members' links",
			seeds: [0],
			links: [
				[0, 1],
				[8, 9]
			],
			events: { a: [1, 8], b: [5] },
			mentions: [0, 1, 8, 9],
			affectedEvents: ['a']
		},
		{
			name: 'starts from events that lost a mention',
			seeds: [],
			seedEvents: ['b'],
			links: [[5, 6]],
			events: { b: [5] },
			mentions: [5, 6],
			affectedEvents: ['b']
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const found = affectedMentions(c.seeds, c.seedEvents ?? [], neighbourhood(c.links, c.events));
			expect([...(found?.mentions ?? [])].sort((a, b) => a - b)).toEqual(c.mentions);
			expect([...(found?.events ?? [])].sort()).toEqual(c.affectedEvents);
		});
	}

	it('gives up past its limit', () => {
		const chain = neighbourhood(
			[
				[0, 1],
				[1, 2],
				[2, 3],
				[3, 4]
			],
			{}
		);
		expect(affectedMentions([0], [], chain, 3)).toBeNull();
		expect(affectedMentions([0], [], chain, 5)?.mentions.size).toBe(5);
	});
});
