import { describe, expect, it } from 'vitest';
import { matchMentions } from './matchMentions';
import { profileMention } from './mentionProfile';
import { testMention, type MentionSpec } from './testMention';

const meeting: Omit<MentionSpec, 'source'> = {
	people: ['Ana Varo', 'Bram Tell'],
	place: 'Norvik, Esland',
	on: '2020-05-12'
};

function match(a: Partial<MentionSpec>, b: Partial<MentionSpec>) {
	return matchMentions(
		profileMention(testMention({ source: 'a', ...meeting, ...a }), 0),
		profileMention(testMention({ source: 'b', at: 100, ...meeting, ...b }), 1)
	);
}

describe('matchMentions', () => {
	it.each([
		{ why: 'the same meeting', a: {}, b: {}, matches: true, strong: true },
		{ why: 'another type', a: {}, b: { type: 'phone_call' as const }, matches: false },
		{
			why: 'a visit and a meeting on the same day',
			a: { type: 'visit' as const },
			b: {},
			matches: false
		},
		{
			why: 'a vague visit and a precise meeting',
			a: { type: 'visit' as const, on: '2020-05-01..2020-05-31' },
			b: {},
			matches: true,
			strong: true
		},
		{
			why: 'a visit on a bare weekday and a dated meeting of the visitor',
			a: { type: 'visit' as const, people: ['Bram Tell'], on: undefined, partial: { weekday: 2 } },
			b: {},
			matches: false
		},
		{
			why: 'another city, the same people and day: one event, a place misread',
			a: {},
			b: { place: 'Ostby, Esland' },
			matches: true,
			strong: false
		},
		{
			why: 'another city and another counterpart',
			a: {},
			b: { people: ['Ana Varo', 'Cleo Marn'], place: 'Ostby, Esland' },
			matches: false
		},
		{ why: 'a vaguer place', a: {}, b: { place: 'Esland' }, matches: true, strong: true },
		{
			why: 'a venue without its city, the same day',
			a: {},
			b: { place: 'Harbour Palace' },
			matches: true,
			strong: true
		},
		{
			why: 'a venue without its city, a day apart',
			a: {},
			b: { place: 'Harbour Palace', on: '2020-05-13' },
			matches: false
		},
		{
			why: 'a venue without its city, one shared person, a year-less day',
			a: {},
			b: {
				people: ['Ana Varo'],
				place: 'Harbour Palace',
				on: undefined,
				partial: { month: 5, day: 12 }
			},
			matches: false
		},
		{
			why: 'one shared person, no place: enough on the same day',
			a: {},
			b: { people: ['Ana Varo'], place: null },
			matches: true,
			strong: true
		},
		{
			why: 'one shared person, no place, a day apart, the same words',
			a: { excerpt: 'Ana Varo signed the water treaty with Bram Tell.' },
			b: {
				people: ['Ana Varo'],
				place: null,
				on: '2020-05-13',
				excerpt: 'Ana Varo signed a treaty on water sharing.'
			},
			matches: true,
			strong: true
		},
		{
			why: 'one shared person, no place, a day apart',
			a: {},
			b: { people: ['Ana Varo'], place: null, on: '2020-05-13' },
			matches: false
		},
		{
			why: 'both people, a day apart',
			a: {},
			b: { on: '2020-05-13' },
			matches: true,
			strong: true
		},
		{ why: 'the same people a month later', a: {}, b: { on: '2020-06-12' }, matches: false },
		{
			why: 'a different counterpart',
			a: {},
			b: { people: ['Ana Varo', 'Cleo Marn'] },
			matches: false
		},
		{
			why: 'a year-less day with strong evidence',
			a: {},
			b: { on: undefined, partial: { month: 5, day: 12 } },
			matches: true,
			strong: true
		},
		{
			why: 'a year-less day with weak evidence',
			a: {},
			b: { on: undefined, people: ['Ana Varo'], place: null, partial: { month: 5, day: 12 } },
			matches: false
		},
		{
			why: 'a weekday-only date on that weekday',
			a: {},
			b: { on: undefined, partial: { weekday: 2 } },
			matches: true,
			strong: true
		},
		{
			why: 'a weekday-only date on another weekday',
			a: {},
			b: { on: undefined, partial: { weekday: 3 } },
			matches: false
		},
		{
			why: 'two mentions of one source that differ',
			a: {},
			b: { source: 'a', people: ['Ana Varo', 'Bram Tell', 'Cleo Marn'] },
			matches: false
		},
		{
			why: 'two mentions of one source that say the same',
			a: {},
			b: { source: 'a' },
			matches: true,
			strong: true
		},
		{ why: 'a plan and its report', a: { planned: true }, b: {}, matches: true, strong: true }
	])('$why', ({ a, b, matches, strong }) => {
		const found = match(a, b);
		expect(found !== null).toBe(matches);
		if (found) expect(found.strong).toBe(strong);
	});

	it('ranks the same people before a longer list, the same type before a related one', () => {
		const loose = { on: '2020-05-01..2020-05-31' };
		const samePeople = match(loose, {})!;
		const longerList = match(loose, { people: ['Ana Varo', 'Bram Tell', 'Cleo Marn'] })!;
		const relatedType = match({ ...loose, type: 'visit' }, {})!;
		expect(samePeople.rank).toBeLessThan(longerList.rank);
		expect(longerList.rank).toBeLessThan(relatedType.rank);
	});

	it('scores closer matches higher', () => {
		const exact = match({}, {})!;
		const vaguerPlace = match({}, { place: 'Esland' })!;
		const dayApart = match({}, { on: '2020-05-13' })!;
		expect(exact.score).toBeGreaterThan(vaguerPlace.score);
		expect(vaguerPlace.score).toBeGreaterThan(dayApart.score);
	});
});
