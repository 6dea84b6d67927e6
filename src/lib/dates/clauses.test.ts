import { describe, expect, it } from 'vitest';
import { clauseIndexAt, clauses } from './clauses';

describe('clauses', () => {
	it('cuts at punctuation, coordinators and clause openers', () => {
		const sentence =
			'Blinken on Friday postponed a visit that had been scheduled for Sunday, officials said.';
		const spans = clauses(sentence);
		expect(spans.map((s) => [sentence.slice(s.start, s.end).trim(), s.opener])).toEqual([
			['Blinken on Friday postponed a visit', ''],
			['that had been scheduled for Sunday', 'that'],
			[', officials said.', ',']
		]);
	});

	it.each([
		['Blinken', 0],
		['scheduled', 1],
		['officials', 2]
	])('finds the clause of %s', (word, index) => {
		const sentence =
			'Blinken on Friday postponed a visit that had been scheduled for Sunday, officials said.';
		expect(clauseIndexAt(clauses(sentence), sentence.indexOf(word))).toBe(index);
	});
});
