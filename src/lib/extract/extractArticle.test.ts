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
		expect(call && names(call)).toEqual(['Gabriela Fuentes', 'Luis Quispe', 'Chile', 'Peru']);
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

describe('extractArticle places when the story has no dateline', () => {
	const place = (headline: string) =>
		extractArticle(
			`${headline}\n\nColombian Foreign Minister Rosa Pardo met Ecuadorean Foreign Minister Mateo Vera on Monday to discuss the border crossing.`,
			meta('2024-03-12T09:00:00-05:00'),
			EMPTY_GAZETTEER
		)[0]?.place;

	it('files it from the one capital its headline names', () => {
		expect(place('Talks stall in Quito as border row deepens')).toBe('Quito, Ecuador');
	});

	it('files it from a dateline on a line of its own above the story', () => {
		expect(place('Border row deepens\nQUITO, March 12, 2024 (AW) -')).toBe('Quito, Ecuador');
	});

	it("places talks with only a mediating state named where the story is filed, not in that state's capital", () => {
		const [talks] = extractArticle(
			'QUITO - The talks, mediated by Chile, resumed on Monday after a pause.',
			meta('2024-03-12T09:00:00-05:00'),
			EMPTY_GAZETTEER
		);
		expect(talks.place).toBe('Quito, Ecuador');
	});

	it('files it nowhere when the headline names two capitals, or none', () => {
		expect(place('Quito rebuffs Bogota over border row')).toBeNull();
		expect(place('Border row deepens')).toBeNull();
	});
});

describe('extractArticle dates when the text gives none', () => {
	it('dates the undated news a report opens with by the publication day, approximately', () => {
		const body =
			'BOGOTA - Colombian Foreign Minister Rosa Pardo held talks with Ecuadorean Foreign Minister Mateo Vera.';
		const [event] = extractArticle(body, meta('2024-03-10T09:00:00-05:00'), EMPTY_GAZETTEER);
		expect(event.date).toMatchObject({ start: '2024-03-03', end: '2024-03-10', approximate: true });
		expect(event.place).toBe('Bogota, Colombia');
	});

	it('takes an undated act in a since-clause for the time the news is measured from, not news', () => {
		const body =
			'QUITO - The first talks between Colombian and Ecuadorean ministers since President Luis Tello took office opened in Quito on Tuesday.';
		const events = extractArticle(body, meta('2024-03-10T09:00:00-05:00'), EMPTY_GAZETTEER);
		expect(events.map((e) => [e.type, e.date.start])).toEqual([['meeting', '2024-03-05']]);
	});

	it('gives no day when the article has no publication date', () => {
		const body =
			'Colombian Foreign Minister Rosa Pardo met Ecuadorean Foreign Minister Mateo Vera on Tuesday.';
		const [event] = extractArticle(body, meta(null), EMPTY_GAZETTEER);
		expect(event.date.start).toBeNull();
	});

	it("dates what a live-blog entry tells by the entry's day, and a date it gives by that date", () => {
		const body = [
			'LIVE: Andean ministers in Quito',
			'Tuesday 7 May',
			'11:20',
			'Colombian Foreign Minister Rosa Pardo met Ecuadorean Foreign Minister Mateo Vera at the palace.',
			'Wednesday 8 May',
			'09:45',
			'Rosa Pardo held talks with Peruvian Foreign Minister Luis Tello.',
			'10:30',
			'Mateo Vera met Luis Tello on Monday.'
		].join('\n');
		const events = extractArticle(body, meta('2024-05-08T18:00:00-05:00'), EMPTY_GAZETTEER);
		expect(events.map((e) => [e.date.start, e.date.end])).toEqual([
			['2024-05-07', '2024-05-07'],
			['2024-05-08', '2024-05-08'],
			['2024-05-06', '2024-05-06']
		]);
		expect(events[0].date.explanation).toContain('live-blog entry posted at 11:20');
	});
});

describe('extractArticle: postponed and cancelled events', () => {
	const read = (body: string) =>
		extractArticle(body, meta('2024-05-10T18:00:00Z'), EMPTY_GAZETTEER);

	it('keeps the date first set, not the day of the decision, and says it was postponed', () => {
		const events = read(
			'Chilean Foreign Minister Rosa Pardo on Friday postponed a trip to Lima that had been planned for Sunday and Monday.'
		);
		const trip = events.find((e) => e.type === 'visit');
		expect(trip).toMatchObject({ status: 'postponed', planned: true });
		expect(trip?.date).toMatchObject({ start: '2024-05-12', end: '2024-05-13' });
	});

	it('gives a postponed event no date when the text gives only the day of the decision', () => {
		const events = read(
			'Chilean Foreign Minister Rosa Pardo on Friday postponed her trip to Lima.'
		);
		const trip = events.find((e) => e.type === 'visit');
		expect(trip?.status).toBe('postponed');
		expect(trip?.date.start).toBeNull();
	});

	it('marks the event told before when a later sentence says it was called off', () => {
		const events = read(
			'Chilean President Tomás Ledesma will visit Lima on May 20. The visit was called off on Thursday after floods.'
		);
		const visits = events.filter((e) => e.type === 'visit');
		expect(visits).toHaveLength(1);
		expect(visits[0]).toMatchObject({ status: 'cancelled', planned: false });
		expect(visits[0].date.start).toBe('2024-05-20');
		expect(visits[0].excerpts).toHaveLength(2);
	});

	it('keeps the new date of a postponed event', () => {
		const events = read(
			'The summit of Andean leaders, originally set for May 14, was pushed back to May 21.'
		);
		const summit = events.find((e) => e.type === 'meeting');
		expect(summit).toMatchObject({
			status: 'postponed',
			rescheduled: { start: '2024-05-21', end: '2024-05-21', text: 'May 21' }
		});
		expect(summit?.date.start).toBe('2024-05-14');
	});

	it('tells no outcome for an event that was not postponed', () => {
		const events = read('The summit of Andean leaders was not postponed and opened on Thursday.');
		expect(events.every((e) => e.status === undefined)).toBe(true);
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
		expect(event.participants.map((p) => p.id)).toEqual([
			'rosa-pardo',
			'hossein-amir-abdollahian',
			'chile',
			'iran'
		]);
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
