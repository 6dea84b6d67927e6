import { describe, expect, it } from 'vitest';
import { tokenize } from '../extract/tokenize';
import { ArticleActors, type ReferenceContext } from './articleActors';
import { findMentions } from './findMentions';
import { EMPTY_GAZETTEER, parseGazetteer } from './gazetteer';
import { lexiconFor } from './lexicon';

const lexicon = lexiconFor(EMPTY_GAZETTEER);
const BODIES = 'actors:\n  - name: Andean Pact\n    kind: organisation\n';
const none: ReferenceContext = { subject: null, group: [], guest: null, country: null };

function read(actors: ArticleActors, sentence: string, context = none): string[][] {
	const tokens = tokenize(sentence);
	return findMentions(sentence, tokens, lexicon).map((m) =>
		actors.resolve(m, context).map((a) => a.name)
	);
}

describe('ArticleActors', () => {
	it('resolves surnames and partial names to people named before', () => {
		const actors = new ArticleActors(lexicon);
		read(
			actors,
			'Chilean Foreign Minister Gabriela Fuentes met Argentine Foreign Minister Tomás Ledesma.'
		);
		expect(read(actors, 'Fuentes said so.')).toEqual([['Gabriela Fuentes']]);
		expect(read(actors, 'Tomas Ledesma agreed.')).toEqual([['Tomás Ledesma']]);
	});

	it('takes a counterpart for someone of the same office, else the state it names', () => {
		const actors = new ArticleActors(lexicon);
		const [[fuentes]] = read(actors, 'Chilean Foreign Minister Gabriela Fuentes spoke.').map(
			(names) => names.map((n) => actors.all().find((a) => a.name === n)!)
		);
		read(actors, 'Peruvian President Ana Rojas listened.');
		const withSubject = { ...none, subject: fuentes };
		// Nobody holding a foreign ministry of Peru is named: Peru itself, not its president.
		expect(read(actors, 'She met her Peruvian counterpart.', withSubject)).toEqual([
			['Gabriela Fuentes'],
			['Peru']
		]);
		read(actors, 'Peruvian Foreign Minister Luis Vera arrived.');
		expect(read(actors, 'She met her Peruvian counterpart.', withSubject)).toEqual([
			['Gabriela Fuentes'],
			['Luis Vera']
		]);
	});

	it('takes an untitled body for the organisation or state named last', () => {
		const actors = new ArticleActors(lexiconFor(parseGazetteer(BODIES, 'test')));
		read(actors, 'The Andean Pact met in Quito.');
		read(actors, 'Peru sent envoys.');
		expect(read(actors, 'The bloc said so.')).toEqual([['Andean Pact']]);
		expect(read(actors, 'The junta said so.')).toEqual([['Peru']]);
	});

	it('takes "the pair" for the two people named last when the scene has fewer', () => {
		const actors = new ArticleActors(lexicon);
		read(actors, 'Chilean President Ana Ruiz met Peruvian President Luis Vera.');
		read(actors, 'Foreign Minister Marta Sol arrived later.');
		const scene = { ...none, group: actors.all().filter((a) => a.name === 'Marta Sol') };
		expect(read(actors, 'The pair will meet again.', scene)).toEqual([['Marta Sol', 'Luis Vera']]);
	});

	it('resolves descriptions by role and country', () => {
		const actors = new ArticleActors(lexicon);
		read(
			actors,
			'Peruvian Prime Minister Lucía Quispe received Bolivian Foreign Minister Ana Rojas.'
		);
		expect(read(actors, 'The Peruvian premier spoke.')).toEqual([['Lucía Quispe']]);
		expect(read(actors, 'The top Bolivian diplomat replied.')).toEqual([['Ana Rojas']]);
		expect(read(actors, 'the Peruvian and Bolivian ministers')).toEqual([
			['Lucía Quispe', 'Ana Rojas']
		]);
	});

	it('gives ids that are slugs of the canonical name', () => {
		const actors = new ArticleActors(lexicon);
		read(actors, 'Chilean President Tomás Ledesma spoke.');
		expect(actors.all().map((a) => a.id)).toEqual(['tomas-ledesma']);
	});

	it('names an institution after its country and resolves "the cabinet" by context', () => {
		const actors = new ArticleActors(lexicon);
		expect(read(actors, 'The cabinet approved it.', { ...none, country: 'Chile' })).toEqual([
			['Chilean cabinet']
		]);
	});

	it('resolves pronouns and groups from the context it is given', () => {
		const actors = new ArticleActors(lexicon);
		read(actors, 'Chilean President Tomás Ledesma met Argentine President Ana Sosa.');
		const [ledesma, sosa] = actors.all();
		const context = { ...none, subject: ledesma, group: [ledesma, sosa] };
		expect(read(actors, 'He said the two sides agreed.', context)).toEqual([
			['Tomás Ledesma'],
			['Tomás Ledesma', 'Ana Sosa']
		]);
	});
});

describe('ArticleActors: a state named by what it is', () => {
	const epithet = (actors: ArticleActors, sentence: string, context: ReferenceContext) =>
		read(actors, sentence, { ...context, statesBefore: actors.recentStates() });

	it.each([
		['The kingdom said so.', 'Tonga'],
		['The island nation said so.', 'Fiji'],
		['The Andean nation said so.', 'Peru'],
		['The country said so.', 'Peru'],
		// Only one state can be the Himalayan kingdom.
		['The Himalayan kingdom said so.', 'Bhutan']
	])('%s', (sentence, state) => {
		const actors = new ArticleActors(lexicon);
		read(actors, 'Tonga and Fiji met.');
		read(actors, 'Peruvian President Ana Rojas spoke.');
		expect(epithet(actors, sentence, none)).toEqual([[state]]);
	});

	it('takes "the host country" for the host the story gives', () => {
		const actors = new ArticleActors(lexicon);
		read(actors, 'Peru and Chile met.');
		expect(epithet(actors, 'The host country said so.', { ...none, host: () => 'Chile' })).toEqual([
			['Chile']
		]);
	});

	it('takes a state named later in the sentence when none before fits', () => {
		const actors = new ArticleActors(lexicon);
		read(actors, 'Peru spoke.');
		const context = { ...none, statesAfter: ['Latvia'] };
		expect(epithet(actors, 'The Baltic country said so.', context)).toEqual([['Latvia']]);
	});
});

describe('ArticleActors: an office nobody holding it was named for', () => {
	it.each([
		['The foreign minister spoke.', ['Chile']],
		// No office: nobody to stand in for.
		['The man spoke.', []]
	])("%s is the office of the story's state", (sentence, found) => {
		const actors = new ArticleActors(lexicon);
		expect(read(actors, sentence, { ...none, country: 'Chile' }).flat()).toEqual(found);
	});
});
