import { describe, expect, it } from 'vitest';
import { regionalGroupMembers } from './regionalGroups';

describe('regional group adjectives', () => {
	it.each([
		['Baltic', ['Estonia', 'Latvia', 'Lithuania']],
		['nordic', ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']],
		['Scandinavian', ['Denmark', 'Norway', 'Sweden']],
		['Andean', []],
		['Iraqi', []]
	])('%s', (adjective, members) => {
		expect(regionalGroupMembers(adjective)).toEqual(members);
	});
});
