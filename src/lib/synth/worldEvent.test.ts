import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates/calendar';
import { createWorld } from './world';
import { FIRST_DAY, LAST_DAY, worldEvent } from './worldEvent';

describe('worldEvent', () => {
	const world = createWorld('events');
	const events = Array.from({ length: 2000 }, (_, i) => worldEvent(world, 'events', i));

	it('is a function of (world, seed, index)', () => {
		expect(worldEvent(world, 'events', 17)).toEqual(events[17]);
		expect(worldEvent(world, 'other', 17)).not.toEqual(events[17]);
	});

	it('spreads events over ten years, between officials of two countries, in the host country', () => {
		const years = new Set(events.map((event) => event.day.slice(0, 4)));
		expect(years.size).toBe(10);
		for (const event of events) {
			expect(event.day >= FIRST_DAY && event.day <= LAST_DAY).toBe(true);
			expect(event.guest.country).not.toBe(event.host.country);
			const { capital, cities } = event.host.country;
			expect([capital, ...cities]).toContain(event.city);
			if (event.previousMeeting) expect(event.previousMeeting.day < event.day).toBe(true);
			if (event.nextStop) {
				const after = dayNumber(event.nextStop.day) - dayNumber(event.day);
				expect(after).toBeGreaterThanOrEqual(1);
				expect(after).toBeLessThanOrEqual(3);
			}
			expect(event.attacker !== null).toBe(event.type === 'attack');
		}
	});

	it('draws every type, mostly meetings and visits', () => {
		const counts: Record<string, number> = {};
		for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
		expect(Object.keys(counts).sort()).toEqual([
			'agreement',
			'attack',
			'meeting',
			'phone_call',
			'press_conference',
			'statement',
			'visit'
		]);
		expect(counts.meeting).toBeGreaterThan(counts.attack);
	});
});
