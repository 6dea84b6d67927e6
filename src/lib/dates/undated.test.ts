import { describe, expect, it } from 'vitest';
import { undated } from './undated';

describe('undated', () => {
	it('has no interval and says the text gives no date', () => {
		expect(undated()).toEqual({
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved',
			text: '',
			explanation: 'The text gives no date for this event.',
			approximate: false
		});
	});

	it('keeps the reason it is given', () => {
		expect(undated('A planned event; the text gives no date for it.').explanation).toBe(
			'A planned event; the text gives no date for it.'
		);
	});
});
