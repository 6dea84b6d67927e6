import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer } from '../testSentence';

describe('the receive frame (published 2024-12-30)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-12-30T18:00:00Z');

	it('takes a ceremony hosted by someone as the setting of the signing', () => {
		const events = read(
			'Chilean Foreign Minister Rosa Pardo and Peruvian Foreign Minister Mateo Vera signed the accords in Lima last month in a ceremony hosted by President Ana Ruiz.'
		);
		expect(events.map((e) => e.type)).toEqual(['agreement']);
	});
});

describe('who meets in the receive frame (published 2024-12-30)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-12-30T18:00:00Z');
	const rows: [string, string, string[]][] = [
		[
			'A delegation of the Andean Community was received by President Ana Ruiz at the palace on Monday.',
			'meeting',
			['Andean Community', 'Ana Ruiz']
		],
		[
			'Chilean Foreign Minister Rosa Pardo was received on the tarmac by President Ana Ruiz on Monday.',
			'visit',
			['Rosa Pardo', 'Ana Ruiz']
		],
		[
			'President Ana Ruiz received Chilean Foreign Minister Rosa Pardo on Monday.',
			'meeting',
			['Ana Ruiz', 'Rosa Pardo']
		],
		// Offices nobody names stand for their states, on either side of the verb.
		[
			'The president of Ghana hosted his Bolivian counterpart at the palace on Monday.',
			'meeting',
			['Ghana', 'Bolivia']
		],
		['Peru hosted the Chilean foreign minister on Monday.', 'meeting', ['Peru', 'Chile']],
		// A state named with a group of its people comes as those people, "from" it or before it.
		['Bolivian mediators hosted delegations from Peru on Monday.', 'meeting', ['Bolivia', 'Peru']],
		['Chilean officials received a Peruvian delegation on Monday.', 'meeting', ['Chile', 'Peru']],
		[
			'President Ana Ruiz received the Chilean delegation on Monday.',
			'meeting',
			['Ana Ruiz', 'Chile']
		],
		// Guests the story names by no name it knows: the dated reception by a named host is kept.
		[
			"The bloc's two mediators were received by President Ana Ruiz at the palace on Monday.",
			'meeting',
			['Ana Ruiz']
		],
		[
			"Fiji's prime minister hosted the Tongan king in Suva on Monday.",
			'meeting',
			['Fiji', 'Tonga']
		],
		[
			'Brazil played host to the Bolivian president on Wednesday.',
			'meeting',
			['Brazil', 'Bolivia']
		],
		['Chile will host the Peruvian foreign minister next week.', 'meeting', ['Chile', 'Peru']],
		// A state named as such is a guest when it is hosted for talks.
		['Kenya hosted Uganda for talks on border security on Monday.', 'meeting', ['Kenya', 'Uganda']],
		// An envoy's credentials are received from the envoy in person.
		[
			"President Ana Ruiz received the Togolese envoy's credentials on Tuesday.",
			'meeting',
			['Ana Ruiz', 'Togo']
		],
		// What is received from someone is no guest; a call received is a call.
		[
			'The Kenyan president received a phone call from his Malawian counterpart on Monday.',
			'phone_call',
			['Kenya', 'Malawi']
		]
	];
	it.each(rows)('%s', (body, type, names) => {
		const events = read(body);
		expect(events.map((e) => e.type)).toEqual([type]);
		expect(events[0].participants.map((p) => p.name)).toEqual(expect.arrayContaining(names));
	});

	it('takes a state hosted for no talks as no guest', () => {
		expect(read('Kenya hosted Uganda in a friendly match on Monday.')).toEqual([]);
	});

	it.each([
		'Uruguay refused to host the Bolivian delegation on Monday.',
		'The Zambian president did not receive the Malawian envoy on Monday.',
		'President Ana Ruiz received a letter from the Malawian president on Monday.',
		'Jordan hosts thousands of Syrian refugees.'
	])('finds no meeting in: %s', (body) => {
		expect(read(body).map((e) => e.type)).not.toContain('meeting');
	});

	it('does not make an organisation welcoming a thing a meeting', () => {
		expect(
			read('The Andean Community welcomed the ruling by President Ana Ruiz on Monday.').map(
				(e) => e.type
			)
		).not.toContain('meeting');
	});
});

describe('the guest is the object of the host verb (published 2024-12-30)', () => {
	it('reads no meeting when the object is a thing and the person speaks after a quote', () => {
		const events = extractWithoutGazetteer(
			'"Peru welcomes its constructive role in the region," the Peruvian foreign minister told reporters on Monday.',
			'2024-12-30T18:00:00Z'
		);
		expect(events.map((e) => e.type)).not.toContain('meeting');
	});
});

describe("a welcome at the airport is the guest's visit (published 2024-12-30)", () => {
	it('takes the passive subject as the one arriving', () => {
		const [visit] = extractWithoutGazetteer(
			'Foreign Minister Rosa Pardo was welcomed at the airport in Lima by President Ana Ruiz on Monday.',
			'2024-12-30T18:00:00Z'
		);
		expect(visit).toMatchObject({ type: 'visit', title: 'Rosa Pardo visits Lima' });
	});
});
