import { describe, expect, it } from 'vitest';
import type { EventDate } from '../types';
import { shiftDate } from './shiftDate';

const thursday = {
	start: '2021-08-05',
	end: '2021-08-05',
	precision: 'day',
	derivation: 'relative-to-publication',
	text: 'on Thursday',
	explanation: '',
	approximate: false
} satisfies EventDate;

describe('shiftDate', () => {
	it.each([
		[0, '2021-08-05', 'the same date as 5 August 2021'],
		[-2, '2021-08-03', '2 days before 5 August 2021'],
		[1, '2021-08-06', '1 day after 5 August 2021']
	])('moves by %i days', (days, day, words) => {
		const date = shiftDate(thursday, days, 'two days after', "'Thursday's'");
		expect(date).toMatchObject({
			start: day,
			end: day,
			precision: 'day',
			derivation: 'same-as-other-event'
		});
		expect(date.explanation).toContain(words);
		expect(date.explanation).toMatch(/^'Two days after' ties it to 'Thursday's':/);
	});
});
