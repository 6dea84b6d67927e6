import { describe, expect, it } from 'vitest';
import type { EventType } from '../types';
import { assignLanes, NEUTRAL_COLOUR, PALETTE, parseLaneMode, typeColour } from './lanes';
import type { TimelineEvent } from './types';

function event(id: string, type: EventType, countries: (string | null)[]): TimelineEvent {
	return {
		id,
		type,
		title: id,
		planned: false,
		date: {
			start: '2020-01-01',
			end: '2020-01-01',
			precision: 'day',
			derivation: 'explicit',
			text: '',
			explanation: '',
			approximate: false
		},
		participants: countries.map((country, i) => ({ id: `${id}-p${i}`, name: `P${i}`, country })),
		place: null,
		firstExcerpt: null,
		sourceCount: 1
	};
}

const events = [
	event('a', 'meeting', ['Iraq', 'Iran']),
	event('b', 'attack', ['United States']),
	event('c', 'meeting', [null, 'Iran']),
	event('d', 'phone_call', []),
	event('e', 'statement', ['Iran'])
];

describe('assignLanes', () => {
	it('by type: one lane per type present, in vocabulary order, with fixed colours', () => {
		const { lanes, laneOf } = assignLanes(events, 'type');
		expect(lanes.map((lane) => [lane.key, lane.count])).toEqual([
			['meeting', 2],
			['phone_call', 1],
			['attack', 1],
			['statement', 1]
		]);
		expect(lanes[2].colour).toBe(typeColour('attack'));
		expect(lanes[laneOf.get('c')!].key).toBe('meeting');
	});

	it('by country: first participant with a country, largest lanes first', () => {
		const { lanes, laneOf } = assignLanes(events, 'country');
		expect(lanes.map((lane) => [lane.label, lane.count])).toEqual([
			['Iran', 2],
			['Iraq', 1],
			['No country given', 1],
			['United States', 1]
		]);
		expect(lanes[laneOf.get('c')!].label).toBe('Iran');
		expect(lanes[laneOf.get('d')!].colour).toBe(NEUTRAL_COLOUR);
	});

	it('by actor: the first-named participant', () => {
		const { lanes, laneOf } = assignLanes(events, 'actor');
		expect(lanes[laneOf.get('a')!].key).toBe('a-p0');
		expect(lanes[laneOf.get('d')!].label).toBe('No actor named');
	});

	it('folds the smallest groups into a last "Other" lane beyond the limit', () => {
		const many = Array.from({ length: 30 }, (_, i) =>
			event(`e${i}`, 'meeting', [`Country ${String.fromCharCode(65 + (i % 12))}`])
		);
		const { lanes, laneOf } = assignLanes(many, 'country', 5);
		expect(lanes).toHaveLength(5);
		expect(lanes[4]).toMatchObject({ label: 'Other', colour: NEUTRAL_COLOUR, count: 30 - 4 * 3 });
		expect(new Set(lanes.slice(0, 4).map((lane) => lane.colour)).size).toBe(4);
		for (const lane of lanes.slice(0, 4)) expect(PALETTE).toContain(lane.colour);
		expect(laneOf.size).toBe(30);
		expect(lanes.reduce((sum, lane) => sum + lane.count, 0)).toBe(30);
	});

	it('gives no lanes for no events', () => {
		expect(assignLanes([], 'country').lanes).toEqual([]);
		expect(assignLanes([], 'type').lanes).toEqual([]);
	});
});

describe('parseLaneMode', () => {
	it.each([
		[null, 'type'],
		['', 'type'],
		['country', 'country'],
		['actor', 'actor'],
		['Actor', null],
		['colour', null]
	])('%j → %j', (value, mode) => {
		expect(parseLaneMode(value)).toBe(mode);
	});
});
