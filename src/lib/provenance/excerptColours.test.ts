import { describe, expect, it } from 'vitest';
import { EXCERPT_TINTS, excerptColours, excerptsByEvent } from './excerptColours';

describe('excerptColours', () => {
	it('gives each event its own tint, in the order events first appear', () => {
		const colours = excerptColours([
			{ eventId: 'b' },
			{ eventId: 'a' },
			{ eventId: 'b' },
			{ eventId: 'c' }
		]);
		expect([...colours]).toEqual([
			['b', EXCERPT_TINTS[0]],
			['a', EXCERPT_TINTS[1]],
			['c', EXCERPT_TINTS[2]]
		]);
	});

	it('has distinct tints and reuses them only past the last', () => {
		expect(new Set(EXCERPT_TINTS).size).toBe(EXCERPT_TINTS.length);
		const many = Array.from({ length: EXCERPT_TINTS.length + 1 }, (_, i) => ({ eventId: `e${i}` }));
		const colours = excerptColours(many);
		expect(colours.get(`e${EXCERPT_TINTS.length}`)).toBe(EXCERPT_TINTS[0]);
	});
});

describe('excerptsByEvent', () => {
	it('groups excerpts under their event, in the order events first appear', () => {
		const m = (eventId: string, start: number) => ({ eventId, colour: `c-${eventId}`, start });
		expect(excerptsByEvent([m('b', 0), m('a', 5), m('b', 9)])).toEqual([
			{ eventId: 'b', colour: 'c-b', first: m('b', 0), mentions: [m('b', 0), m('b', 9)] },
			{ eventId: 'a', colour: 'c-a', first: m('a', 5), mentions: [m('a', 5)] }
		]);
	});
});
