import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, outcomeSentence } from './eventOutcomeWords';

describe('eventOutcomeWords', () => {
	it('names each status in words', () => {
		expect(STATUS_LABELS).toEqual({ postponed: 'Postponed', cancelled: 'Cancelled' });
	});

	it.each<[Parameters<typeof outcomeSentence>, string]>([
		[['cancelled'], 'Cancelled: the date shown is the one it was set for.'],
		[['postponed'], 'Postponed: the date shown is the one first set. The text gives no new date.'],
		[
			['postponed', { start: '2024-05-09', end: '2024-05-09', text: 'to May 9' }],
			'Postponed: the date shown is the one first set. It was moved to 9 May 2024 (“to May 9”).'
		]
	])('%j', (args, sentence) => {
		expect(outcomeSentence(...args)).toBe(sentence);
	});
});
