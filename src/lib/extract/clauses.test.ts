import { describe, expect, it } from 'vitest';
import { clauseAt, clauseSpans } from './clauses';

function kinds(sentence: string) {
	return clauseSpans(sentence).map((c) => [c.kind, sentence.slice(c.start, c.end).trim()]);
}

describe('clauseSpans', () => {
	it('separates coordinated, relative and reported clauses', () => {
		expect(
			kinds('Ledesma held talks with Sosa, and the two sides signed a deal.').map(([k]) => k)
		).toEqual(['main', 'coordinate']);
		expect(
			kinds('The deal was signed by Fuentes, who had flown in early, and by Rojas.')[1]
		).toEqual(['relative', ', who had flown in early']);
		expect(kinds('Ledesma told reporters that he had spoken with Sosa.').map(([k]) => k)).toEqual([
			'main',
			'reported'
		]);
	});

	it.each([
		['Joel Tari, the rebel envoy, and Ana Poe, his Fijian peer, held talks.', ['main']],
		["Fiji's envoy, Joel Tari, and Tonga's envoy, Ana Poe, will meet on Friday.", ['main']],
		// A verb on either side of ", and" makes it a clause of its own.
		['Tari met Poe on Monday, and Vera, the Tongan envoy, flew home.', ['main', 'coordinate']],
		['Tari, the envoy, left, and Poe, his peer, stayed.', ['main', 'coordinate']]
	])('joins phrases set off by commas with ", and" into one clause: %s', (sentence, expected) => {
		expect(kinds(sentence).map(([k]) => k)).toEqual(expected);
	});

	it.each([
		['Having met Sosa on Monday, Rojas flew to Quito.', 'Having met Sosa on Monday'],
		['Meeting in Lima on Monday, the ministers agreed.', 'Meeting in Lima on Monday'],
		['Signed in May, the accord ends the dispute.', 'Signed in May']
	])('sets off a participle opening the sentence: %s', (sentence, opening) => {
		expect(kinds(sentence)[0]).toEqual(['opening', opening]);
	});

	it('takes "United" for the first word of a name, not a participle', () => {
		expect(kinds('United Nations envoys, who met on Monday, agreed.')[0][0]).toBe('main');
	});

	it.each([
		['Sosa told reporters that evening that Rojas had left.', 'that Rojas had left.'],
		['Sosa told reporters that morning that Rojas had left.', 'that Rojas had left.']
	])('does not open reported words at a day word: %s', (sentence, words) => {
		expect(kinds(sentence).at(-1)).toEqual(['reported', words]);
	});

	it.each([
		['The palace said on Monday that Ruiz would visit Quito.', 'The palace said on Monday'],
		['The palace said separately that Ruiz would visit Quito.', 'The palace said separately'],
		[
			'Sosa said in a statement on Friday that Ruiz would visit.',
			'Sosa said in a statement on Friday'
		],
		['The palace told reporters that Ruiz would visit Quito.', 'The palace told reporters']
	])("opens reported words after the telling's day, adverb or medium: %s", (sentence, main) => {
		expect(kinds(sentence).map(([, text]) => text)).toEqual([
			main,
			expect.stringMatching(/^that Ruiz/)
		]);
	});

	it.each([
		['Peru recalled its envoy, officials said.', ', officials said.'],
		[
			'The talks resume in May, the two presidents said on Tuesday.',
			', the two presidents said on Tuesday.'
		],
		['The talks resume in May, the bloc said in a statement.', ', the bloc said in a statement.'],
		['Ruiz will visit Quito, the palace announced last week.', ', the palace announced last week.']
	])('ends a sentence with who told it as an attribution: %s', (sentence, attribution) => {
		expect(kinds(sentence).at(-1)).toEqual(['attribution', attribution]);
	});

	it('reads "since" after an auxiliary as an adverb, not a clause', () => {
		expect(kinds('Sosa has since visited Quito twice.').map(([k]) => k)).toEqual(['main']);
		expect(kinds('Sosa visited Quito since taking office.')[1]).toEqual([
			'background',
			'since taking office'
		]);
	});

	it('opens reported words without "that" after telling reporters', () => {
		expect(kinds('Sosa told reporters the deal would take effect in June.')).toEqual([
			['main', 'Sosa told reporters'],
			['reported', 'the deal would take effect in June.']
		]);
	});

	it('starts a second act at "before/after" with a participle or a subject of its own', () => {
		expect(kinds('Ledesma called on Ruiz before holding talks with Sosa.')).toEqual([
			['main', 'Ledesma called on Ruiz'],
			['coordinate', 'before holding talks with Sosa.']
		]);
		expect(
			kinds('Sosa welcomed him in Lima before the two leaders travelled to Cusco.').map(([k]) => k)
		).toEqual(['main', 'coordinate']);
		expect(kinds('Sosa spoke before the vote.').map(([k]) => k)).toEqual(['main']);
		expect(
			kinds('They held talks in Lima, followed by a banquet at the palace.').map(([k]) => k)
		).toEqual(['main', 'coordinate']);
	});

	it('keeps an opening phrase apart from the main clause', () => {
		expect(kinds('At a joint news conference with Sosa, Ledesma said so.').map(([k]) => k)).toEqual(
			['opening', 'main']
		);
	});

	it('ends a background clause after "took office"', () => {
		const sentence = 'The first talks since President Ruiz took office opened on Monday.';
		const spans = clauseSpans(sentence);
		expect(clauseAt(spans, sentence.indexOf('opened')).kind).toBe('main');
		expect(clauseAt(spans, sentence.indexOf('Ruiz')).kind).toBe('background');
	});
});
