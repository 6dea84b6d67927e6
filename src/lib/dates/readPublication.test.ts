import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublication } from './readPublication';

const DEVSET = join(__dirname, '../../../tests/fixtures/devset');
const SEEDS = join(__dirname, '../../../corpus');
const BODY =
	'\n\nOfficials from both countries met in the capital to discuss trade, security and energy ties.\n';

/** Same instant and same written offset. */
function sameMoment(actual: string | undefined, expected: string) {
	expect(actual).toBeDefined();
	expect(new Date(actual as string).getTime()).toBe(new Date(expected).getTime());
	expect((actual as string).slice(19)).toBe(expected.endsWith('Z') ? '+00:00' : expected.slice(19));
}

describe('readPublication: dev set headers equal the gold publication dates', () => {
	const gold: { file: string; published: string | null }[] = JSON.parse(
		readFileSync(join(DEVSET, 'gold.json'), 'utf8')
	);
	it.each(gold.map((g) => [g.file, g.published]))('%s → %s', (file, published) => {
		const reading = readPublication(readFileSync(join(DEVSET, 'corpus', file as string), 'utf8'));
		if (published === null) expect(reading.publication).toBeNull();
		else {
			sameMoment(reading.publication?.iso, published as string);
			expect(reading.publication?.day).toBe((published as string).slice(0, 10));
			expect(reading.publication?.origin).toBe('header');
		}
		expect(reading.ambiguity).toBeNull();
	});
});

describe('readPublication: seed articles', () => {
	const read = (prefix: string) => {
		const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
		return readPublication(readFileSync(join(SEEDS, file as string), 'utf8'));
	};

	it('reads the Tehran stamp, not the [Updated: …] one', () => {
		const { publication } = read('002');
		expect(publication).toMatchObject({
			iso: '2020-07-22T00:20:00+04:30',
			day: '2020-07-22',
			timeZone: 'Asia/Tehran'
		});
	});

	it('reads a military time before the date', () => {
		expect(read('004').publication?.iso).toBe('2021-04-12T05:35:00+00:00');
	});

	it('keeps the wall time of a stamp without a zone and says so', () => {
		const { publication } = read('001');
		expect(publication).toMatchObject({
			iso: '2021-02-06T13:47:00+00:00',
			timeZone: null,
			hasTime: true
		});
		expect(publication?.text).toContain('no time zone stated');
	});

	it.each(['000', '003'])('finds no date in %s', (prefix) => {
		expect(read(prefix)).toEqual({ publication: null, ambiguity: null, partial: null, span: null });
	});
});

describe('readPublication: header formats', () => {
	it.each<[string, string, string | null, boolean]>([
		[
			'Jul 22, 2020 00:20 Asia/Tehran [Updated: Jul 22, 2020 00:36 Asia/Tehran]',
			'2020-07-22T00:20:00+04:30',
			'Asia/Tehran',
			true
		],
		['Dec 22, 2020 00:20 Asia/Tehran', '2020-12-22T00:20:00+03:30', 'Asia/Tehran', true],
		['Feb 6, 2021, 1:47\u202fPM', '2021-02-06T13:47:00+00:00', null, true],
		['Feb 6, 2021, 12:05 AM', '2021-02-06T00:05:00+00:00', null, true],
		['Published: 0535 GMT April 12, 2021', '2021-04-12T05:35:00+00:00', 'UTC', true],
		['7/22/2020 12:37:00 PM', '2020-07-22T12:37:00+00:00', null, true],
		['2021-08-28T18:40:00+03:00', '2021-08-28T18:40:00+03:00', '+03:00', true],
		['Tue, 21 Jul 2020 19:50:00 +0430', '2020-07-21T19:50:00+04:30', '+04:30', true],
		['Wednesday, February 3rd, 2021 | Time : 16:20', '2021-02-03T16:20:00+00:00', null, true],
		['Monday, 11 March 2019 19:42 GMT', '2019-03-11T19:42:00+00:00', 'UTC', true],
		['Published: 10.15.20, 22:31 IDT', '2020-10-15T22:31:00+03:00', '+03:00', true],
		['Source: Xinhua| 2020-09-16 04:48:07', '2020-09-16T04:48:07+08:00', 'Asia/Shanghai', true],
		['30-11-2022 10:05 (GMT+3)', '2022-11-30T10:05:00+03:00', '+03:00', true],
		['March 19, 2021 | 08:12 GMT', '2021-03-19T08:12:00+00:00', 'UTC', true],
		['Posted: 5 July 2022 08:00 BST', '2022-07-05T08:00:00+01:00', '+01:00', true],
		['12 January 2022 10:00 CET', '2022-01-12T10:00:00+01:00', '+01:00', true],
		['June 3, 2021 09:00 EDT', '2021-06-03T09:00:00-04:00', '-04:00', true],
		['January 5, 2021 9:00 a.m. ET', '2021-01-05T09:00:00-05:00', 'America/New_York', true],
		['July 5, 2021 9:00 p.m. ET', '2021-07-05T21:00:00-04:00', 'America/New_York', true],
		['2022-07-01 12:00 PT', '2022-07-01T12:00:00-07:00', 'America/Los_Angeles', true],
		['2019-03-11 10:00 JST', '2019-03-11T10:00:00+09:00', '+09:00', true],
		['10 May 2021, 14:30 UTC+4:30', '2021-05-10T14:30:00+04:30', '+04:30', true],
		['16 June 2021 · 13:00 MSK', '2021-06-16T13:00:00+03:00', 'Europe/Moscow', true],
		['Nov 14, 2022, 22:40 WITA', '2022-11-14T22:40:00+08:00', '+08:00', true],
		['12 January 2022 10:00 IST', '2022-01-12T10:00:00+05:30', '+05:30', true],
		['The Jerusalem Post | 12 January 2022 10:00 IST', '2022-01-12T10:00:00+02:00', '+02:00', true],
		['China Daily | 2021-03-01 08:00 CST', '2021-03-01T08:00:00+08:00', '+08:00', true],
		['18 January 2021 | 09:30 Tehran time', '2021-01-18T09:30:00+03:30', 'Asia/Tehran', true],
		['1 May 2021 | 09:30 Baghdad time', '2021-05-01T09:30:00+03:00', 'Asia/Baghdad', true],
		[
			'By Jane Doe | Published 11:45 AM, Tue March 2, 2021',
			'2021-03-02T11:45:00+00:00',
			null,
			true
		],
		['Monday, 11 March 2019', '2019-03-11T00:00:00+00:00', null, false],
		['Posted on 16/06/2021 at 21:40 CEST', '2021-06-16T21:40:00+02:00', '+02:00', true],
		['2021/06/16 21:40', '2021-06-16T21:40:00+00:00', null, true],
		['Published: 18 Jun 2023 10:30 +0330', '2023-06-18T10:30:00+03:30', '+03:30', true],
		['Sunday, June 18, 2023 - 10:30 am EDT', '2023-06-18T10:30:00-04:00', '-04:00', true],
		['18.06.2023 | 10:30', '2023-06-18T10:30:00+00:00', null, true]
	])('%s', (header, iso, timeZone, hasTime) => {
		const body = `Some headline about talks\n\n${header}${BODY}`;
		const { publication, ambiguity, span } = readPublication(body);
		expect(ambiguity).toBeNull();
		expect(publication).toMatchObject({
			iso,
			timeZone,
			hasTime,
			day: iso.slice(0, 10),
			origin: 'header'
		});
		expect(body.slice(span?.start, span?.end)).toBe(header);
	});

	it('prefers the first stamp over a later "Last modified" one', () => {
		const { publication } = readPublication(
			'Title\n\nWed 13 Mar 2019 16.20 GMT\nLast modified on Wed 13 Mar 2019 17.05 GMT' + BODY
		);
		expect(publication?.iso).toBe('2019-03-13T16:20:00+00:00');
	});

	it('uses an "Updated" stamp when it is the only one', () => {
		expect(readPublication('Title\n\nUpdated: 2021-08-05 20:45 IRDT' + BODY).publication?.iso).toBe(
			'2021-08-05T20:45:00+04:30'
		);
		expect(
			readPublication('Updated: 2021-08-05 20:45 IRDT\nPublished: 2021-08-05 18:00 IRDT' + BODY)
				.publication?.iso
		).toBe('2021-08-05T18:00:00+04:30');
	});

	it('keeps offsets into a body with CRLF line ends and skips front matter', () => {
		const body =
			'---\r\npublished: "2020-01-01"\r\n---\r\nHeadline\r\n\r\nMarch 19, 2021 | 08:12 GMT\r\n' +
			BODY;
		const { publication, span } = readPublication(body);
		expect(publication?.iso).toBe('2021-03-19T08:12:00+00:00');
		expect(body.slice(span?.start, span?.end)).toBe('March 19, 2021 | 08:12 GMT');
	});
});

describe('readPublication: what is not a publication date', () => {
	it('ignores a copyright line', () => {
		expect(
			readPublication('Title\n\n© 2023 Asia Review. All rights reserved.' + BODY).publication
		).toBeNull();
	});

	it('ignores a short body sentence above the first long paragraph', () => {
		const body =
			'Headline\n\nBAGHDAD (Agency) - Short lead.\n\nThe vote was held on March 3, 2021.\n\nMarch 4, 2021 | 10:00 GMT' +
			BODY;
		expect(readPublication(body).publication?.day).toBe('2021-03-04');
	});

	it('prefers a stamp with a time over a headline that holds a date', () => {
		const body =
			'Leaders to meet in Geneva on June 16, 2021\n\nPosted 14 June 2021 09:00 CEST' + BODY;
		expect(readPublication(body).publication?.iso).toBe('2021-06-14T09:00:00+02:00');
	});

	it('does not lend the time of an update to the publication date', () => {
		const body = 'Title\n\nPublished: March 3, 2021 | Updated: March 4, 2021 10:00 GMT' + BODY;
		expect(readPublication(body).publication).toMatchObject({
			iso: '2021-03-03T00:00:00+00:00',
			hasTime: false
		});
	});

	it('ignores dates in body sentences, not a stamp line right under the first paragraph', () => {
		const body =
			'Headline\n\nOn March 3, 2021, the foreign ministers of the two countries met in the capital for talks.\n\nPublished: March 4, 2021';
		expect(readPublication(body).publication?.day).toBe('2021-03-04');
		const prose =
			'Headline\n\nOn March 3, 2021, the foreign ministers of the two countries met in the capital for talks.\n\nThey met again on March 5, 2021 to sign the accord.';
		expect(readPublication(prose).publication).toBeNull();
	});

	it('reads a dateline without a year as a partial date', () => {
		const body =
			'Headline\n\nTEHRAN, Sep. 26 (MNA) – The speaker met the visiting foreign minister late on Saturday evening.\n';
		const reading = readPublication(body);
		expect(reading.publication).toBeNull();
		expect(reading.partial).toEqual({ month: 9, day: 26 });
		expect(body.slice(reading.span?.start, reading.span?.end)).toBe('TEHRAN, Sep. 26 (MNA) –');
	});

	it('reads an agency dateline in slashes', () => {
		const body =
			'Headline\n\nMOSCOW, June 18. /TASS/. The foreign ministers held talks in the Russian capital on Sunday afternoon.\n';
		expect(readPublication(body).partial).toEqual({ month: 6, day: 18 });
	});

	it('reads a dateline with a year as a day-only publication date', () => {
		const body =
			'Headline\n\nWASHINGTON, March 3, 2021 (Reuters) - The two ministers met on Wednesday in the capital for talks.\n';
		expect(readPublication(body).publication).toMatchObject({ day: '2021-03-03', hasTime: false });
	});
});

describe('readPublication: a press release signed off at its end', () => {
	const release = (signOff: string) =>
		`Joint press release\n\n1. The two ministers held talks on trade, border security and the shared river basin.\n2. They agreed to meet again before the end of the year in the other capital.\n${signOff}\n`;

	it('reads the place and date line after the last paragraph', () => {
		expect(readPublication(release('Apia, 5 March 2025')).publication?.day).toBe('2025-03-05');
	});

	it('reads none from a long line or from prose', () => {
		expect(
			readPublication(release('The office will publish a summary on 5 March 2025 for the press.'))
				.publication
		).toBeNull();
	});
});

describe('readPublication: numeric dates that read both ways', () => {
	it('reports 03/10/2023 instead of guessing', () => {
		const reading = readPublication('Title\n\n03/10/2023 14:00' + BODY);
		expect(reading.publication).toBeNull();
		expect(reading.ambiguity).toBe(
			'03/10/2023 14:00 could be 3 October or 10 March 2023: nothing in the article says which.'
		);
		expect(reading.span).not.toBeNull();
	});

	it.each([
		['Friday 03/10/2023 14:00', '2023-03-10'],
		['Tuesday 03/10/2023 14:00', '2023-10-03'],
		['03/10/2023 9:15 AM ET', '2023-03-10'],
		['13/10/2023 14:00', '2023-10-13'],
		['10/13/2023 14:00', '2023-10-13']
	])('settles %s from the evidence', (header, day) => {
		expect(readPublication(`Title\n\n${header}${BODY}`).publication?.day).toBe(day);
	});

	it('reads a dotted date day first, and says why', () => {
		const reading = readPublication(`Title\n\n03.10.2023. | 14:00${BODY}`);
		expect(reading.publication?.day).toBe('2023-10-03');
		expect(reading.publication?.approximate).toBeUndefined();
		expect(reading.publication?.text).toContain('dotted dates write the day first');
	});

	it('settles it from the same day written with a month name', () => {
		const body =
			'Title\n\n03/10/2023\n\nBEIRUT, March 10 (Agency) - Ministers met in the capital for talks on trade and energy.\n';
		expect(readPublication(body).publication?.day).toBe('2023-03-10');
	});
});

describe('readPublication: stamps glued to text', () => {
	const LEAD =
		'The transport ministers of the two island states agreed on Thursday to reopen the ferry link.';
	it.each([
		[` date 2019-04-02 ${LEAD}`, 'date 2019-04-02', '2019-04-02T00:00:00+00:00'],
		[
			`Ferries\n\nPublished 2 April 2019 ${LEAD}`,
			'Published 2 April 2019',
			'2019-04-02T00:00:00+00:00'
		],
		[
			`Ferry link to reopen after talksMarch 4, 2021 10:00 GMT PORT ELLIS - ${LEAD}`,
			'March 4, 2021 10:00 GMT',
			'2021-03-04T10:00:00+00:00'
		],
		[
			`Ferries\n\nJanuary 2, 20245:41 PM GMT+3Updated 2 hours ago\n\n${LEAD}`,
			'January 2, 20245:41 PM GMT+3Updated 2 hours ago',
			'2024-01-02T17:41:00+03:00'
		],
		[
			`Ferries\n\n${LEAD}\n\n2 April 2019 10:00 GMT\n`,
			'2 April 2019 10:00 GMT',
			'2019-04-02T10:00:00+00:00'
		]
	])('%j', (body, words, iso) => {
		const { publication, span } = readPublication(body);
		expect(publication?.iso).toBe(iso);
		expect(body.slice(span?.start, span?.end)).toBe(words);
	});

	it.each([
		'Ferries\n\nMarch 3, 2021, was the day the transport ministers of the two island states finally met.',
		'Ferries\n\nThe transport ministers of the two island states met on March 3, 2021 10:00 GMT in the port.',
		'Ferries\n\nThe ministers said the talks held on 3 March 2021 went well, and that they would meet again soon.'
	])('takes no date from prose: %j', (body) => {
		expect(readPublication(body).publication).toBeNull();
	});
});

describe('readPublication: two-way numeric dates weighed against the article', () => {
	const body = (stamp: string, lead: string) =>
		`Ferries\n\n${stamp}\n\n${lead} The ferry company welcomed the decision and said crews were ready.\n`;
	it.each([
		// GMT+8 leans day first; the body's Friday fits Friday 10 March, not Tuesday 3 October.
		[
			'10/03/2023 23:40 GMT+8',
			'The two governments agreed on Friday to restore the link.',
			'2023-03-10',
			false
		],
		[
			'03/10/2023 23:40 GMT+8',
			'The two governments agreed on Tuesday to restore the link.',
			'2023-10-03',
			false
		],
		// The lean of the zone and the body disagree: the body wins, but only just.
		[
			'03/10/2023 23:40 GMT+8',
			'The two governments agreed on Friday to restore the link.',
			'2023-03-10',
			true
		],
		// India and Europe write the day first, the United States the month first.
		['04/05/2022 10:00 IST', 'The ministers met in the capital.', '2022-05-04', false],
		['04/05/2022 10:00 CET', 'The ministers met in the capital.', '2022-05-04', false],
		['04/05/2022 10:00 AM ET', 'The ministers met in the capital.', '2022-04-05', false],
		// South America writes the day first, though its offsets are those of US zones.
		['04/05/2022 10:00 PET', 'The ministers met in the capital.', '2022-05-04', false],
		['04/05/2022 10:00 BOT', 'The ministers met in the capital.', '2022-05-04', false],
		['04/05/2022 10:00 EAT', 'The ministers met in the capital.', '2022-05-04', false],
		// No zone: the weekday alone leans to 10 March.
		['03/10/2023 14:00', 'The ministers met on Friday in the capital.', '2023-03-10', true],
		// A month-name date of the body two days before one reading.
		['05/06/2022 14:00', 'The ministers met on 3 June in the capital.', '2022-06-05', true]
	])('%s with %j → %s (approximate: %s)', (stamp, lead, day, approximate) => {
		const { publication, ambiguity } = readPublication(body(stamp, lead));
		expect(ambiguity).toBeNull();
		expect(publication?.day).toBe(day);
		expect(publication?.approximate ?? false).toBe(approximate);
		expect(publication?.text).toContain(approximate ? 'uncertain' : 'read as');
	});
});
