import { describe, expect, it } from 'vitest';
import type { EventType, Participant } from '../types';
import { assignEventIds, eventSlug, slugify } from './eventSlug';

const person = (name: string): Participant => ({ id: slugify(name), name, kind: 'person' });
const country = (name: string): Participant => ({ id: slugify(name), name, kind: 'country' });

function event(
	start: string | null,
	type: EventType,
	participants: Participant[],
	sourceId = 's1'
) {
	return {
		type,
		title: `${type} of ${participants.map((p) => p.name).join(', ')}`,
		participants,
		date: {
			start,
			end: start,
			precision: 'day' as const,
			derivation: 'explicit' as const,
			text: '',
			explanation: '',
			approximate: false
		},
		mentions: [{ sourceId, start: 0, end: 10, excerpt: '' }]
	};
}

describe('slugify', () => {
	it.each([
		['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
		['Hossein Amir-Abdollahian', 'hossein-amir-abdollahian'],
		['  Łukasz Straße ', 'lukasz-strasse'],
		['Søren Ørsted', 'soren-orsted'],
		['phone_call', 'phone-call'],
		["Faisal bin Farhan Al Sa'ud", 'faisal-bin-farhan-al-sa-ud'],
		['!!!', '']
	])('%j → %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});
});

describe('eventSlug', () => {
	it.each([
		{
			why: 'date, type and two main people',
			event: event('2021-03-18', 'meeting', [
				person('Jane Roe'),
				person('John Doe'),
				person('Max Mustermann')
			]),
			slug: '2021-03-18-meeting-jane-roe-john-doe'
		},
		{
			why: 'people before countries',
			event: event('2020-01-03', 'phone_call', [country('Esland'), person('Ana Varo')]),
			slug: '2020-01-03-phone-call-ana-varo'
		},
		{
			why: 'countries when no person takes part',
			event: event('2020-01-03', 'agreement', [
				country('Esland'),
				country('Ostria'),
				country('Valdor')
			]),
			slug: '2020-01-03-agreement-esland-ostria'
		},
		{
			why: 'undated',
			event: event(null, 'visit', [person('Ana Varo')]),
			slug: 'undated-visit-ana-varo'
		},
		{ why: 'nobody named', event: event('2019-12-31', 'attack', []), slug: '2019-12-31-attack' },
		{
			why: 'long names cut at a word boundary',
			event: event('2022-11-14', 'press_conference', [
				person('Abdulrahman Mohammed Saleh Al Qahtani Al Harbi'),
				person('Maximilian Alexander Konstantin von Habsburg')
			]),
			slug: '2022-11-14-press-conference-abdulrahman-mohammed-saleh-al-qahtani-al-harbi'
		}
	])('$why', ({ event, slug }) => {
		expect(eventSlug(event)).toBe(slug);
		expect(eventSlug(event).length).toBeLessThanOrEqual(80);
		expect(eventSlug(event)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});

describe('assignEventIds', () => {
	it('numbers true collisions by their earliest excerpt, whatever the input order', () => {
		const people = [person('Ana Varo'), person('Bram Tell')];
		const first = event('2020-05-12', 'meeting', people, 'source-a');
		const second = event('2020-05-12', 'meeting', people, 'source-b');
		const other = event('2020-05-12', 'meeting', [person('Cleo Marn')], 'source-c');
		for (const order of [
			[first, second, other],
			[other, second, first]
		]) {
			const ids = Object.fromEntries(
				assignEventIds(order).map((e) => [e.mentions[0].sourceId, e.id])
			);
			expect(ids).toEqual({
				'source-a': '2020-05-12-meeting-ana-varo-bram-tell',
				'source-b': '2020-05-12-meeting-ana-varo-bram-tell-2',
				'source-c': '2020-05-12-meeting-cleo-marn'
			});
		}
	});

	it('never hands out a suffixed id that is another event’s own slug', () => {
		const a = event(null, 'visit', [person('Ana')], 'x');
		const b = event(null, 'visit', [person('Ana')], 'y');
		const c = event(null, 'visit', [person('Ana 2')], 'z');
		const ids = assignEventIds([a, b, c]).map((e) => e.id);
		expect(new Set(ids).size).toBe(3);
		expect(ids).toContain('undated-visit-ana-2');
	});
});
