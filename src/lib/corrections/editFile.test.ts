import { describe, expect, it } from 'vitest';
import { parseCorrections } from './correctionsFile';
import { appendEntry, removeEntry } from './editFile';

const HAND_WRITTEN = `# Desk corrections
- target: { event: a } # the first
  reject: true

- target: { event: b }
  set: { title: "B" }
`;

const ADDED = {
	target: { source: 'x.txt', quote: 'He said: "no" — twice' },
	date: { start: '2021-03-02' },
	note: 'a note: with colon',
	by: 'Desk',
	at: '2026-12-06T23:00:00.000Z'
};

describe('appendEntry', () => {
	it.each([
		{ name: 'a hand-written file', text: HAND_WRITTEN, before: 2 },
		{ name: 'a file without a final newline', text: HAND_WRITTEN.trimEnd(), before: 2 },
		{ name: 'an empty file', text: '', before: 0 },
		{ name: 'a file of comments', text: '# nothing yet\n', before: 0 },
		{ name: 'an empty flow list', text: '[]\n', before: 0 }
	])('adds an entry after the others in $name, keeping its text', ({ text, before }) => {
		const appended = appendEntry(text, ADDED);
		if (before > 0) expect(appended.startsWith(text)).toBe(true);
		const { corrections, bad } = parseCorrections(appended);
		expect(bad).toEqual([]);
		expect(corrections).toHaveLength(before + 1);
		expect(corrections.at(-1)).toMatchObject({
			kind: 'date',
			target: ADDED.target,
			note: ADDED.note,
			at: ADDED.at
		});
	});
});

describe('removeEntry', () => {
	it.each([
		{ index: 0, left: ['b'] },
		{ index: 1, left: ['a'] }
	])('cuts entry $index and keeps the rest as written', ({ index, left }) => {
		const removed = removeEntry(HAND_WRITTEN, index) as string;
		expect(removed.startsWith('# Desk corrections\n')).toBe(true);
		expect(
			parseCorrections(removed).corrections.map((c) => ('target' in c ? c.target : null))
		).toEqual(left.map((event) => ({ event })));
	});

	it('removes an appended entry, giving back the file it was appended to', () => {
		expect(removeEntry(appendEntry(HAND_WRITTEN, ADDED), 2)).toBe(HAND_WRITTEN);
	});

	it('says there is no such entry', () => {
		expect(removeEntry(HAND_WRITTEN, 2)).toBeNull();
		expect(removeEntry('', 0)).toBeNull();
	});
});
