import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { readPublication } from '../dates/index';
import { HEADER_FORMATS, publicationHeader, statedMoment } from './publicationHeader';

const moments = [
	new TZDate(2020, 6, 22, 0, 20, 0, 'Asia/Kabul'),
	new TZDate(2019, 2, 11, 19, 42, 5, 'Europe/Lisbon'),
	new TZDate(2023, 1, 3, 18, 48, 0, 'America/Bogota'),
	new TZDate(2016, 9, 30, 23, 59, 59, 'Asia/Kathmandu')
];

describe('publicationHeader', () => {
	it.each([
		['zone-name', 'Jul 22, 2020 00:20 Asia/Kabul'],
		['published-gmt', 'Published: 1950 GMT July 21, 2020'],
		['iso', '2020-07-22T00:20:00+04:30'],
		['weekday-gmt', 'Tuesday, 21 July 2020 19:50 GMT'],
		['month-pipe-gmt', 'July 21, 2020 | 19:50 GMT'],
		['date-label', 'Date: 2020-07-22T00:20:00+0430'],
		['none', null]
	] as const)('%s: %j', (header, line) => {
		expect(publicationHeader(header, moments[0])).toBe(line);
	});

	it.each(HEADER_FORMATS.filter((header) => header !== 'none'))(
		'%s reads back as the same moment and day',
		(header) => {
			for (const moment of moments) {
				const line = publicationHeader(header, moment) as string;
				const body = `Some Outlet\n\nA headline about talks\n\n${line}\n\nThe foreign ministers of two countries met in the capital on Tuesday to discuss trade and border security.\n`;
				const { publication } = readPublication(body);
				expect(publication, line).not.toBeNull();
				// Stamps to the minute lose the seconds.
				const stated = statedMoment(header, moment);
				const seconds = /:\d\d:\d\d/.test(line) ? 0 : stated.getSeconds() * 1000;
				expect(new Date(publication!.iso).getTime(), line).toBe(stated.getTime() - seconds);
				expect(publication!.day, line).toBe(stated.toISOString().slice(0, 10));
			}
		}
	);
});
