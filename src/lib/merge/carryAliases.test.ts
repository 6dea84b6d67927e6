import { describe, expect, it } from 'vitest';
import { carryAliases } from './carryAliases';

describe('carryAliases', () => {
	it.each([
		{
			why: 'an undated event dated by a new source',
			previous: [{ id: 'undated-meeting-ana-varo', mentionKeys: ['s1:10-80'] }],
			next: [{ id: '2020-05-12-meeting-ana-varo', mentionKeys: ['s1:10-80', 's9:5-60'] }],
			aliases: [{ alias: 'undated-meeting-ana-varo', target: '2020-05-12-meeting-ana-varo' }]
		},
		{
			why: 'an id still in use is no alias',
			previous: [{ id: 'e1', mentionKeys: ['s1:0-5'] }],
			next: [
				{ id: 'e1', mentionKeys: ['s2:0-5'] },
				{ id: 'e2', mentionKeys: ['s1:0-5'] }
			],
			aliases: []
		},
		{
			why: 'an event whose mentions are all gone',
			previous: [{ id: 'gone', mentionKeys: ['s1:0-5'] }],
			next: [{ id: 'e2', mentionKeys: ['s2:0-5'] }],
			aliases: []
		},
		{
			why: 'a split event follows most of its mentions',
			previous: [{ id: 'old', mentionKeys: ['a:0-1', 'b:0-1', 'c:0-1'] }],
			next: [
				{ id: 'x', mentionKeys: ['a:0-1'] },
				{ id: 'y', mentionKeys: ['b:0-1', 'c:0-1'] }
			],
			aliases: [{ alias: 'old', target: 'y' }]
		},
		{
			why: 'a tie goes to the smaller id',
			previous: [{ id: 'old', mentionKeys: ['a:0-1', 'b:0-1'] }],
			next: [
				{ id: 'y', mentionKeys: ['b:0-1'] },
				{ id: 'x', mentionKeys: ['a:0-1'] }
			],
			aliases: [{ alias: 'old', target: 'x' }]
		},
		{
			why: 'two old events merged into one',
			previous: [
				{ id: 'p', mentionKeys: ['a:0-1'] },
				{ id: 'q', mentionKeys: ['b:0-1'] }
			],
			next: [{ id: 'pq', mentionKeys: ['a:0-1', 'b:0-1'] }],
			aliases: [
				{ alias: 'p', target: 'pq' },
				{ alias: 'q', target: 'pq' }
			]
		}
	])('$why', ({ previous, next, aliases }) => {
		expect(carryAliases(previous, next)).toEqual(aliases);
	});
});
