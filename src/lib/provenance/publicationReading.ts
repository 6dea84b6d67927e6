/**
 * How a source's publication moment was read, in words for a reader checking a relative date
 * ("on Tuesday" is counted from this day): where the words were, which zone applies, and what
 * the text did not say.
 */
import type { Publication } from '../types';

function zoneWords(timeZone: string | null): string {
	if (!timeZone) return 'No time zone is stated, so UTC is assumed.';
	if (timeZone === 'UTC') return 'Times are UTC.';
	if (/^[+-]\d{2}:\d{2}$/.test(timeZone)) return `Times are UTC${timeZone}.`;
	const city = timeZone.split('/').pop()?.replace(/_/g, ' ');
	return `Times are ${city} time (${timeZone}).`;
}

export function publicationReading(publication: Publication): string {
	const where =
		publication.origin === 'front-matter'
			? `Given in the file’s front matter as “${publication.text.replace(/^front matter:\s*/i, '')}”.`
			: `Read from the date line “${publication.text}” at the top of the article.`;
	const time = publication.hasTime ? '' : ' No time of day is given.';
	return `${where} ${zoneWords(publication.timeZone)}${time} Dates such as “yesterday” or “on Tuesday” are counted from this day.`;
}
