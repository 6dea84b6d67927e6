import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * How outlets stamp their articles. Each format names its zone the way real sites do: an IANA
 * name, GMT, or an offset; 'none' leaves the article without a date, as some sites do.
 */
export const HEADER_FORMATS = [
	'zone-name',
	'published-gmt',
	'iso',
	'weekday-gmt',
	'none',
	'month-pipe-gmt',
	'date-label'
] as const;
export type HeaderFormat = (typeof HEADER_FORMATS)[number];

/** The stamp line for a publication moment (in the outlet's zone), or null for 'none'. */
export function publicationHeader(header: HeaderFormat, moment: TZDate): string | null {
	const utc = moment.withTimeZone('UTC');
	switch (header) {
		case 'zone-name':
			// "Jul 22, 2020 00:20 Europe/Berlin"
			return `${format(moment, 'MMM d, yyyy HH:mm')} ${moment.timeZone}`;
		case 'published-gmt':
			// "Published: 0535 GMT April 12, 2021"
			return `Published: ${format(utc, "HHmm 'GMT' MMMM d, yyyy")}`;
		case 'iso':
			return format(moment, "yyyy-MM-dd'T'HH:mm:ssxxx");
		case 'weekday-gmt':
			// "Monday, 11 March 2019 19:42 GMT"
			return format(utc, "EEEE, d MMMM yyyy HH:mm 'GMT'");
		case 'month-pipe-gmt':
			// "March 19, 2021 | 08:12 GMT"
			return format(utc, "MMMM d, yyyy '|' HH:mm 'GMT'");
		case 'date-label':
			// "Date: 2022-11-29T19:30:12+0300"
			return `Date: ${format(moment, "yyyy-MM-dd'T'HH:mm:ssxx")}`;
		case 'none':
			return null;
	}
}

/** The moment as the header states it: in UTC for GMT stamps, else in the outlet's zone. */
export function statedMoment(header: HeaderFormat, moment: TZDate): TZDate {
	return header.endsWith('gmt') ? moment.withTimeZone('UTC') : moment;
}
