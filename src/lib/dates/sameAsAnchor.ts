import type { EventDate } from '../types';

/**
 * The date of an event the text ties to another one without date words of its own (same
 * visit, same meeting): the other event's date, saying which words tie them.
 */
export function sameAsAnchor(anchor: EventDate, words: string): EventDate {
	const { partial, ...rest } = anchor;
	const tie = words.trim() ? `'${words.trim()}'` : 'the text';
	return {
		...rest,
		...(partial ? { partial: { ...partial } } : {}),
		derivation: 'same-as-other-event',
		text: words,
		explanation: `Same date as the related event (${tie} ties them): ${anchor.explanation}`
	};
}
