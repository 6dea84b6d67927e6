import { describe, expect, it } from 'vitest';
import { buildEvent } from './buildEvent';
import { profileMention } from './mentionProfile';
import { testMention, type MentionSpec } from './testMention';

const build = (specs: MentionSpec[]) =>
	buildEvent(specs.map((spec, i) => profileMention(testMention(spec), i)));

describe('buildEvent', () => {
	it('unites participants, most named first, keeping the first role given', () => {
		const a = testMention({
			source: 'a',
			people: ['Ana Varo', 'Bram Tell'],
			countries: ['Esland'],
			on: '2020-05-12'
		});
		a.mention.participants[1].role = 'Foreign Minister of Ostria';
		const b = testMention({ source: 'b', people: ['Bram Tell', 'Cleo Marn'], on: '2020-05-12' });
		const event = buildEvent([a, b].map((sourced, i) => profileMention(sourced, i)));
		expect(event.participants.map((p) => [p.id, p.role ?? null])).toEqual([
			['bram-tell', 'Foreign Minister of Ostria'],
			['ana-varo', null],
			['esland', null],
			['cleo-marn', null]
		]);
	});

	it.each([
		{ why: 'no source tells an outcome', statuses: [undefined, undefined], expected: undefined },
		{
			why: 'one source tells a postponement',
			statuses: [undefined, 'postponed'],
			expected: 'postponed'
		},
		{
			why: 'a cancellation outweighs a postponement',
			statuses: ['postponed', 'cancelled'],
			expected: 'cancelled'
		}
	] as const)('status: $why', ({ statuses, expected }) => {
		const sourced = statuses.map((status, i) => {
			const mention = testMention({ source: `s${i}`, planned: true, on: '2019-03-12' });
			if (status) mention.mention.status = status;
			if (status === 'postponed')
				mention.mention.rescheduled = {
					start: '2019-03-19',
					end: '2019-03-19',
					text: 'to March 19'
				};
			return mention;
		});
		const event = buildEvent(sourced.map((m, i) => profileMention(m, i)));
		expect(event.status).toBe(expected);
		expect(event.rescheduled?.start).toBe(expected === 'postponed' ? '2019-03-19' : undefined);
	});

	it.each([
		{ why: 'a plan alone stays planned', planned: [true], expected: true },
		{ why: 'a plan and its report: it happened', planned: [true, false], expected: false },
		{ why: 'reports only', planned: [false, false], expected: false }
	])('$why', ({ planned, expected }) => {
		const specs = planned.map((p, i) => ({ source: `s${i}`, planned: p, on: '2019-03-12' }));
		expect(build(specs).planned).toBe(expected);
	});

	it('keeps the most specific place, every excerpt once, and the preferred mention’s wording', () => {
		const event = build([
			{ source: 'b', at: 40, place: 'Norvik', on: '2020-05-01..2020-05-31', title: 'vague' },
			{
				source: 'a',
				at: 7,
				place: 'Harbour Hall, Norvik, Esland',
				on: '2020-05-12',
				type: 'meeting',
				title: 'precise'
			},
			{ source: 'a', at: 7, place: 'Norvik, Esland', on: '2020-05-12', title: 'precise again' }
		]);
		expect(event.place).toBe('Harbour Hall, Norvik, Esland');
		expect(event.mentions.map((m) => `${m.sourceId}:${m.start}`)).toEqual(['a:7', 'b:40']);
		expect(event.title).toBe('precise');
		expect(event.date.start).toBe('2020-05-12');
		expect(event.conflicts).toEqual([]);
	});
});
