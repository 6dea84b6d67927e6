import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER, parseGazetteer } from '../actors/gazetteer';
import { publicationFromIso } from '../dates';
import type { ArticleMeta, EventMention } from '../types';
import { extractArticle } from './extractArticle';

const BODY = [
	'ANDES WIRE | Politics | Region',
	'',
	'Ledesma and Sosa agree to reopen border crossings',
	'',
	'Tuesday, 4 June 2024 10:15 GMT',
	'',
	'SANTIAGO - Chilean President Tomás Ledesma met Argentine President Ana Sosa at the Moneda Palace on Monday, the first visit by an Argentine head of state in six years.',
	'',
	'During the meeting, the two leaders discussed trade and the reopening of mountain passes.',
	'',
	'Ledesma said the talks had been "frank and useful". He expressed hope that trade would double by 2030.',
	'',
	'The two sides later signed three agreements on energy, mining and customs.',
	'',
	'Sosa is due to travel to Valparaiso on Wednesday, where she will be received by Congress speaker Raúl Mena.',
	'',
	'Ledesma did not meet opposition leaders.',
	'',
	'Chilean Foreign Minister Gabriela Fuentes spoke by phone with her Peruvian counterpart Luis Quispe yesterday.',
	'',
	'Related',
	'Fuentes meets Argentine counterpart in Mendoza',
	'',
	'Subscribe to our newsletter'
].join('\n');

function meta(iso: string | null): ArticleMeta {
	return {
		title: null,
		outlet: null,
		url: null,
		language: 'en',
		publication: iso ? publicationFromIso(iso, 'front-matter') : null
	};
}

function names(event: EventMention): string[] {
	return event.participants.map((p) => p.name);
}

describe('extractArticle on an article about people no gazetteer lists', () => {
	const events = extractArticle(BODY, meta('2024-06-04T10:15:00Z'), EMPTY_GAZETTEER);

	it('keeps every excerpt traceable to the body', () => {
		for (const event of events) {
			for (const excerpt of event.excerpts) {
				expect(BODY.slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
			}
		}
	});

	it('finds the meeting with names, roles, place, date and its remarks as excerpts', () => {
		const meeting = events.find(
			(e) =>
				e.type === 'meeting' && names(e).includes('Ana Sosa') && names(e).includes('Tomás Ledesma')
		);
		expect(meeting).toBeDefined();
		expect(meeting?.planned).toBe(false);
		expect(meeting?.date).toMatchObject({ start: '2024-06-03', end: '2024-06-03' });
		expect(meeting?.place).toBe('Moneda Palace, Santiago, Chile');
		expect(meeting?.participants.find((p) => p.name === 'Ana Sosa')?.role).toBe(
			'Argentine President'
		);
		expect(meeting?.participants.find((p) => p.name === 'Tomás Ledesma')?.id).toBe('tomas-ledesma');
		expect(meeting?.excerpts[0].text).toMatch(/^Chilean President Tomás Ledesma met/);
		const remarks = meeting?.excerpts.map((e) => e.text).join('\n') ?? '';
		expect(remarks).toContain('During the meeting, the two leaders discussed');
		expect(remarks).toContain('Ledesma said the talks');
		expect(meeting?.title).toBe('Tomás Ledesma meets Ana Sosa in Moneda Palace');
	});

	it('dates the later signing by the meeting it follows', () => {
		const signing = events.find((e) => e.type === 'agreement');
		expect(signing && names(signing)).toEqual(
			expect.arrayContaining(['Tomás Ledesma', 'Ana Sosa'])
		);
		expect(signing?.date).toMatchObject({ start: '2024-06-03', derivation: 'same-as-other-event' });
	});

	it('extracts the planned reception, not a separate trip, and no negated meeting', () => {
		const planned = events.filter((e) => e.planned);
		expect(planned.map((e) => [e.type, e.place, e.date.start])).toEqual([
			['meeting', 'Valparaiso', '2024-06-05']
		]);
		expect(events.some((e) => e.excerpts[0].text.includes('did not meet'))).toBe(false);
	});

	it('finds the phone call with the counterpart named only by role', () => {
		const call = events.find((e) => e.type === 'phone_call');
		expect(call && names(call)).toEqual(['Gabriela Fuentes', 'Luis Quispe']);
		expect(call?.date).toMatchObject({ start: '2024-06-03', end: '2024-06-03' });
	});

	it('takes no event from the headline, hopes or the related-stories list', () => {
		expect(events).toHaveLength(4);
		expect(
			events
				.flatMap((e) => e.excerpts)
				.some((x) => /Mendoza|newsletter|agree to reopen/.test(x.text))
		).toBe(false);
	});
});

describe('extractArticle dates when the text gives none', () => {
	it('says an undated event was reported by the publication day, approximately', () => {
		const body =
			'BOGOTA - Colombian Foreign Minister Rosa Pardo held talks with Ecuadorean Foreign Minister Mateo Vera.';
		const [event] = extractArticle(body, meta('2024-03-10T09:00:00-05:00'), EMPTY_GAZETTEER);
		expect(event.date).toMatchObject({ start: '2024-03-03', end: '2024-03-10', approximate: true });
		expect(event.place).toBe('Bogota, Colombia');
	});

	it('gives no day when the article has no publication date', () => {
		const body =
			'Colombian Foreign Minister Rosa Pardo met Ecuadorean Foreign Minister Mateo Vera on Tuesday.';
		const [event] = extractArticle(body, meta(null), EMPTY_GAZETTEER);
		expect(event.date.start).toBeNull();
	});
});

describe('extractArticle with a gazetteer', () => {
	it('matches gazetteer people in any transliteration and uses their canonical names', () => {
		const gazetteer = parseGazetteer(
			'actors:\n  - name: Hossein Amir-Abdollahian\n    kind: person\n    country: Iran\n    roles: [Foreign Minister]\n',
			'test.yaml'
		);
		const body =
			'Chilean Foreign Minister Rosa Pardo met Hossein Amirabdollahian in Santiago on Monday.';
		const [event] = extractArticle(body, meta('2024-03-12T09:00:00Z'), gazetteer);
		expect(event.participants.map((p) => p.id)).toEqual(['rosa-pardo', 'hossein-amir-abdollahian']);
	});
});

describe('extractArticle: legislatures, bodies and the acts that go with them', () => {
	const read = (body: string) =>
		extractArticle(body, meta('2024-03-12T18:00:00Z'), EMPTY_GAZETTEER);

	it('sits a legislature in its capital, names its state and tells one vote once', () => {
		const events = read(
			"Peru's parliament on Monday ratified the border treaty with Chile. Members of the Peruvian legislature voted 98 to 12 in favour of the text."
		);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ type: 'legislation', place: 'Lima, Peru' });
		expect(names(events[0])).toEqual(expect.arrayContaining(['Peru', 'Chile']));
		expect(events[0].excerpts).toHaveLength(2);
	});

	it('takes a state that ratifies as acting through its legislature', () => {
		const [event] = read('Bolivia ratified the treaty in January after months of debate.');
		expect(event).toMatchObject({ type: 'legislation', place: 'La Paz, Bolivia' });
	});

	it('lets a body with no person named act for its state', () => {
		const [event] = read(
			"Ecuador's cabinet held an emergency meeting in Quito on Tuesday morning."
		);
		expect(names(event)).toEqual(expect.arrayContaining(['Ecuador']));
	});

	it("keeps the words that go with an act inside it, and an envoy's post is no place", () => {
		const events = read(
			'Bolivia recalled its ambassador to Chile on Monday and declared the agreement null and void.'
		);
		expect(events.map((e) => e.type)).toEqual(['other']);
		expect(events[0].place).toBeNull();
	});

	it('sends no one travelling when a thing is the subject', () => {
		const events = read(
			"Chile's parliament approved the bill on Monday. The law now goes to Chile's newly elected president, Ana Ruiz, for her signature."
		);
		expect(events.map((e) => e.type)).toEqual(['legislation']);
	});

	it('reads a relative clause as about the name before an appositive', () => {
		const events = read(
			'President Luis Vera met Ana Ruiz on Monday. Vera hands power on Tuesday to Mateo Salas, a fierce critic of the Ruiz government, who will be sworn in at a ceremony in Lima.'
		);
		const handover = events.find((e) => e.type === 'other');
		expect(handover && names(handover)).toEqual(['Luis Vera', 'Mateo Salas']);
	});

	it('places a statement by an opening phrase', () => {
		const [event] = read(
			'In Lima, Peruvian Foreign Minister Ana Sosa told Radio Andina on Sunday that there had been no plot.'
		);
		expect(event).toMatchObject({ type: 'statement', place: 'Lima, Peru' });
	});

	it('splits a courtesy call from the talks held after it', () => {
		const events = read(
			'On Monday morning, Chilean President Tomás Ledesma called on Governor-General Ana Ruiz at Government House before holding talks with Prime Minister Luis Vera.'
		);
		expect(events.map((e) => names(e))).toEqual([
			['Tomás Ledesma', 'Ana Ruiz'],
			['Tomás Ledesma', 'Luis Vera']
		]);
	});

	it('keeps meetings of one chair with two bodies apart', () => {
		const events = read(
			'Prime Minister Luis Vera chaired a meeting of the National Security Committee in Lima on Monday. Vera also summoned a special meeting of the National Command Authority for Wednesday.'
		);
		expect(events.filter((e) => e.type === 'meeting')).toHaveLength(2);
	});
});

describe('extractArticle: stays, anchors and who "the president" is', () => {
	const read = (body: string) =>
		extractArticle(body, meta('2024-05-08T18:00:00Z'), EMPTY_GAZETTEER);

	it('spans a stay whose length the arrival sentence gives', () => {
		const [visit] = read(
			'Chilean President Tomás Ledesma arrived in Lima on Tuesday at the start of a three-day state visit to Peru.'
		);
		expect(visit.date).toMatchObject({
			start: '2024-05-07',
			end: '2024-05-09',
			precision: 'range'
		});
	});

	it('dates "the day before" from the event just told, even one before the lead', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Argentine President Ana Sosa in Santiago on Monday. Ledesma had spoken by phone with Peruvian President Luis Vera on May 2. The day before, Chilean and Peruvian officials signed a fisheries agreement in Lima.'
		);
		const deal = events.find((e) => e.type === 'agreement');
		expect(deal?.date).toMatchObject({ start: '2024-05-01', derivation: 'same-as-other-event' });
	});

	it('keeps bilateral talks apart from the summit the same leaders held', () => {
		const events = read(
			'Chilean President Tomás Ledesma co-chaired the Andean summit with Peruvian President Luis Vera on Monday. On Monday afternoon, Ledesma held bilateral talks with Vera on trade.'
		);
		expect(events.filter((e) => e.type === 'meeting')).toHaveLength(2);
	});

	it('places what a visitor does after landing where the story is filed', () => {
		const events = read(
			'Quito: Chilean President Tomás Ledesma landed in Quito on Sunday evening. On Monday, Ledesma co-chaired a summit with Ecuadorean President Ana Ruiz. Ledesma left for Lima later on Monday. He will hold talks with Peruvian President Luis Vera on Wednesday.'
		);
		const summit = events.find((e) => e.type === 'meeting' && names(e).includes('Ana Ruiz'));
		expect(summit?.place).toBe('Quito, Ecuador');
		const planned = events.find((e) => e.planned);
		expect(planned?.place).toBe('Lima, Peru');
	});

	it('reads "the president" opening a clause as the story\'s subject', () => {
		const events = read(
			'On Monday, Chilean President Tomás Ledesma called on Peruvian President Luis Vera in Lima. Before leaving Peru, the president met Bolivian President Ana Ruiz on Sunday.'
		);
		const second = events.find((e) => names(e).includes('Ana Ruiz'));
		expect(second && names(second)).toEqual(['Tomás Ledesma', 'Ana Ruiz']);
	});

	it('takes the place a movement verb names as its object', () => {
		const [visit] = read('Peruvian President Luis Vera reached Cusco on Monday.');
		expect(visit).toMatchObject({ type: 'visit', place: 'Cusco' });
	});
});

describe('extractArticle: several events in one sentence, and who speaks at which', () => {
	const read = (body: string) =>
		extractArticle(body, meta('2024-12-30T18:00:00Z'), EMPTY_GAZETTEER);

	it('gives each event of a list its own participants, place and day', () => {
		const events = read(
			'Senior Chilean and Peruvian officials are scheduled to meet in Santiago on Jan. 10, followed by a session of the Andean Security Council in Quito on Jan. 12 and talks at the Pacific Fisheries Commission in Lima the next day.'
		);
		expect(events.map((e) => [e.place, e.date.start, names(e)])).toEqual([
			['Santiago, Chile', '2025-01-10', ['Chile', 'Peru']],
			['Quito, Ecuador', '2025-01-12', ['Chile', 'Peru', 'Andean Security Council']],
			['Lima, Peru', '2025-01-13', ['Chile', 'Peru', 'Pacific Fisheries Commission']]
		]);
	});

	it('splits briefings given separately and hands each speaker his own', () => {
		const events = read(
			'Chilean President Tomás Ledesma and Argentine President Ana Sosa met in Santiago on Monday. Uruguayan President Luis Vera welcomed both leaders at the palace. The leaders then briefed the media separately. Sosa, who spoke first, called the talks constructive. Ledesma told his own news conference that the tone had been good.'
		);
		const briefings = events.filter((e) => e.type === 'press_conference');
		expect(briefings.map((e) => names(e))).toEqual([['Tomás Ledesma'], ['Ana Sosa']]);
		const [ledesma, sosa] = briefings.map((e) => e.excerpts.map((x) => x.text).join(' '));
		expect(sosa).toContain('Sosa, who spoke first');
		expect(sosa).not.toContain('his own news conference');
		expect(ledesma).toContain('his own news conference');
	});

	it('takes a ceremony hosted by someone as the setting of the signing', () => {
		const events = read(
			'Chilean Foreign Minister Rosa Pardo and Peruvian Foreign Minister Mateo Vera signed the accords in Lima last month in a ceremony hosted by President Ana Ruiz.'
		);
		expect(events.map((e) => e.type)).toEqual(['agreement']);
	});
});

describe('extractArticle: first mentions, named gatherings and pairs', () => {
	const read = (body: string) =>
		extractArticle(body, meta('2024-05-18T14:00:00Z'), EMPTY_GAZETTEER);

	it('takes a dated "the … summit" with nothing before it as the summit itself', () => {
		const events = read(
			'Chilean President Tomás Ledesma and the leaders of Peru and Bolivia signed the Lima Declaration on Friday at the close of the first Andean summit.'
		);
		expect(events.map((e) => e.type).sort()).toEqual(['agreement', 'meeting']);
	});

	it('does not count "the same day" of a past event from a plan just mentioned', () => {
		const events = read(
			'Chilean President Tomás Ledesma and the leaders of Peru and Bolivia signed the Lima Declaration on Friday at the close of the first Andean summit. Ledesma said Chile would host the next summit in 2025. The gathering opened on the same day as the Pacific Alliance Council summit in Quito.'
		);
		const other = events.find((e) => names(e).includes('Pacific Alliance Council'));
		expect(other?.date.start).toBe('2024-05-17');
	});

	it('keeps a named gathering apart from the talks told before', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. The talks came a day before the Pacific Alliance Council summit in Quito.'
		);
		const summit = events.find((e) => names(e).includes('Pacific Alliance Council'));
		expect(summit?.date.start).toBe('2024-05-14');
	});

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

describe('extractArticle on frames the surface rules did not know', () => {
	const body = [
		'Kenyan forces killed militia commander Omar Dasht in a drone strike at Lumen airport on Friday.',
		'',
		'Militia leader Idris Fahl was killed by Kenyan troops early on Saturday.',
		'',
		'The navy launched a dozen cruise missiles at two air bases on Thursday.',
		'',
		'Lawmakers voted in favour of a resolution on Wednesday condemning the blockade.',
		'',
		'The pontiff is due in Mombasa on Sunday.',
		'',
		'The summit, the first in five years, ended in Nairobi without a communiqué.',
		'',
		'The two leaders did not meet in 2008.'
	].join('\n');
	const events = extractArticle(body, meta('2024-03-09T10:00:00Z'), EMPTY_GAZETTEER);
	const from = (words: string) => events.filter((e) => e.excerpts[0].text.includes(words));

	it('titles an attack by voice: agent, act, patient, place', () => {
		expect(from('Omar Dasht')[0].title).toBe('Kenya kills Omar Dasht at Lumen airport');
		expect(from('Idris Fahl')[0].title).toBe('Kenya kills Idris Fahl');
	});

	it.each([
		['cruise missiles', 'attack', '2024-03-07'],
		['voted in favour', 'legislation', '2024-03-06'],
		['pontiff', 'visit', '2024-03-10'],
		['The summit', 'meeting', null]
	])('keeps the event stated by "%s" although no actor is named', (words, type, start) => {
		const [event] = from(words);
		expect(event?.type).toBe(type);
		if (start) expect(event.date.start).toBe(start);
	});

	it('takes no event from a negated verb', () => {
		expect(from('did not meet')).toEqual([]);
	});
});
