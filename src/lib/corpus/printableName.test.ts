import { describe, expect, it } from 'vitest';
import { printableName } from './printableName';

describe('printableName', () => {
	it.each([
		['a plain name', 'world/2021 Tehran.txt', 'world/2021 Tehran.txt'],
		['letters of any script', 'خبر-یک.txt', 'خبر-یک.txt'],
		[
			'a newline that would forge a progress line',
			'a.txt\n[2/2] b.txt: ingested, 9 event mentions.txt',
			'a.txt\\n[2/2] b.txt: ingested, 9 event mentions.txt'
		],
		['a carriage return and a tab', 'a\rb\tc.txt', 'a\\rb\\tc.txt'],
		['an escape sequence for the terminal', 'x\u001b[2Jy.txt', 'x\\u{1b}[2Jy.txt'],
		['a right-to-left override', 'report-\u202etxt.exe', 'report-\\u{202e}txt.exe'],
		['a line separator', 'a\u2028b.md', 'a\\u{2028}b.md'],
		['a backslash, so that escapes cannot be faked', 'a\\nb.txt', 'a\\\\nb.txt']
	])('%s', (_, name, printed) => {
		expect(printableName(name)).toBe(printed);
	});
});
