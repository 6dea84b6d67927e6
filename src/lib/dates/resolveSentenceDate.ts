import type { EventDate, Publication } from '../types';
import type { SentenceDate } from './types';

/** The date of the event whose trigger word is at offset `near` in `sentence`. */
export function resolveSentenceDate(
	sentence: string,
	ctx: { publication: Publication | null; anchor: EventDate | null; near?: number }
): SentenceDate | null {
	void sentence;
	void ctx;
	return null;
}
