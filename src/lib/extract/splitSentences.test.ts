import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';

describe('splitSentences', () => {
	it.each([
		[
			'On Jan. 3, Lt. Gen. Ortega was killed. U.S. President Ana Ruiz said so.',
			['On Jan. 3, Lt. Gen. Ortega was killed.', 'U.S. President Ana Ruiz said so.']
		],
		[
			'They met shortly after 1 p.m. The talks lasted an hour.',
			['They met shortly after 1 p.m.', 'The talks lasted an hour.']
		],
		['She met him at 3 p.m. Tuesday in Lima.', ['She met him at 3 p.m. Tuesday in Lima.']],
		['"We agree," Ruiz said. He added more.', ['"We agree," Ruiz said.', 'He added more.']],
		['Talks in Washington, D.C. were held.', ['Talks in Washington, D.C. were held.']]
	])('%s', (text, expected) => {
		expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
	});

	it('keeps offsets into the original text', () => {
		const text = 'First one. Second one.';
		for (const s of splitSentences(text, 100))
			expect(text.slice(s.start - 100, s.end - 100)).toBe(s.text);
	});
});
