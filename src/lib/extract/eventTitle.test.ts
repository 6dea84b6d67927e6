import { describe, expect, it } from 'vitest';
import type { ArticleActor } from '../actors/articleActors';
import { undated } from '../dates/undated';
import type { EventType } from '../types';
import type { Draft } from './draft';
import { eventTitle } from './eventTitle';
import { testActor } from './testSentence';

const SAMOA = testActor('Samoa', 'country');
const ANA = testActor('Ana Ruiz');
const LUIS = testActor('Luis Vera');

function draft(type: EventType, participants: ArticleActor[], extra: Partial<Draft> = {}): Draft {
	return {
		type,
		cameo: null,
		planned: false,
		date: undated(),
		participants,
		visitors: [],
		targets: [],
		agents: [],
		place: 'Apia, Samoa',
		placeSource: 'text',
		excerpts: [[0, 10]],
		sentence: 0,
		at: 0,
		triggerText: 'met',
		action: 'met',
		salience: 2,
		...extra
	};
}

/** Invented events: what a reader sees as the event's one-line title. */
describe('eventTitle', () => {
	it.each<[string, Draft, string]>([
		['a meeting of two', draft('meeting', [ANA, LUIS]), 'Ana Ruiz meets Luis Vera in Apia'],
		[
			'a planned meeting',
			draft('meeting', [ANA, LUIS], { planned: true }),
			'Ana Ruiz to meet Luis Vera in Apia'
		],
		[
			"an 'other' act by its words and object",
			draft('other', [SAMOA], { triggerText: 'imposed', action: 'imposed fresh sanctions' }),
			'Samoa: imposed fresh sanctions in Apia'
		],
		[
			"an 'other' act with a fixed phrase",
			draft('other', [ANA], { triggerText: 'was sworn in', action: 'was sworn in' }),
			'Ana Ruiz: is sworn in in Apia'
		],
		[
			'an agreement with nobody named',
			draft('agreement', [], { place: null }),
			'Parties sign agreement'
		]
	])('%s', (_, event, title) => {
		expect(eventTitle(event)).toBe(title);
	});
});
