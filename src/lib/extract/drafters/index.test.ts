import { describe, expect, it } from 'vitest';
import type { TriggerKind } from '../triggers';
import { DRAFTERS, frameOf, type ArgumentFrame } from './index';

describe('the drafter of an event word is chosen by its argument frame', () => {
	it.each<[TriggerKind, ArgumentFrame]>([
		[{ type: 'meeting', cameo: '043', form: 'host' }, 'receive'],
		[{ type: 'visit', cameo: '042', form: 'host' }, 'receive'],
		[{ type: 'press_conference', cameo: '010', form: 'speech' }, 'say'],
		[{ type: 'statement', cameo: '010', form: 'speech' }, 'say'],
		[{ type: 'visit', cameo: '042', form: 'verb' }, 'travel'],
		[{ type: 'visit', cameo: '042', form: 'noun' }, 'travel'],
		[{ type: 'attack', cameo: '190', form: 'verb' }, 'act-on'],
		[{ type: 'legislation', cameo: null, form: 'verb' }, 'adopt'],
		[{ type: 'meeting', cameo: '043', form: 'verb' }, 'encounter'],
		[{ type: 'phone_call', cameo: '041', form: 'noun' }, 'encounter'],
		[{ type: 'agreement', cameo: '057', form: 'verb' }, 'encounter'],
		[{ type: 'statement', cameo: '010', form: 'verb' }, 'encounter']
	])('%o reads as %s', (rule, frame) => {
		expect(frameOf(rule)).toBe(frame);
	});

	it('has a drafter of its own for each frame', () => {
		const drafters = Object.values(DRAFTERS);
		expect(new Set(drafters).size).toBe(drafters.length);
		expect(drafters.every((drafter) => typeof drafter === 'function')).toBe(true);
	});
});
