import { describe, expect, it } from 'vitest';
import type { ArticleActor } from '../actors/articleActors';
import { undated } from '../dates/undated';
import type { EventDate } from '../types';
import type { Draft } from './draft';
import { mergeDrafts, mergeWithinSentence } from './mergeDrafts';
import { extractWithoutGazetteer, testActor } from './testSentence';

const [A, B, C] = ['Ana', 'Beto', 'Carla'].map((name) => testActor(name));
const MONDAY: EventDate = {
	start: '2024-06-03',
	end: '2024-06-03',
	precision: 'day',
	derivation: 'explicit',
	text: 'on Monday',
	explanation: '',
	approximate: false
};
const TUESDAY: EventDate = { ...MONDAY, start: '2024-06-04', end: '2024-06-04' };

function meeting(participants: ArticleActor[], date: EventDate = MONDAY): Draft {
	return {
		type: 'meeting',
		cameo: '043',
		planned: false,
		date,
		participants,
		visitors: [],
		targets: [],
		agents: [],
		place: null,
		placeSource: null,
		excerpts: [[0, 10]],
		sentence: 0,
		at: 0,
		triggerText: 'met',
		action: 'met',
		salience: 2
	};
}

describe('mergeWithinSentence', () => {
	it.each([
		['shared people', [meeting([A, B]), meeting([A])], [[A, B]]],
		['a draft with nobody named', [meeting([A, B]), meeting([])], [[A, B]]],
		[
			'two pairs with different partners',
			[meeting([A, B]), meeting([A, C])],
			[
				[A, B],
				[A, C]
			]
		],
		['no one shared', [meeting([A]), meeting([B])], [[A], [B]]],
		[
			'two days the text gives',
			[meeting([A, B]), meeting([A, B], TUESDAY)],
			[
				[A, B],
				[A, B]
			]
		],
		['a weak date beside a day', [meeting([A, B], undated()), meeting([A, B])], [[A, B]]]
	])('%s', (_, drafts, participants) => {
		expect(mergeWithinSentence(drafts).map((d) => d.participants)).toEqual(participants);
	});

	it('lends the people of the one act that names some to an act that names nobody', () => {
		const accord = () => ({ ...meeting([]), type: 'agreement' as const });
		expect(mergeWithinSentence([accord(), meeting([A, B])]).map((d) => d.participants)).toEqual([
			[A, B],
			[A, B]
		]);
		// Two acts naming different people: whose the third is, the sentence does not say.
		const other = { ...meeting([C]), type: 'visit' as const };
		expect(
			mergeWithinSentence([accord(), meeting([A, B]), other]).map((d) => d.participants)
		).toEqual([[], [A, B], [C]]);
	});

	it('gives the merged draft the date the text gives', () => {
		const [merged] = mergeWithinSentence([meeting([A], undated()), meeting([A])]);
		expect(merged.date).toBe(MONDAY);
	});
});

describe('one event told twice, two events kept apart (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it('keeps meetings of one chair with two bodies apart', () => {
		const events = read(
			'Prime Minister Luis Vera chaired a meeting of the National Security Committee in Lima on Monday. Vera also summoned a special meeting of the National Command Authority for Wednesday.'
		);
		expect(events.filter((e) => e.type === 'meeting')).toHaveLength(2);
	});
});

describe('one event told twice, two events kept apart (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('keeps bilateral talks apart from the summit the same leaders held', () => {
		const events = read(
			'Chilean President Tomás Ledesma co-chaired the Andean summit with Peruvian President Luis Vera on Monday. On Monday afternoon, Ledesma held bilateral talks with Vera on trade.'
		);
		expect(events.filter((e) => e.type === 'meeting')).toHaveLength(2);
	});
});

describe('mergeDrafts', () => {
	it('keeps the words of a verb over those of a noun told of the same event', () => {
		const noun = { ...meeting([A, B]), triggerText: 'talks', action: 'talks', salience: 1 };
		const verb = {
			...meeting([A, B]),
			sentence: 1,
			excerpts: [[20, 30]] as [number, number][],
			triggerText: 'met',
			action: 'met Beto'
		};
		const merged = mergeDrafts([noun, verb]);
		expect(merged.map((d) => [d.triggerText, d.action])).toEqual([['met', 'met Beto']]);
	});
});
