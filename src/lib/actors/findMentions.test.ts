import { describe, expect, it } from 'vitest';
import { tokenize } from '../extract/tokenize';
import { findMentions, type Mention } from './findMentions';
import { EMPTY_GAZETTEER, parseGazetteer } from './gazetteer';
import { lexiconFor } from './lexicon';

const lexicon = lexiconFor(EMPTY_GAZETTEER);

function mentions(sentence: string, lex = lexicon) {
	const tokens = tokenize(sentence);
	return findMentions(sentence, tokens, lex).map((m: Mention) => ({
		text: sentence.slice(tokens[m.first].start, tokens[m.last].end),
		kind: m.kind,
		name: m.kind === 'name' ? m.name : m.kind === 'country' ? m.actor.name : undefined,
		role: m.kind === 'name' ? m.role : undefined,
		country: m.kind === 'name' ? m.country : undefined
	}));
}

describe('findMentions: people nobody listed', () => {
	it.each([
		[
			'Chilean Foreign Minister Gabriela Fuentes met reporters.',
			'Gabriela Fuentes',
			'Chilean Foreign Minister',
			'Chile'
		],
		[
			"He spoke with Argentina's President Tomás Ledesma on Friday.",
			'Tomás Ledesma',
			"Argentina's President",
			'Argentina'
		],
		[
			'Secretary of State Marta Oyelaran Ibeku arrived.',
			'Marta Oyelaran Ibeku',
			'Secretary of State',
			null
		],
		[
			'Kenyan National Security Council (KNSC) Advisor Otieno Wambua spoke.',
			'Otieno Wambua',
			'Kenyan National Security Council (KNSC) Advisor',
			'Kenya'
		],
		["Peru's president, Lucía Quispe, was received.", 'Lucía Quispe', "Peru's president", 'Peru'],
		[
			"Diego Saavedra, the Chilean government's chief negotiator, said so.",
			'Diego Saavedra',
			"Chilean government's chief negotiator",
			'Chile'
		],
		["Oman's Sultan Haitham bin Tariq attended.", 'Haitham bin Tariq', "Oman's Sultan", 'Oman'],
		[
			"Chile's envoy for water talks, Tomas Ibarra, arrived.",
			'Tomas Ibarra',
			"Chile's envoy for water talks",
			'Chile'
		],
		// A region the office serves is no body of its own.
		[
			"Peru's envoy for the Altiplano, Tomas Ibarra, arrived.",
			'Tomas Ibarra',
			"Peru's envoy for the Altiplano",
			'Peru'
		],
		// A predicate after the name is no apposition, even with an office inside it.
		['Tomas Ibarra, met Bolivian officials on Monday.', 'Tomas Ibarra', null, null],
		['Tomas Ibarra, held talks with the Bolivian minister.', 'Tomas Ibarra', null, null]
	])('%s', (sentence, name, role, country) => {
		const found = mentions(sentence).find((m) => m.kind === 'name' && m.name === name);
		expect(found).toMatchObject({ role, country });
	});

	it('keeps an honorific between two name words inside the name', () => {
		const found = mentions('President Hassan Sheikh Mahad addressed parliament.');
		expect(found[0]).toMatchObject({
			kind: 'name',
			name: 'Hassan Sheikh Mahad',
			role: 'President'
		});
	});

	it.each([
		['Militia chief Joel "Cobra" Tari warned the envoy.', 'Joel Tari'],
		['Militia chief Joel “El Cobra” Tari warned the envoy.', 'Joel Tari'],
		["Militia chief Joel 'Cobra' Tari warned the envoy.", 'Joel Tari']
	])('keeps a quoted nickname inside a name and out of its name: %s', (sentence, name) => {
		const found = mentions(sentence).filter((m) => m.kind === 'name');
		expect(found.map((m) => m.name)).toContain(name);
		expect(found.find((m) => m.name === name)?.text).toMatch(/Cobra/);
	});

	it('reads a quoted word that no name follows as no part of a name', () => {
		const names = mentions('Joel Tari called it "Betrayal" in Suva.').map((m) => m.name);
		expect(names).toContain('Joel Tari');
		expect(names.some((n) => n?.includes('Betrayal Suva'))).toBe(false);
	});

	it('reads a group by the noun after it and a council with "and" in its name', () => {
		expect(mentions('the Kataib Sayf group claimed it').map((m) => m.name)).toEqual([
			'Kataib Sayf'
		]);
		expect(
			mentions('Leaders of the Andean Peace and Security Council met.').map((m) => m.name)
		).toEqual(['Andean Peace and Security Council']);
	});

	it.each([
		['The Vantari launched drones at the port.', ['Vantari']],
		['envoys met the Rukanga Front on Monday', ['Rukanga Front']],
		['The talks were held in the Hague.', []]
	])('reads an untitled name after "the" as a group, not a place: %s', (sentence, names) => {
		const found = mentions(sentence).filter((m) => m.kind === 'name');
		expect(found.map((m) => m.name)).toEqual(names);
	});

	it('takes no body from a river or coast after "over" or "along"', () => {
		const texts = (sentence: string) => mentions(sentence).map((m) => m.text);
		expect(texts('Engineers finished a bridge over the Danube.')).not.toContain('Danube');
		expect(texts('Ships sailed along the Mekong.')).not.toContain('Mekong');
		expect(texts('They met the Houthis.')).toContain('Houthis');
	});

	it('takes no name from a region qualified by who holds it', () => {
		expect(
			mentions('a bombing in Chilean-administered Patagonia').filter((m) => m.kind === 'name')
		).toEqual([]);
	});

	it('marks a visiting guest', () => {
		const sentence = 'He met visiting Uruguayan Foreign Minister Ana Sosa in Santiago.';
		const tokens = tokenize(sentence);
		const guest = findMentions(sentence, tokens, lexicon).find((m) => m.kind === 'name');
		expect(guest).toMatchObject({ name: 'Ana Sosa', visiting: true, country: 'Uruguay' });
	});

	it('does not take venues, places or months for people', () => {
		const names = mentions(
			'They met at the Moneda Palace Hotel in Santiago on Monday, beside Lake Llanquihue.'
		).filter((m) => m.kind === 'name');
		expect(names).toEqual([]);
	});
});

describe('findMentions: states, institutions and descriptions', () => {
	it('tells apart states whose names sound alike', () => {
		const found = mentions('Kenya, Ghana, Guyana and Guinea signed the pact.');
		expect(found.filter((m) => m.kind === 'country').map((m) => m.name)).toEqual([
			'Kenya',
			'Ghana',
			'Guyana',
			'Guinea'
		]);
	});

	it('reads states acting through their people', () => {
		const found = mentions('Senior Chilean and Argentine officials met on Tuesday.');
		expect(found.filter((m) => m.kind === 'country').map((m) => m.name)).toEqual([
			'Chile',
			'Argentina'
		]);
	});

	it.each([
		['The Chilean embassy in Lima reopened on Monday.', 'Chile'],
		['Peru freed two Bolivian detainees on Monday.', 'Bolivia'],
		['The release of the Ecuadorian hostages was welcomed.', 'Ecuador']
	])('reads a mission or captives of a people as their state: %s', (sentence, state) => {
		expect(
			mentions(sentence)
				.filter((m) => m.kind === 'country')
				.map((m) => m.name)
		).toContain(state);
	});

	it("keeps a title's country out of the participants", () => {
		const found = mentions('US President Joe Biden spoke.');
		expect(found.map((m) => m.kind)).toEqual(['name']);
	});

	it.each([
		["Chile's parliament approved the treaty.", 'institution'],
		['The Iraqi premier arrived.', 'reference'],
		['The two foreign ministers met.', 'reference'],
		['the Peruvian and Bolivian ministers', 'reference']
	])('%s → %s', (sentence, kind) => {
		expect(mentions(sentence)[0].kind).toBe(kind);
	});

	it('finds gazetteer actors by any transliteration', () => {
		const gazetteer = parseGazetteer(
			'actors:\n  - name: Mohammad Bagher Ghalibaf\n    kind: person\n    country: Iran\n',
			'test.yaml'
		);
		const found = mentions('Speaker Mohammad Baqer Qalibaf said.', lexiconFor(gazetteer));
		expect(found[0]).toMatchObject({ name: 'Mohammad Baqer Qalibaf', role: 'Speaker' });
	});
});

describe('findMentions: a group adjective stands for its member states', () => {
	const countries = (sentence: string) =>
		findMentions(sentence, tokenize(sentence), lexicon)
			.filter((m): m is Extract<Mention, { kind: 'country' }> => m.kind === 'country')
			.map((m) => m.actor.name);
	it.each([
		['The three Baltic prime ministers will meet next week.', ['Estonia', 'Latvia', 'Lithuania']],
		['Ministers said the Scandinavian governments protested.', ['Denmark', 'Norway', 'Sweden']],
		['The Nordic countries agreed.', ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']],
		// Not before a group of officials or states: a sea, a place.
		['Ships crossed the Baltic Sea on Monday.', []],
		['A storm hit the Gulf coast.', []]
	])('%s', (sentence, names) => {
		expect(countries(sentence)).toEqual(names);
	});
});

describe('findMentions: bodies named by their head noun', () => {
	it.each([
		[
			'Envoys of the Economic Community of Coastal States met.',
			'Economic Community of Coastal States'
		],
		['The Southern Lakes Forum condemned the vote.', 'Southern Lakes Forum'],
		[
			'Officials of the Association of Highland Nations arrived.',
			'Association of Highland Nations'
		],
		['The Regional Development Bank approved a loan.', 'Regional Development Bank']
	])('%s', (sentence, name) => {
		expect(mentions(sentence).map((m) => m.name)).toContain(name);
	});
});

describe('findMentions: an office owned by a named state', () => {
	const descriptions = (sentence: string) => {
		const tokens = tokenize(sentence);
		return findMentions(sentence, tokens, lexicon).map((m) =>
			m.kind === 'reference'
				? `reference:${m.countries.join('+')}`
				: m.kind === 'country'
					? `country:${m.actor.name}`
					: m.kind
		);
	};
	it.each([
		["Norway's foreign minister will fly to Quito.", ['reference:Norway']],
		["South Korea's top diplomat arrived.", ['reference:South Korea']],
		['The president of Ghana spoke.', ['reference:Ghana']],
		['The foreign ministers of Chile and Peru met.', ['reference:Chile+Peru']],
		['The leaders of the three Baltic states met.', ['reference:Estonia+Latvia+Lithuania']],
		// A named office holder: the state is the title's.
		["Norway's foreign minister Ingrid Dahl spoke.", ['name']],
		// "of" a body, not a state.
		['The ministers of the Andean Community met.', ['reference:', 'name']],
		// An office's field, when a state says whose office it is.
		['The Kenyan energy minister spoke.', ['reference:Kenya']],
		['The Chilean defence secretary spoke.', ['reference:Chile']],
		['The Samoan fisheries minister spoke.', ['reference:Samoa']],
		['The Samoan and Tongan fisheries ministers met.', ['reference:Samoa+Tonga']],
		['The Samoan fishing boats left.', []],
		['The regional health minister spoke.', []]
	])('%s', (sentence, expected) => {
		expect(descriptions(sentence)).toEqual(expected);
	});
});

describe('findMentions: a capital named with its state', () => {
	it('is a place, not someone called "City"', () => {
		const tokens = tokenize('The talks resume in Kuwait City on Monday.');
		const found = findMentions('The talks resume in Kuwait City on Monday.', tokens, lexicon);
		expect(found.filter((m) => m.kind === 'name')).toEqual([]);
	});
});

describe('findMentions: a ministry of a named state', () => {
	const institutions = (sentence: string) => {
		const tokens = tokenize(sentence);
		return findMentions(sentence, tokens, lexicon).flatMap((m) =>
			m.kind === 'institution'
				? [`${m.institution}:${m.country ?? '-'}`]
				: m.kind === 'name' && !m.personal
					? [`${m.name}:${m.country ?? '-'}`]
					: []
		);
	};
	it.each([
		['The Kenyan energy ministry said on Monday.', ['Ministry of Energy:Kenya']],
		['The Chilean senate approved it.', ['senate:Chile']],
		["Peru's congress voted on it.", ['congress:Peru']],
		// A chamber or its members by any common name.
		['Chilean deputies rejected it.', ['parliament:Chile']],
		['The Bolivian national assembly adopted it.', ['parliament:Bolivia']],
		["Peru's lower house passed it.", ['parliament:Peru']],
		['Chilean MPs approved it.', ['parliament:Chile']],
		["Chile's parliamentary foreign affairs committee backed it.", ['parliament:Chile']],
		['The Peruvian foreign relations committee backed it.', ['parliament:Peru']],
		['They met at the Chilean parliament building.', []],
		["Chile's mining ministry issued rules.", ['Ministry of Mining:Chile']],
		[
			"Peru's ministry of trade and tourism said it agreed.",
			['Ministry of Trade and Tourism:Peru']
		],
		['Officials from the health ministry met them.', ['Ministry of Health:-']],
		['The Bolivian Ministry of Energy signed it.', ['Bolivian Ministry of Energy:Bolivia']],
		// Not a ministry's field: the ministry alone, or the fixed ones.
		['The ministry said on Monday.', []],
		["Ghana's foreign ministry said so.", ['Ministry of Foreign Affairs:Ghana']]
	])('%s', (sentence, expected) => {
		expect(institutions(sentence)).toEqual(expected);
	});
});

describe('findMentions: a titled name and its state', () => {
	const gazetteer = parseGazetteer(
		'actors:\n  - name: Enrique Vidal\n    kind: person\n    country: Spain\n    aliases: ["Vidal"]\n',
		'test.yaml'
	);
	it.each([
		// A known surname after another first name is someone else.
		['Her counterpart Luis Vidal held talks.', { name: 'Luis Vidal', country: null }],
		['Vidal held talks.', { name: 'Vidal', country: 'Spain' }],
		['President Ana Ruiz of Chile held talks.', { name: 'Ana Ruiz', country: 'Chile' }]
	])('%s', (sentence, expected) => {
		expect(mentions(sentence, lexiconFor(gazetteer))[0]).toMatchObject(expected);
	});

	it.each([
		['He met his Bolivian counterpart, Luis Quintero, on Monday.', 'Bolivia'],
		['He met the Peruvian envoy, Ana Salas, and the Chilean envoy.', 'Peru']
	])('gives a name the state of the office set off before it: %s', (sentence, country) => {
		const found = mentions(sentence).filter((m) => m.kind !== 'reference');
		expect(found[0]).toMatchObject({ kind: 'name', country });
	});

	it('opens no office after a comma and a conjunction', () => {
		const found = mentions('He met Luis Quintero, and the Peruvian envoy.');
		expect(found.map((m) => m.kind)).toEqual(['reference', 'name', 'reference']);
		expect(found[1]).toMatchObject({ text: 'Luis Quintero', role: null });
	});

	it('reads "her" before a titled name as its determiner, not a person', () => {
		expect(
			mentions('Ana Ruiz and her Bolivian counterpart Luis Mora met.').map((m) => m.kind)
		).toEqual(['name', 'name']);
	});
});

describe('findMentions: a state named by what it is', () => {
	it.each([
		['The kingdom recalled an envoy.', ['reference The kingdom']],
		['It met the Central Asian nation.', ['reference the Central Asian nation']],
		['The oil-rich Gulf state said so.', ['reference The oil-rich Gulf state']],
		// The state is named right after: its epithet is no actor of its own, nor a name.
		['The Himalayan nation of Bhutan said so.', ['country Bhutan']],
		// A place, not an actor.
		['It was held in the kingdom.', []],
		['The state media said so.', []],
		// Several states: the sides in mind.
		['The Andean neighbours met.', ['reference The Andean neighbours']],
		['The two neighbours met.', ['reference The two neighbours']]
	])('%s', (sentence, found) => {
		expect(mentions(sentence).map((m) => `${m.kind} ${m.name ?? m.text}`)).toEqual(found);
	});
});

describe('findMentions: a seat of government stands for its state', () => {
	it.each([
		['Downing Street condemned the attack.', ['country United Kingdom']],
		['The Elysee said so.', ['country France']],
		// Where something happened, not who did it.
		['They met at Downing Street.', ['reference They']]
	])('%s', (sentence, found) => {
		expect(mentions(sentence).map((m) => `${m.kind} ${m.name ?? m.text}`)).toEqual(found);
	});
});
