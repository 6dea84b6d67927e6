import { describe, expect, it } from 'vitest';
import { dateAnchor, dateAnchors, type AnchorCandidate } from './dateAnchors';

const candidate = (fields: Partial<AnchorCandidate> & { id: string }): AnchorCandidate => ({
	title: `Event ${fields.id}`,
	start: '2019-03-11',
	end: '2019-03-11',
	explanation: '11 March 2019, stated in the text.',
	distance: 100,
	...fields
});

describe('dateAnchor', () => {
	it.each([
		[
			'the same date as an event whose explanation it quotes',
			"Same date as the related event ('after the signing' ties them): 11 March 2019, stated in the text.",
			[candidate({ id: 'other', explanation: 'Something else.' }), candidate({ id: 'signing' })],
			'signing'
		],
		[
			'the same date as the event it is told with, no words tying them',
			'Same date as the related event (told with it, with no date of its own): 11 March 2019, stated in the text.',
			[candidate({ id: 'other', explanation: 'Something else.' }), candidate({ id: 'talks' })],
			'talks'
		],
		[
			'a week after an event',
			"'The following week' ties it to the related event: the week after 11 March 2019, so 18 to 24 March 2019.",
			[
				candidate({ id: 'twelfth', start: '2019-03-12', end: '2019-03-12' }),
				candidate({ id: 'talks' })
			],
			'talks'
		],
		[
			'a day moved from an event on the days it names',
			"'A day ahead of' ties it to the related event: 1 day before 11 March 2019, so 10 March 2019.",
			[
				candidate({ id: 'twelfth', start: '2019-03-12', end: '2019-03-12' }),
				candidate({ id: 'arrival' })
			],
			'arrival'
		],
		[
			'a span moved the same way',
			"'Later' ties it to the related event: the same date as 18 to 19 March 2021, so 18 to 19 March 2021.",
			[candidate({ id: 'talks', start: '2021-03-18', end: '2021-03-19' })],
			'talks'
		],
		[
			'a year taken from an event on the day it names',
			'23 March is stated without a year; 2021 is the one nearest to the related event of Thu 18 Mar 2021.',
			[candidate({ id: 'talks', start: '2021-03-18', end: '2021-03-19' })],
			'talks'
		],
		[
			'the nearest of several that fit',
			"'Afterwards' ties it to the related event: the same date as 11 March 2019, so 11 March 2019.",
			[candidate({ id: 'far', distance: 900 }), candidate({ id: 'near', distance: 40 })],
			'near'
		],
		[
			'none when nothing fits',
			"'Afterwards' ties it to the related event: the same date as 11 March 2019, so 11 March 2019.",
			[candidate({ id: 'x', start: '2019-03-12', end: '2019-03-12' })],
			null
		],
		[
			'none when no related event is named',
			'11 March 2019, stated in the text.',
			[candidate({ id: 'x' })],
			null
		]
	])('%s', (_, explanation, candidates, expected) => {
		expect(dateAnchor(explanation, candidates)?.id ?? null).toBe(expected);
	});
});

describe('dateAnchors', () => {
	it('follows the chain of events each date was taken from, and stops at a loop', () => {
		const base = 'Wednesday, the day of publication (Wed 16 Jun 2021, 21:40 UTC+02:00).';
		const talks = candidate({
			id: 'talks',
			start: '2021-06-16',
			end: '2021-06-16',
			explanation: base
		});
		const statement = candidate({
			id: 'statement',
			start: '2021-06-16',
			end: '2021-06-16',
			explanation: `Same date as the related event ('after the talks' ties them): ${base}`
		});
		const explanation = `Same date as the related event ('then' ties them): ${statement.explanation}`;
		expect(dateAnchors(explanation, [talks, statement]).map((a) => a.id)).toEqual([
			'statement',
			'talks'
		]);
		const loop = candidate({
			id: 'loop',
			explanation: "Same date as the related event ('x' ties them): L"
		});
		const other = candidate({ id: 'other', explanation: 'L' });
		expect(dateAnchors(loop.explanation, [loop, other]).map((a) => a.id)).toEqual(['other']);
	});
});
