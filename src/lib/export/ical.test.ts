import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalFormat } from './ical';
import { CONTEXT, ITEMS, written } from './testItems';
import { expectFolded, parseCalendar } from './testParsers';

describe('escapeText', () => {
	it.each([
		['a, b; c\\d', 'a\\, b\\; c\\\\d'],
		['one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
		['bell\u0007', 'bell']
	])('%j → %j', (text, expected) => expect(escapeText(text)).toBe(expected));
});

describe('foldLine', () => {
	it('leaves a short line alone', () => expect(foldLine('SUMMARY:Hi')).toBe('SUMMARY:Hi\r\n'));

	it('folds at 75 octets without cutting a character, and unfolds to the same line', () => {
		const line = `DESCRIPTION:${'é'.repeat(50)}${'a'.repeat(40)}€€€`;
		const folded = foldLine(line);
		expectFolded(folded);
		expect(
			folded
				.split('\r\n')
				.slice(1, -1)
				.every((l) => l.startsWith(' '))
		).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe(line + '\r\n');
	});
});

describe('icalFormat', () => {
	const text = written(icalFormat.write(ITEMS, CONTEXT));
	const calendar = parseCalendar(text);

	it('folds every line', () => expectFolded(text));

	it('names the calendar after the view and leaves undated events out', () => {
		// An X- property is TEXT (RFC 5545 §3.8.8.2), escaped; ical.js hands it back undecoded.
		expect(calendar.name).toBe(escapeText(CONTEXT.title));
		expect(calendar.events.map((e) => e.uid)).toEqual([
			'day@diplomatic-timeline',
			'week@diplomatic-timeline',
			'month@diplomatic-timeline'
		]);
	});

	it('makes a day an all-day event and an interval a span with an exclusive end', () => {
		expect(calendar.events.map(({ allDay, start, end }) => [allDay, start, end])).toEqual([
			[true, '2020-07-21', '2020-07-22'],
			[true, '2020-07-13', '2020-07-20'],
			[true, '2021-03-01', '2021-04-01']
		]);
	});

	it('keeps the text, with the explanation, excerpt and sources in the description', () => {
		const week = calendar.events[1];
		expect(week.summary).toBe(ITEMS[1].event.title);
		expect(week.location).toBe('Oslo, Norway');
		expect(week.status).toBe('TENTATIVE');
		expect(week.url).toBe('https://timeline.example.org/events/week');
		expect(week.description).toContain('Last week; counted back from publication.');
		expect(week.description).toContain('The dates are a bound, not a known span.');
		expect(week.description).toContain(ITEMS[1].event.mentions[0].excerpt);
		expect(week.description).toContain(
			'- Harbour Post, “Ministers meet, talk; "trade" & <ports>”, 22 Jul 2020 https://example.org/news/1/ministers-meet'
		);
		// A source without a web address is named, its stored address not given.
		expect(week.description).toContain('- bare_0123.txt, no date\n');
		expect(week.description).not.toContain('javascript:');
	});
});
