import { describe, expect, it } from 'vitest';
import { isUsZone, outletZone, zoneInLine, zonedIso } from './timeZones';

describe('zoneInLine', () => {
	it.each<[string, string, string | null]>([
		['22:40 WITA (GMT+8)', '', '+08:00'],
		['09:30 Tehran time (GMT+3:30)', '', '+03:30'],
		['10:05 (GMT+3)', '', '+03:00'],
		['14:30 UTC-4', '', '-04:00'],
		['00:20 Asia/Tehran', '', 'Asia/Tehran'],
		['00:20 Mars/Olympus', '', null],
		['19:42 GMT', '', 'UTC'],
		['22:31 IDT', '', '+03:00'],
		['18:40 TOT', '', '+13:00'],
		['20:45 IRDT', '', '+04:30'],
		['09:00 IRST', '', '+03:30'],
		['6:48 PM ET', '', 'America/New_York'],
		['19:55 MSK', '', 'Europe/Moscow'],
		['07:05 IST', 'WORLD | AMERICAS', '+05:30'],
		['07:05 IST', 'Israel Hayom', '+02:00'],
		['07:05 IST', 'The Irish Times', '+01:00'],
		['08:00 CST', 'Houston Chronicle', '-06:00'],
		['08:00 CST', 'Beijing Review', '+08:00'],
		['08:00 AST', 'Gulf desk', '+03:00'],
		['19.40 BST', '', '+01:00'],
		['09:30 Tehran time', '', 'Asia/Tehran'],
		['09:30 Beijing time', '', 'Asia/Shanghai'],
		['09:30 local time', '', null],
		['16:20', '', null],
		['11:15 EAT', '', '+03:00'],
		['21:30 WAT', '', '+01:00'],
		['07:10 PET', '', 'America/Lima'],
		['18:00 UYT', '', 'America/Montevideo'],
		['09:45 MYT', '', 'Asia/Kuala_Lumpur'],
		['10:05 TLT', '', '+09:00'],
		// The zone the clock is given in comes first, not the conversion after it.
		['13:40 PHT (05:40 GMT)', '', 'Asia/Manila']
	])('%s (header %j) → %s', (line, context, zone) => {
		expect(zoneInLine(line, context)).toBe(zone);
	});
});

describe('outletZone', () => {
	it.each<[string, string | null]>([
		['Source: Xinhua| 2020-09-16 04:48:07', 'Asia/Shanghai'],
		['MOSCOW, June 1 (TASS) -', 'Europe/Moscow'],
		['Reporting by a staff writer', null]
	])('%s → %s', (header, zone) => {
		expect(outletZone(header)).toBe(zone);
	});
});

describe('zonedIso', () => {
	it.each<[number[], string, string]>([
		[[2020, 7, 22, 0, 20, 0], 'Asia/Tehran', '2020-07-22T00:20:00+04:30'],
		[[2022, 12, 22, 0, 20, 0], 'Asia/Tehran', '2022-12-22T00:20:00+03:30'],
		// Iran dropped daylight saving time after 2022.
		[[2023, 6, 18, 9, 30, 0], 'Asia/Tehran', '2023-06-18T09:30:00+03:30'],
		[[2023, 2, 3, 18, 48, 0], 'America/New_York', '2023-02-03T18:48:00-05:00'],
		[[2022, 11, 30, 10, 5, 0], '+03:00', '2022-11-30T10:05:00+03:00'],
		[[2019, 3, 11, 19, 42, 0], 'UTC', '2019-03-11T19:42:00+00:00']
	])('%j in %s → %s', ([y, mo, d, h, mi, s], zone, iso) => {
		expect(zonedIso(y, mo, d, h, mi, s, zone)).toBe(iso);
	});
});

describe('isUsZone', () => {
	it.each<[string | null, boolean]>([
		['America/New_York', true],
		['-05:00', true],
		['+03:00', false],
		['America/Lima', false],
		['UTC', false],
		[null, false]
	])('%s → %s', (zone, us) => {
		expect(isUsZone(zone)).toBe(us);
	});
});
