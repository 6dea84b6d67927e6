import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../types';
import DateConflicts from './DateConflicts.svelte';

const day = (start: string, text: string, explanation: string): EventDate => ({
	start,
	end: start,
	precision: 'day',
	derivation: 'relative-to-publication',
	text,
	explanation,
	approximate: false
});

const conflicts = [
	{ sourceId: 'a', date: day('2021-08-28', 'the same day', 'Tied to the conference.') },
	{ sourceId: 'b', date: day('2021-08-29', 'on Sunday', 'The Sunday before publication.') }
];
const names: Record<string, string> = { a: 'Wire A', b: 'Daily B' };

describe('DateConflicts (server-rendered)', () => {
	const { body } = render(DateConflicts, {
		props: {
			conflicts,
			used: { start: '2021-08-29', end: '2021-08-29', approximate: false },
			sourceName: (id: string) => names[id]
		}
	});

	it("shows every source's words, date and reasoning", () => {
		for (const text of ['Wire A', 'the same day', '28 Aug 2021', 'Tied to the conference.']) {
			expect(body).toContain(text);
		}
		expect(body).toContain('Daily B');
		expect(body).toContain('29 Aug 2021');
	});

	it('says which date the event uses and marks its source', () => {
		expect(body).toContain('the date given by Daily B');
		expect(body).toMatch(/<tr class="[^"]*\bused\b[^"]*"><th scope="row"[^>]*>\s*Daily B/);
		expect(body.match(/used-badge/g)).toHaveLength(1);
	});

	it('renders nothing when the sources agree', () => {
		const agreed = render(DateConflicts, {
			props: { conflicts: [], used: conflicts[0].date, sourceName: (id: string) => id }
		});
		expect(agreed.body).not.toContain('disagree');
	});
});
