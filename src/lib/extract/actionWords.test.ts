import { describe, expect, it } from 'vitest';
import { actionWords } from './actionWords';

/** Invented sentences: the trigger word, then the words a title takes. */
describe('actionWords', () => {
	it.each([
		[
			'Samoa imposed fresh sanctions on two officials on Monday.',
			'imposed',
			'imposed fresh sanctions'
		],
		['Tonga granted asylum to the dissident.', 'granted', 'granted asylum'],
		[
			'Fiji withdrew from the regional fisheries treaty last month.',
			'withdrew',
			'withdrew from the regional fisheries treaty'
		],
		['Nauru freed three Tongan prisoners on Friday.', 'freed', 'freed three Tongan prisoners'],
		['Palau suspended its participation in the forum.', 'suspended', 'suspended its participation'],
		['The king vetoed a resolution on the crisis.', 'vetoed', 'vetoed a resolution'],
		// No object: the trigger alone.
		['The premier resigned on Monday.', 'resigned', 'resigned'],
		['The premier resigned.', 'resigned', 'resigned'],
		// At most five words of a long phrase.
		[
			'Tonga closed all six of its northern border posts with Fiji.',
			'closed',
			'closed all six of its northern'
		]
	])('%s', (sentence, trigger, expected) => {
		const start = sentence.indexOf(trigger);
		expect(actionWords(sentence, start, start + trigger.length)).toBe(expected);
	});
});
