import { describe, expect, it } from 'vitest';
import { DERIVATIONS, PRECISIONS } from '../types';
import { derivationSentence, derivationWords, precisionWords } from './dateDerivation';

describe('dateDerivation', () => {
	it('has distinct words for every derivation and precision of the vocabulary', () => {
		expect(new Set(DERIVATIONS.map(derivationWords)).size).toBe(DERIVATIONS.length);
		expect(new Set(PRECISIONS.map((precision) => precisionWords({ precision }))).size).toBe(
			PRECISIONS.length
		);
	});

	it.each([
		[{ derivation: 'explicit', precision: 'day' }, 'Stated in the text; known to the day.'],
		[
			{ derivation: 'relative-to-publication', precision: 'range', approximate: true },
			'Counted from the publication date; a span of days, an outer bound rather than the exact span.'
		],
		[
			{ derivation: 'unresolved', precision: 'unknown' },
			'Could not be worked out from the text; no date known.'
		]
	] as const)('%j', (date, sentence) => {
		expect(derivationSentence(date)).toBe(sentence);
	});
});
