import { describe, expect, it } from 'vitest';
import { parseCorrections } from './correctionsFile';

/** The file format of the issue, every kind of entry once: the contract this test pins. */
const CONTRACT = `# corrections made by the desk
- target: { source: 003_e0ca5c4cd5d3645d.txt, quote: "exact words of the article" }
  reject: true
  note: "Background, not a meeting"
- target: { source: a.txt, quote: "words", prefix: "before", suffix: "after" }
  date: { start: 2020-01-03, end: 2020-01-03, precision: day }
  note: "Wire copy says Friday"
- target: { event: 2020-01-03-attack-united-states }
  set: { type: attack, title: "Strike", place: "Baghdad", participants: ["United States", "Jane Roe"] }
- target: { source: a.txt, quote: "told twice" }
  merge_into: { event: 2020-01-03-attack-united-states }
- target: { source: a.txt, quote: "another event" }
  split: true
- add:
    source: b.txt
    quote: "the sentence"
    type: meeting
    date: { start: 2020-01-05, end: 2020-01-06, precision: range }
    participants: [Jane Roe]
    title: "Talks"
  note: "missed"
  by: desk
  at: 2026-12-06T22:00:00Z
`;

describe('parseCorrections', () => {
	it('reads every kind of entry with its line', () => {
		const { corrections, bad } = parseCorrections(CONTRACT);
		expect(bad).toEqual([]);
		expect(corrections.map((c) => [c.kind, c.line, c.index])).toEqual([
			['reject', 2, 0],
			['date', 5, 1],
			['set', 8, 2],
			['merge_into', 10, 3],
			['split', 12, 4],
			['add', 14, 5]
		]);
		expect(corrections[1]).toMatchObject({
			target: { source: 'a.txt', quote: 'words', prefix: 'before', suffix: 'after' },
			date: { start: '2020-01-03', end: '2020-01-03', precision: 'day' }
		});
		expect(corrections[5]).toMatchObject({
			add: { type: 'meeting', participants: ['Jane Roe'], title: 'Talks' },
			note: 'missed',
			by: 'desk',
			at: '2026-12-06T22:00:00Z'
		});
	});

	it.each(['', '# nothing yet\n', '[]\n'])('reads %j as no corrections', (text) => {
		expect(parseCorrections(text)).toEqual({ corrections: [], bad: [] });
	});

	it.each([
		{
			name: 'an unknown field',
			entry: '- target: { event: e }\n  reject: true\n  colour: red',
			line: 1,
			message: 'unknown field colour'
		},
		{
			name: 'an unknown field of set, on its own line',
			entry: '- target: { event: e }\n  set:\n    type: meeting\n    colour: red',
			line: 3,
			message: 'set: unknown field colour'
		},
		{
			name: 'a day that does not exist',
			entry: '- target: { event: e }\n  date: { start: 2021-02-29 }',
			line: 2,
			message: 'date.start: is not a date (YYYY-MM-DD, a real day)'
		},
		{
			name: 'an end before the start',
			entry: '- target: { event: e }\n  date: { start: 2021-02-20, end: 2021-02-10 }',
			line: 2,
			message: 'date: end is before start'
		},
		{
			name: 'an unknown type',
			entry: '- target: { event: e }\n  set: { type: dance }',
			line: 2,
			message:
				'set.type: not one of meeting, visit, phone_call, press_conference, attack, legislation, agreement, statement, other'
		},
		{
			name: 'two actions',
			entry: '- target: { event: e }\n  reject: true\n  split: true',
			line: 1,
			message: 'one action per entry, not reject and split'
		},
		{
			name: 'no action',
			entry: '- target: { event: e }\n  note: hm',
			line: 1,
			message: 'no action: one of reject, date, set, merge_into, split, add'
		},
		{
			name: 'a missing target',
			entry: '- reject: true',
			line: 1,
			message: 'reject needs a target'
		},
		{
			name: 'a target of neither kind',
			entry: '- target: { file: a.txt }\n  reject: true',
			line: 1,
			message: 'target: a target is { source, quote } (with optional prefix, suffix) or { event }'
		}
	])('reports $name by line and keeps the entries around it', ({ entry, line, message }) => {
		const text = `- target: { event: first }\n  reject: true\n${entry}\n- target: { event: last }\n  reject: true\n`;
		const { corrections, bad } = parseCorrections(text);
		expect(bad).toEqual([{ line: line + 2, message }]);
		expect(corrections.map((c) => ('target' in c ? c.target : null))).toEqual([
			{ event: 'first' },
			{ event: 'last' }
		]);
	});

	it('reports a YAML error by line and keeps the entries before and after it', () => {
		const text = `- target: { event: first }\n  reject: true\n- target: [ unclosed\n  reject: true\n- target: { event: last }\n  reject: true\n`;
		const { corrections, bad } = parseCorrections(text);
		expect(bad).toHaveLength(1);
		expect(bad[0].line).toBeGreaterThanOrEqual(3);
		expect(bad[0].message).toMatch(/^YAML: /);
		expect(corrections.map((c) => ('target' in c ? c.target : null))).toEqual([
			{ event: 'first' },
			{ event: 'last' }
		]);
	});

	it('reports a file that is not a list', () => {
		expect(parseCorrections('target: { event: e }\nreject: true\n')).toEqual({
			corrections: [],
			bad: [{ line: 1, message: 'the file is not a YAML list' }]
		});
	});
});
