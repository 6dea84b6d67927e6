import type { EventDate } from '../types';

/** What ties an undated event to the one it is told with when no words do. */
export const UNTOLD_TIE = 'told with it, with no date of its own';

/**
 * The date of an event the text ties to another one without date words of its own (same
 * visit, same meeting): the other event's date, saying which words tie them.
 */
export function sameAsAnchor(anchor: EventDate, words: string): EventDate {
	const { partial, ...rest } = anchor;
	const tie = words.trim() ? `'${words.trim()}' ties them` : UNTOLD_TIE;
	return {
		...rest,
		...(partial ? { partial: { ...partial } } : {}),
		derivation: 'same-as-other-event',
		text: words,
		explanation: `Same date as the related event (${tie}): ${anchor.explanation}`
	};
}
