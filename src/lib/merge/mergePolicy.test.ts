import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../types';
import { MERGE_POLICY, typeGroup, typeLikeness } from './mergePolicy';

describe('typeLikeness', () => {
	it.each([
		{ a: 'meeting', b: 'meeting', likeness: 1 },
		{ a: 'visit', b: 'meeting', likeness: 0.5 },
		{ a: 'meeting', b: 'visit', likeness: 0.5 },
		{ a: 'press_conference', b: 'statement', likeness: 0.7 },
		{ a: 'attack', b: 'meeting', likeness: 0 },
		{ a: 'phone_call', b: 'meeting', likeness: 0 },
		{ a: 'legislation', b: 'agreement', likeness: 0 }
	] as { a: EventType; b: EventType; likeness: number }[])(
		'$a ~ $b: $likeness',
		({ a, b, likeness }) => {
			expect(typeLikeness(a, b)).toBe(likeness);
		}
	);

	it('is symmetric and at most 1 for every pair of types', () => {
		for (const a of EVENT_TYPES) {
			for (const b of EVENT_TYPES) {
				expect(typeLikeness(a, b)).toBe(typeLikeness(b, a));
				expect(typeLikeness(a, b)).toBeLessThanOrEqual(1);
			}
		}
	});
});

describe('typeGroup', () => {
	it('puts types that may merge in one candidate group, and no others', () => {
		for (const a of EVENT_TYPES) {
			for (const b of EVENT_TYPES) {
				if (typeLikeness(a, b) > 0) expect(typeGroup(a)).toBe(typeGroup(b));
			}
		}
		expect(typeGroup('visit')).toBe('meeting');
		expect(typeGroup('statement')).toBe(typeGroup('press_conference'));
		expect(typeGroup('attack')).toBe('attack');
		expect(new Set(EVENT_TYPES.map(typeGroup)).size).toBe(EVENT_TYPES.length - 2);
	});
});

describe('MERGE_POLICY', () => {
	it('needs more than an overlapping day to merge, and more than the rest for loose dates', () => {
		const { weights, threshold, strongThreshold } = MERGE_POLICY;
		// The same day alone (type and date agreeing, nothing else said) is not one event.
		expect(weights.date).toBeLessThan(threshold);
		expect(strongThreshold).toBeGreaterThan(0);
	});
});
