import { describe, expect, it } from 'vitest';
import {
	mayCompare,
	parseBlocking,
	serializeBlocking,
	type MentionBlocking
} from './mentionBlocking';

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
