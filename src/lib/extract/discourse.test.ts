import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names, personNames } from './testSentence';

describe('the story in mind (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('reads "the president" opening a clause as the story\'s subject', () => {
		const events = read(
			'On Monday, Chilean President Tomás Ledesma called on Peruvian President Luis Vera in Lima. Before leaving Peru, the president met Bolivian President Ana Ruiz on Sunday.'
		);
		const second = events.find((e) => names(e).includes('Ana Ruiz'));
		expect(second && personNames(second)).toEqual(['Tomás Ledesma', 'Ana Ruiz']);
	});
});

describe('the story in mind (published 2024-05-18)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-18T14:00:00Z');

	it('reads "the two leaders" as the pair met, titled or not', () => {
		const events = read(
			'The presidents of Venezuela and Guyana met on Thursday in Kingstown. Nicolás Maduro and Irfaan Ali shook hands before talks hosted by Prime Minister Ralph Gonsalves. The two leaders will meet again in Brazil within three months.'
		);
		const planned = events.find((e) => e.planned);
		expect(planned && names(planned)).toEqual(
			expect.arrayContaining(['Nicolás Maduro', 'Irfaan Ali'])
		);
		expect(planned && names(planned)).not.toContain('Ralph Gonsalves');
	});
});

describe('"they" after a body or several states (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it.each([
		[
			'The Andean Community condemned the vote on Sunday. They urged all sides to restore calm on Monday.',
			['Andean Community']
		],
		[
			'Chile and Peru protested on Sunday. They recalled their ambassadors on Monday.',
			['Chile', 'Peru']
		]
	])('%s', (body, speakers) => {
		const second = read(body).find((e) => e.date.start === '2024-05-06');
		expect(second && names(second)).toEqual(speakers);
	});
});

describe("an untitled ruling body stands for the story's state (published 2024-05-10)", () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it.each([
		'The officers announced the takeover on state television on Sunday.',
		'The military announced a curfew on Sunday.',
		'The junta announced a curfew on Sunday.'
	])('%s', (second) => {
		const events = read(`President Ana Ruiz of Peru was re-elected on Saturday.\n\n${second}`);
		const sunday = events.find((e) => e.date.start === '2024-05-05');
		expect(sunday && names(sunday)).toEqual(['Peru']);
	});

	it('takes the state of the place that opens its sentence, else of a state named before it', () => {
		const events = read(
			'President Ana Ruiz of Peru was re-elected on Saturday.\n\nIn Quito, the ruling junta expelled the Chilean ambassador on Sunday.\n\nBolivia’s army chief said on Monday that the junta had closed the border.'
		);
		const sunday = events.find((e) => e.date.start === '2024-05-05');
		expect(sunday && names(sunday)).toEqual(['Ecuador', 'Chile']);
		const monday = events.find((e) => e.date.start === '2024-05-06');
		expect(monday && names(monday)).toContain('Bolivia');
	});

	it('takes "the bloc" for a body of several states, never for a ministry of one', () => {
		const events = read(
			"Peru's foreign ministry said on Friday that talks would resume.\n\nThe bloc's leaders met in Quito on Saturday."
		);
		const saturday = events.find((e) => e.date.start === '2024-05-04');
		expect(saturday && names(saturday)).not.toContain('Peruvian Ministry of Foreign Affairs');
	});
});

describe('"its" before an office is the state named before it (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it('takes the state of the sentence before, not a capital named after the office', () => {
		const events = read(
			'Bolivia applied to join the bloc in 2011.\n\nIn 2019, its foreign minister visited Lima.'
		);
		const visit = events.find((e) => e.type === 'visit');
		expect(visit && names(visit)).toEqual(['Bolivia', 'Peru']);
	});
});

describe('an unqualified institution after a state named in its sentence (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it("takes the state just named, not the story's", () => {
		const events = read(
			"President Ana Ruiz of Peru spoke in Lima on Monday. Peru's neighbours were divided.\n\nChile's cabinet had signed off on the mission in October, and parliament approved it on 16 November."
		);
		const vote = events.find((e) => e.type === 'legislation');
		expect(vote && names(vote)).toEqual(['Chilean parliament', 'Chile']);
	});

	it('takes the state of an office named before it in the sentence', () => {
		const events = read(
			"President Ana Ruiz of Peru spoke in Lima on Monday.\n\nChile's new president was sworn in before parliament on Tuesday."
		);
		const oath = events.find((e) => e.type === 'other');
		expect(oath && names(oath)).toContain('Chilean parliament');
		expect(oath && names(oath)).not.toContain('Peruvian parliament');
	});
});

describe('"the two sides" with no event in mind are the states the story is about (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it.each([
		'The two delegations met again in Lima on Monday.',
		'The two sides met again in Lima on Monday.',
		'Foreign ministers of the two countries spoke by phone on Monday.'
	])('%s', (second) => {
		const events = read(`Chile and Bolivia agreed on Sunday to reopen their border.\n\n${second}`);
		const monday = events.find((e) => e.date.start === '2024-05-06');
		expect(monday && names(monday)).toEqual(expect.arrayContaining(['Chile', 'Bolivia']));
	});
});

describe('"the three countries" after a scene of two take the state named before it (published 2024-05-10)', () => {
	it('counts in the state of the minister named earlier', () => {
		const events = extractWithoutGazetteer(
			[
				'Chilean Foreign Minister Ana Ruiz met her Bolivian counterpart Luis Mora in Santiago on Monday.',
				'On Tuesday, Mora flew to Lima for talks with Peruvian Foreign Minister Rosa Quispe.',
				'Quispe told reporters the three countries would meet again in June.'
			].join('\n\n'),
			'2024-05-10T12:00:00Z'
		);
		const plan = events.find((e) => e.planned && e.type === 'meeting');
		expect(plan && names(plan)).toEqual(expect.arrayContaining(['Bolivia', 'Peru', 'Chile']));
	});
});

describe('"their" in an opening phrase points forward to the main subject (published 2024-05-10)', () => {
	it('takes the ministers named after the phrase, not the people of the sentence before', () => {
		const events = extractWithoutGazetteer(
			[
				'Fijian Prime Minister Sitiveni Rabuka met Tongan Prime Minister Siaosi Sovaleni in Suva on Monday.',
				'At their meeting in Apia on Tuesday, the Samoan and Australian foreign ministers agreed to share fisheries data.'
			].join('\n\n'),
			'2024-05-10T12:00:00Z'
		);
		const tuesday = events.find((e) => e.type === 'meeting' && e.date.start === '2024-05-07');
		expect(tuesday && names(tuesday)).toEqual(expect.arrayContaining(['Samoa', 'Australia']));
		expect(tuesday && names(tuesday)).not.toContain('Sitiveni Rabuka');
	});
});

describe('"both sides" after a scene with one side are the last two parties (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it('takes the two leaders who met, not the visitor and his own state', () => {
		const events = read(
			[
				'President Ana Ruiz of Chile and her Bolivian counterpart Luis Mora held talks in Santiago on Thursday.',
				'Mora had arrived in the Chilean capital on Wednesday.',
				'Both sides agreed on Thursday to reopen two border crossings.'
			].join('\n\n')
		);
		const agreement = events.find((e) => e.type === 'agreement');
		expect(agreement && names(agreement)).toEqual(
			expect.arrayContaining(['Ana Ruiz', 'Luis Mora'])
		);
	});
});

describe('a state named by what it is (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it.each([
		['The kingdom signed a fisheries deal with Samoa on Wednesday.', ['Tonga', 'Samoa']],
		// Both are island nations: the one seen last.
		['The island nation signed a fisheries deal with Samoa on Wednesday.', ['Tonga', 'Samoa']],
		// Several states described: the sides of the story.
		['The Pacific neighbours signed a fisheries deal on Wednesday.', ['Fiji', 'Tonga']],
		// "host" in the epithet is no act of hosting that would take the deal's partner.
		['Samoa signed a fisheries deal with the host country on Wednesday.', ['Samoa', 'Fiji']]
	])('%s', (second, parties) => {
		const events = read(
			`SUVA - Fijian Prime Minister Ratu Vanua hosted Tongan King Tupou Lavaka in Suva on Monday.\n\n${second}`
		);
		const deal = events.find((e) => e.type === 'agreement');
		expect(deal && names(deal)).toEqual(expect.arrayContaining(parties));
	});
});

describe('a guest or a cleric described, not named (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it.each([
		// No visitor named: the side of the meeting that is not the host (the dateline's state).
		[
			"ACCRA - Ghana's foreign minister met his Togolese counterpart in Accra on Monday.\n\nThe visiting minister met President Kofi Mensah on Wednesday.",
			'Togo'
		],
		[
			'Patriarch Anton Gelashvili arrived in Tbilisi on Monday.\n\nThe patriarch met President Nino Beridze on Wednesday.',
			'Anton Gelashvili'
		],
		[
			'Pope Amadeo arrived in Ulaanbaatar on Monday.\n\nThe pontiff met President Bat Erdene on Wednesday.',
			'Amadeo'
		]
	])('%s', (body, guest) => {
		const wednesday = read(body).find((e) => e.date.start === '2024-05-08');
		expect(wednesday && names(wednesday)).toContain(guest);
	});
});
