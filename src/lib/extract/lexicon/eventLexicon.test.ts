import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../types';
import { createRequire } from 'node:module';
import { EVENT_LEXICON, buildLexicon, entryCandidates, isNounForm } from './eventLexicon';

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

	it("reads nouns only as their lemma or the model's plurals, irregular ones included", () => {
		// The model's own list of irregular plurals, which its noun lemmatizer reads first.
		const irregular: Record<string, string> = createRequire(import.meta.url)(
			'wink-eng-lite-web-model/dist/wn-noun-exceptions.js'
		);
		const nouns = new Set(
			[...EVENT_LEXICON.byKey.values()].flat().flatMap((e) => (e.pos === 'NOUN' ? [e.lemma] : []))
		);
		const reaching = Object.entries(irregular).filter(([, lemma]) => nouns.has(lemma));
		for (const [plural, lemma] of reaching) expect(isNounForm(plural, lemma), plural).toBe(true);
		expect(isNounForm('accords', 'accord')).toBe(true);
		expect(isNounForm('according', 'accord')).toBe(false);
		expect(entryCandidates('Trade rose, according to officials.', EVENT_LEXICON)).toEqual([]);
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
		['The envoys attended the signing in Apia.', ['signing']],
		// "reached" needs a place after it: a number is none.
		['The convoy reached Apia at dawn.', ['reached']],
		['Trade reached 39 billion dollars.', []],
		['Trade reached\u00a0 5 billion dollars.', []],
		// A particle before the preposition: "stopped over in", "pulled out of".
		['The envoy stopped over in Apia.', ['stopped']],
		['Tuvalu pulled out of the pact.', ['pulled', 'pact']],
		// A particle after a short object ("voted him out"); not one far beyond it.
		['The assembly voted the premier out.', ['voted']],
		['The envoy walked out on Monday.', ['walked']],
		['The envoy walked along the long and dusty road out of town.', []]
	])('%s', (sentence, words) => {
		const at = entryCandidates(sentence, EVENT_LEXICON);
		expect(at.map((i) => sentence.slice(i).split(/\W/)[0])).toEqual(words);
	});
});
