import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
	it('splits words and marks, with offsets into the text', () => {
		const tokens = tokenize('The talks, held  in Lima.');
		expect(tokens.map((t) => t.text)).toEqual(['The', 'talks', ',', 'held', 'in', 'Lima', '.']);
		expect(tokens[3]).toEqual({
			text: 'held',
			start: 11,
			end: 15,
			lower: 'held',
			isWord: true,
			isCapitalised: false
		});
		expect(tokens[0].isCapitalised).toBe(true);
		expect(tokens[2].isWord).toBe(false);
	});

	it('keeps dotted acronyms and listed abbreviations whole', () => {
		expect(texts('U.S. and D.C. officials')).toEqual(['U.S.', 'and', 'D.C.', 'officials']);
		expect(texts('Lt. Gen. Mrs. Sept. Sep.')).toEqual(['Lt.', 'Gen.', 'Mrs.', 'Sept.', 'Sep.']);
		// An abbreviation glued to a word character is no abbreviation.
		expect(texts('x_Mr. Lee')).toEqual(['x', '_', 'Mr', '.', 'Lee']);
	});

	it('keeps the dot of a word when the sentence goes on after it', () => {
		expect(texts('approx. 5 rounds')).toEqual(['approx.', '5', 'rounds']);
		expect(texts('Corp., and')).toEqual(['Corp.', ',', 'and']);
		expect(texts('in Lima. Then')).toEqual(['in', 'Lima', '.', 'Then']);
		expect(texts('in Lima.')).toEqual(['in', 'Lima', '.']);
	});

	it('joins inner hyphens and apostrophes, and parts a possessive', () => {
		expect(texts("Abdul-Mahdi met Sha'abi")).toEqual(['Abdul-Mahdi', 'met', "Sha'abi"]);
		expect(texts('Iran’s envoy')).toEqual(['Iran', '’s', 'envoy']);
		expect(texts("Iran'sx")).toEqual(["Iran'sx"]);
		expect(texts('well- known')).toEqual(['well', '-', 'known']);
		expect(texts('1,200')).toEqual(['1', ',', '200']);
	});

	it('reads letters, marks and spaces of any script', () => {
		expect(texts('Erdoğan\u00a0and Zé\u0301 𝐀𝐁 Σ')).toEqual([
			'Erdoğan',
			'and',
			'Zé\u0301',
			'𝐀𝐁',
			'Σ'
		]);
		const [greek] = tokenize('Ωmega');
		expect(greek.isCapitalised).toBe(true);
		expect(tokenize('\ud800 x').map((t) => t.text)).toEqual(['\ud800', 'x']);
	});
});
