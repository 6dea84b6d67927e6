import { describe, expect, it } from 'vitest';
import { mergedDate } from './mergedDate';
import { profileMention } from './mentionProfile';
import { testMention, type MentionSpec } from './testMention';

const merged = (specs: MentionSpec[]) =>
	mergedDate(specs.map((spec, i) => profileMention(testMention({ at: i, ...spec }), i)));

describe('mergedDate', () => {
	it.each([
		{
			why: 'the most precise of agreeing dates, as that source derived it',
			specs: [
				{ source: 'b', on: '2020-01-01..2020-04-30', derivation: 'relative-to-publication' },
				{ source: 'c', on: '2020-01-03', text: 'January 3, 2020' }
			],
			start: '2020-01-03',
			end: '2020-01-03',
			derivation: 'explicit',
			from: 'c'
		},
		{
			why: 'a year-less day and a coarse interval combine into one day',
			specs: [
				{ source: 'a', partial: { month: 1, day: 3 }, text: 'On Jan. 3' },
				{ source: 'b', on: '2020-01-01..2020-04-30', text: 'early last year' }
			],
			start: '2020-01-03',
			end: '2020-01-03',
			derivation: 'cross-source',
			precision: 'day',
			mentions: ['source a', 'source b', 'Fri 3 Jan 2020']
		},
		{
			why: 'another source dates what one could not',
			specs: [
				{ source: 'a', partial: { month: 1, day: 3 }, text: 'On Jan. 3' },
				{ source: 'c', on: '2020-01-03', text: 'January 3, 2020' }
			],
			start: '2020-01-03',
			end: '2020-01-03',
			derivation: 'cross-source',
			from: 'c',
			mentions: ['Source a gives "On Jan. 3"', 'comes from source c']
		},
		{
			why: 'a source without any date is dated by another',
			specs: [{ source: 'a' }, { source: 'c', on: '2020-01-03', text: 'January 3, 2020' }],
			start: '2020-01-03',
			end: '2020-01-03',
			derivation: 'cross-source',
			from: 'c',
			mentions: ['Source a gives no date;', 'comes from source c']
		},
		{
			why: 'overlapping spans narrow to their common days',
			specs: [
				{ source: 'a', on: '2019-03-11..2019-03-13' },
				{ source: 'b', on: '2019-03-13..2019-03-15' }
			],
			start: '2019-03-13',
			end: '2019-03-13',
			derivation: 'cross-source',
			precision: 'day'
		},
		{
			why: 'a weekday alone does not narrow a month',
			specs: [
				{ source: 'a', partial: { weekday: 4 }, text: 'on Thursday' },
				{
					source: 'b',
					on: '2023-04-01..2023-04-30',
					precision: 'month' as const,
					derivation: 'relative-to-publication'
				}
			],
			start: '2023-04-01',
			end: '2023-04-30',
			derivation: 'cross-source',
			precision: 'month',
			from: 'b'
		},
		{
			why: 'without any full date, the most specific partial date',
			specs: [
				{ source: 'a', text: 'recently' },
				{ source: 'b', partial: { month: 1, day: 3 }, text: 'Jan. 3' }
			],
			start: null,
			end: null,
			derivation: 'unresolved',
			from: 'b'
		}
	] as {
		why: string;
		specs: MentionSpec[];
		start: string | null;
		end: string | null;
		derivation: string;
		precision?: string;
		from?: string;
		mentions?: string[];
	}[])('$why', ({ specs, start, end, derivation, precision, from, mentions }) => {
		const { date, primary, conflicts } = merged(specs);
		expect([date.start, date.end, date.derivation]).toEqual([start, end, derivation]);
		if (precision) expect(date.precision).toBe(precision);
		if (from) expect(primary.sourced.sourceId).toBe(from);
		for (const words of mentions ?? []) expect(date.explanation).toContain(words);
		expect(conflicts).toEqual([]);
	});

	it.each([
		{
			why: 'the more precise date wins',
			specs: [
				{ source: 'a', on: '2021-03-01..2021-03-02' },
				{ source: 'b', on: '2021-03-04' }
			],
			used: 'b',
			reason: 'it is the more precise'
		},
		{
			why: 'an explicit date beats a worked-out one',
			specs: [
				{
					source: 'a',
					on: '2021-03-02',
					derivation: 'relative-to-publication',
					published: '2021-03-04T10:00:00Z'
				},
				{ source: 'b', on: '2021-03-03', derivation: 'explicit', published: '2021-03-20T10:00:00Z' }
			],
			used: 'b',
			reason: 'it is stated explicitly'
		},
		{
			why: 'then the report published closest after the event',
			specs: [
				{
					source: 'a',
					on: '2021-03-02',
					derivation: 'relative-to-publication',
					published: '2021-03-09T10:00:00+03:00'
				},
				{
					source: 'b',
					on: '2021-03-03',
					derivation: 'relative-to-publication',
					published: '2021-03-03T23:00:00-05:00'
				}
			],
			used: 'b',
			reason: 'published closest after the event'
		},
		{
			why: 'a report before the event (a plan) comes after reports of it',
			specs: [
				{
					source: 'a',
					on: '2021-03-02',
					derivation: 'relative-to-publication',
					published: '2021-03-01T10:00:00Z'
				},
				{
					source: 'b',
					on: '2021-03-03',
					derivation: 'relative-to-publication',
					published: '2021-03-12T10:00:00Z'
				}
			],
			used: 'b',
			reason: 'published closest after the event'
		}
	] as { why: string; specs: MentionSpec[]; used: string; reason: string }[])(
		'disagreeing sources: $why',
		({ specs, used, reason }) => {
			const { date, primary, conflicts } = merged(specs);
			expect(primary.sourced.sourceId).toBe(used);
			expect(date.start).toBe(primary.sourced.mention.date.start);
			expect(date.explanation).toContain('Sources disagree');
			expect(date.explanation).toContain(reason);
			expect(conflicts.map((c) => [c.sourceId, c.date.start])).toEqual(
				specs.map((spec) => [spec.source, spec.on?.split('..')[0]])
			);
		}
	);
});
