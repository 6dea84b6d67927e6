import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../types';
import { EVENT_LEXICON, buildLexicon, entryCandidates } from './eventLexicon';

describe('the event lexicon', () => {
	it('covers every event type but the catch-all statement of remarks', () => {
		const types = new Set([...EVENT_LEXICON.byKey.values()].flat().map((e) => e.type));
		for (const type of EVENT_TYPES) expect(types, type).toContain(type);
	});

	it('keys entries by lemma and part of speech, and cites a category for each', () => {
		const strike = EVENT_LEXICON.byKey.get('strike|VERB')!;
		expect(strike.map((e) => e.type).sort()).toEqual(['agreement', 'attack', 'other']);
		for (const entry of [...EVENT_LEXICON.byKey.values()].flat()) {
			expect(entry.category).toMatch(/CAMEO|PLOVER/);
		}
	});

	it('refuses an entry whose object class does not exist', () => {
		const data = {
			categories: [
				{
					category: 'CAMEO 057',
					type: 'agreement',
					cameo: '057',
					form: 'verb',
					pos: 'VERB',
					entries: [{ lemma: 'sign', object: 'treaties' }]
				}
			]
		};
		expect(() => buildLexicon(data, { agreement: ['accord'] })).toThrow(/unknown object class/);
	});

	it('refuses a field it does not know', () => {
		const data = {
			categories: [
				{
					category: 'x',
					type: 'visit',
					cameo: null,
					form: 'verb',
					pos: 'VERB',
					entries: [{ lemma: 'go', to: 'x' }]
				}
			]
		};
		expect(() => buildLexicon(data, {})).toThrow();
	});
});

describe('entryCandidates', () => {
	it.each([
		['The envoy shuttled to Apia.', ['shuttled']],
		['The delegates met and later flew to Apia.', ['met', 'flew']],
		// A frame the sentence cannot fill is not worth a parse: "flew" needs "to", "in" or "into".
		['The delegates met and later flew home.', ['met']],
		['The mayor opened a school.', []],
		['The navy opened fire.', ['opened', 'fire']],
		['Lawmakers were voting on the bill.', ['voting']],
		['The government said nothing.', []],
		['The government said on Monday it would reply.', ['said']],
		// A noun spelled as a form of a verb's stem is a candidate of its own ("sign" → "signing").
		['The envoys attended the signing in Apia.', ['signing']]
	])('%s', (sentence, words) => {
		const at = entryCandidates(sentence, EVENT_LEXICON);
		expect(at.map((i) => sentence.slice(i).split(/\W/)[0])).toEqual(words);
	});
});
