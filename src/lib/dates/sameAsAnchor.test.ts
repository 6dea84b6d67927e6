import { describe, expect, it } from 'vitest';
import type { EventDate } from '../types';
import { sameAsAnchor } from './sameAsAnchor';

const tuesday: EventDate = {
	start: '2020-07-21',
	end: '2020-07-21',
	precision: 'day',
	derivation: 'relative-to-publication',
	text: 'on Tuesday afternoon',
	explanation:
		'The Tuesday before publication on Wed 22 Jul 2020, 00:20 Tehran time: Tue 21 Jul 2020.',
	approximate: false
};

describe('sameAsAnchor', () => {
	it('copies the interval and names the words that tie the events', () => {
		const date = sameAsAnchor(tuesday, 'during the meeting');
		expect(date).toMatchObject({
			start: '2020-07-21',
			end: '2020-07-21',
			precision: 'day',
			derivation: 'same-as-other-event',
			text: 'during the meeting'
		});
		expect(date.explanation).toContain("'during the meeting'");
		expect(date.explanation).toContain('Tue 21 Jul 2020');
	});

	it('keeps what a partial anchor fixes, without sharing the object', () => {
		const anchor: EventDate = {
			...tuesday,
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved',
			partial: { weekday: 6 }
		};
		const date = sameAsAnchor(anchor, 'in this meeting');
		expect(date.partial).toEqual({ weekday: 6 });
		expect(date.partial).not.toBe(anchor.partial);
		expect(date.start).toBeNull();
	});
});
