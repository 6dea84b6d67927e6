import type { PublicationReading } from './types';

/** Publication date/time and zone read from an article's header lines. */
export function readPublication(body: string): PublicationReading {
	void body;
	return { publication: null, ambiguity: null, partial: null, span: null };
}
