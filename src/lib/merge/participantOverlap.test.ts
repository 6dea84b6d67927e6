import { describe, expect, it } from 'vitest';
import type { Participant } from '../types';
import { compareParticipants, participantSet } from './participantOverlap';

const person = (id: string): Participant => ({ id, name: id, kind: 'person' });
const country = (id: string): Participant => ({ id, name: id, kind: 'country' });
const unknown = (id: string): Participant => ({ id, name: id });
const from = (id: string, country: string): Participant => ({
	id,
	name: id,
	kind: 'person',
	country
});

describe('compareParticipants', () => {
	it.each([
		{
			why: 'same people',
			a: [person('ann'), person('bo')],
			b: [person('bo'), person('ann')],
			compatible: true,
			shared: 2,
			tier: 0
		},
		{
			why: 'one side names aides and countries',
			a: [person('ann'), person('bo'), person('cy'), country('xland')],
			b: [person('ann'), person('bo')],
			compatible: true,
			shared: 2,
			tier: 1
		},
		{
			why: 'different hosts of one visitor',
			a: [person('ann'), person('bo')],
			b: [person('ann'), person('cy')],
			compatible: false,
			shared: 1,
			tier: 2
		},
		{
			why: 'countries do not make a different host',
			a: [person('ann'), country('xland')],
			b: [person('ann'), country('yland')],
			compatible: true,
			shared: 1,
			tier: 0
		},
		{
			why: "states listed beside their own leaders are not shared actors of two leaders' meetings",
			a: [from('ann', 'xland'), from('bo', 'yland'), country('xland'), country('yland')],
			b: [from('ann', 'xland'), from('cy', 'yland'), country('xland'), country('yland')],
			compatible: false,
			shared: 1,
			tier: 2
		},
		{
			why: 'unknown kinds count as people',
			a: [unknown('ann'), unknown('bo')],
			b: [unknown('ann'), unknown('cy')],
			compatible: false,
			shared: 1,
			tier: 2
		},
		{
			why: 'a summit with different delegates listed',
			a: [person('ann'), person('bo'), person('cy')],
			b: [person('ann'), person('bo'), person('dee')],
			compatible: true,
			shared: 2,
			tier: 2
		},
		{
			why: 'extras outnumber the shared core',
			a: [person('ann'), person('bo'), person('cy'), person('dee'), person('ed')],
			b: [person('ann'), person('bo'), person('fay'), person('gus'), person('hal')],
			compatible: false,
			shared: 2,
			tier: 2
		},
		{
			why: 'nobody in common',
			a: [person('ann')],
			b: [person('bo')],
			compatible: false,
			shared: 0,
			tier: 2
		},
		{
			why: 'an empty list says nothing',
			a: [],
			b: [person('bo')],
			compatible: true,
			shared: 0,
			tier: 1
		},
		{
			why: 'countries match the ministers of those countries',
			a: [country('xland'), country('yland')],
			b: [from('ann', 'Xland'), from('bo', 'Yland')],
			compatible: true,
			shared: 2,
			tier: 1
		},
		{
			why: 'compatriots are not the same person',
			a: [from('ann', 'Xland')],
			b: [from('cy', 'Xland')],
			compatible: false,
			shared: 0,
			tier: 2
		}
	])('$why', ({ a, b, compatible, shared, tier }) => {
		for (const [x, y] of [
			[a, b],
			[b, a]
		]) {
			const overlap = compareParticipants(participantSet(x), participantSet(y));
			expect(overlap.compatible).toBe(compatible);
			expect(overlap.shared).toBe(shared);
			expect(overlap.personTier).toBe(tier);
		}
	});

	it('weights people above countries in the similarity', () => {
		const base = participantSet([person('ann'), person('bo'), country('xland')]);
		const samePeople = compareParticipants(base, participantSet([person('ann'), person('bo')]));
		const sameCountry = compareParticipants(
			base,
			participantSet([person('ann'), country('xland')])
		);
		expect(samePeople.similarity).toBeGreaterThan(sameCountry.similarity);
		expect(compareParticipants(base, base).similarity).toBe(1);
	});
});

describe('participantSet', () => {
	it('keeps ids, persons and implied countries, equal sets once', () => {
		const people = participantSet([person('ann'), unknown('bo')]);
		expect(people.ids).toEqual(new Set(['~in', '~bu']));
		expect(people.persons).toBe(people.ids);
		expect(people.implied.size).toBe(0);
		expect(participantSet([person('cy')]).implied).toBe(people.implied);

		const mixed = participantSet([from('ann', 'Xland'), country('yland')]);
		expect(mixed.ids).toEqual(new Set(['~in', 'yland']));
		expect(mixed.persons).toEqual(new Set(['~in']));
		expect(mixed.implied).toEqual(new Set(['xland']));
		expect(mixed.weight).toBe(3);
	});
});
