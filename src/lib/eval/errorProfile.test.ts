import { describe, expect, it } from 'vitest';
import type { EventJson, EventType, SourceJson } from '../types';
import { errorProfile } from './errorProfile';
import type { GoldEvent } from './goldFormats';
import type { MatchResult, Unit } from './matchGold';

const source = { id: 's', file: 'a.txt' } as SourceJson;
const unit = (type: EventType, participants = [{ name: 'Ana Ruiz' }]): Unit => ({
	event: { type, participants } as EventJson,
	source,
	excerpts: []
});
const gold = (type: EventType) =>
	({ type, participants: [['Peru', 'Republic of Peru']] }) as GoldEvent;
const miss = (type: EventType, near: Unit[], evidence: string | null = null) => ({
	gold: gold(type),
	source: { file: 'a.txt', evidence, required: true },
	near
});

describe('errorProfile', () => {
	it('counts each miss by its cause and each false positive by its site', () => {
		const wrongType = unit('meeting');
		const sameType = unit('statement');
		const nobody = unit('statement', []);
		const stray = unit('visit');
		const result = {
			matches: [],
			misses: [
				miss('statement', []),
				miss('statement', [wrongType]),
				miss('statement', [sameType]),
				miss('statement', [nobody]),
				miss('agreement', [wrongType])
			],
			falsePositives: [wrongType, stray],
			ignored: [],
			onGoldSentence: new Set([wrongType])
		} as unknown as MatchResult;
		const profile = errorProfile(result);
		expect(Object.fromEntries(profile.missCauses)).toEqual({
			'no event on the sentence': 1,
			'another type': 2,
			'no participant found': 1,
			'no shared participant': 1
		});
		expect(Object.fromEntries(profile.typeConfusions)).toEqual({
			'statement → meeting': 1,
			'agreement → meeting': 1
		});
		expect(Object.fromEntries(profile.falsePositiveSites)).toEqual({
			'on a required gold sentence': 1,
			'on no gold sentence': 1
		});
		expect(Object.fromEntries(profile.falsePositivesByType)).toEqual({ meeting: 1, visit: 1 });
	});
});

describe('errorProfile: a participant not shared', () => {
	it('tells a participant the sentence spells from one it leaves to the story', () => {
		const result = {
			matches: [],
			misses: [
				miss('statement', [unit('statement')], 'The Republic of Peru protested.'),
				miss('statement', [unit('statement')], 'The neighbour protested.')
			],
			falsePositives: [],
			ignored: [],
			onGoldSentence: new Set()
		} as unknown as MatchResult;
		expect(Object.fromEntries(errorProfile(result).unsharedParticipants)).toEqual({
			'named in the sentence': 1,
			'not named in the sentence': 1
		});
	});
});
