import { describe, expect, it } from 'vitest';
import { SubstringGroups } from './substringGroups';

describe('SubstringGroups', () => {
	const groups = new SubstringGroups([['call', 'phone'], ['called on'], ['he'], ['on x'], ['zzz']]);
	const present = (text: string) => [...groups.present(text)];

	it('tells which groups have a string in the text, anywhere in it', () => {
		expect(present('they called on the envoy')).toEqual([1, 1, 1, 0, 0]);
		expect(present('a telephone')).toEqual([1, 0, 0, 0, 0]);
		expect(present('')).toEqual([0, 0, 0, 0, 0]);
	});

	it('finds strings that overlap or end inside a longer partial match', () => {
		// "calle" fails "called on" but "he" ends inside "phe"; "on x" starts inside "on on x".
		expect(present('phe')).toEqual([0, 0, 1, 0, 0]);
		expect(present('on on x')).toEqual([0, 0, 0, 1, 0]);
		expect(present('calcall')).toEqual([1, 0, 0, 0, 0]);
	});

	it('restarts after characters beyond ASCII, and is case-sensitive', () => {
		expect(present('cal\u00e9l phoné')).toEqual([0, 0, 0, 0, 0]);
		expect(present('CALL')).toEqual([0, 0, 0, 0, 0]);
	});

	it('agrees with includes on every string', () => {
		const strings = ['ab', 'bab', 'abc', 'c', 'bca', 'aab'];
		const each = new SubstringGroups(strings.map((s) => [s]));
		for (let n = 0; n < 600; n++) {
			const text = Array.from(
				{ length: n % 9 },
				(_, i) => 'abc'[(n * 7 + i * i * 5 + (n >> 3)) % 3]
			).join('');
			expect([...each.present(text)]).toEqual(strings.map((s) => (text.includes(s) ? 1 : 0)));
		}
	});

	it('reads every run of whitespace as one space when asked, as the patterns read \\s+', () => {
		const folded = (text: string) => [...groups.present(text, true)];
		for (const text of ['called  on', 'called\u00a0on', 'called \t\n on', 'on\u2009\u2009x']) {
			expect(folded(text)).toEqual([...groups.present(text.replace(/\s+/g, ' '))]);
		}
		expect(folded('called  on')).toEqual([1, 1, 0, 0, 0]);
		expect(present('called  on')).toEqual([1, 0, 0, 0, 0]);
	});

	it('accepts only ASCII strings', () => {
		expect(() => new SubstringGroups([['é']])).toThrow();
		expect(() => new SubstringGroups([['']])).toThrow();
	});
});
