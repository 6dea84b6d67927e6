import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvFormat } from './csv';
import { CONTEXT, ITEMS, written } from './testItems';

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\r\nlines', '"two\r\nlines"'],
		['=1+2', "'=1+2"],
		['+1', "'+1"],
		['-cmd', "'-cmd"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTAB', "'\tTAB"],
		['=A1,"x"', `"'=A1,""x"""`],
		[null, ''],
		[3, '3'],
		[-3, '-3'],
		[true, 'true']
	])('%j → %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('csvFormat', () => {
	const text = written(csvFormat.write(ITEMS, CONTEXT));

	it('is RFC 4180: CRLF rows of equal width that parse back to the values', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(
			text
				.replace(/"[^"]*"/g, '')
				.split('\r\n')
				.slice(0, -1)
		).toHaveLength(ITEMS.length + 1);
		const rows = csvParseRows(text.slice(0, -2));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
	});

	it('gives one row per event with its first excerpt, source and address', () => {
		const rows = csvParse(text);
		expect(rows.map((row) => row.event_id)).toEqual(['day', 'week', 'month', 'undated']);
		const week = rows[1];
		expect(week).toMatchObject({
			type: 'phone_call',
			planned: 'true',
			approximate: 'true',
			date_start: '2020-07-13',
			date_end: '2020-07-19',
			place: 'Oslo, Norway',
			source_count: '2',
			source: 'Harbour Post, “Ministers meet, talk; "trade" & <ports>”, 22 Jul 2020',
			source_url: 'https://example.org/news/1/ministers-meet',
			event_url: 'https://timeline.example.org/events/week'
		});
		expect(week.excerpt).toBe(`'${ITEMS[1].event.mentions[0].excerpt}`);
		// A formula in a title stays text.
		expect(week.title).toBe(`'${ITEMS[1].event.title}`);
		// Only web addresses are given as addresses.
		expect(rows[3]).toMatchObject({
			source_url: '',
			date_start: '',
			source: 'bare_0123.txt, no date'
		});
	});
});
