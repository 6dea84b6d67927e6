/**
 * How an event's date was worked out, in words a reader checks against the source: where the
 * date came from (the derivation) and how precise it is.
 */
import type { Derivation, EventDate, Precision } from '../types';

const DERIVATION_WORDS: Record<Derivation, string> = {
	explicit: 'Stated in the text',
	'relative-to-publication': 'Counted from the publication date',
	'same-as-other-event': 'Taken from a related event the article dates',
	'cross-source': 'Completed from another source on the same event',
	unresolved: 'Could not be worked out from the text'
};

const PRECISION_WORDS: Record<Precision, string> = {
	day: 'known to the day',
	month: 'known to the month',
	season: 'known to the season',
	year: 'known to the year',
	range: 'a span of days',
	unknown: 'no date known'
};

export function derivationWords(derivation: Derivation): string {
	return DERIVATION_WORDS[derivation];
}

/** "known to the month", "a span of days, an outer bound" … */
export function precisionWords(
	date: Pick<EventDate, 'precision'> & { approximate?: boolean }
): string {
	const words = PRECISION_WORDS[date.precision];
	return date.approximate ? `${words}, an outer bound rather than the exact span` : words;
}

/** "Counted from the publication date; known to the day." */
export function derivationSentence(
	date: Pick<EventDate, 'precision' | 'derivation'> & { approximate?: boolean }
): string {
	return `${derivationWords(date.derivation)}; ${precisionWords(date)}.`;
}
