import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endOfMonth, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_TYPES } from '../types';
import { readGold } from './goldFormats';

/**
 * The styles dev set's gold is well-formed: every field valid and consistent with the others,
 * every evidence sentence, negated look-alike and distractor copied verbatim from its article, and
 * every cross-source reference pointing at a real, non-optional event. A typo in the gold would
 * otherwise show up as a miss the extractor is blamed for.
 */

const dir = join(import.meta.dirname, '../../../tests/fixtures/devset-styles');

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const PHENOMENA = [
	'passive',
	'nominal',
	'phrasal_verb',
	'participle',
	'untitled_actor',
	'planned',
	'postponed',
	'cancelled',
	'negated',
	'habitual',
	'glued_date_line',
	'two_way_numeric_date'
] as const;

const eventSchema = z
	.object({
		type: z.enum(EVENT_TYPES),
		participants: z.array(z.string().min(2)),
		place: z.string().min(2).nullable(),
		date: z
			.object({
				start: isoDay,
				end: isoDay,
				precision: z.enum(['day', 'month', 'year', 'range'])
			})
			.strict()
			.nullable(),
		date_derivation: z.enum([
			'explicit',
			'relative-to-publication',
			'same-as-other-event',
			'unresolvable'
		]),
		evidence: z.string().min(10),
		real_world_date: isoDay.nullable(),
		planned: z.boolean(),
		optional: z.boolean(),
		phenomena: z.array(z.enum(PHENOMENA)),
		status: z.enum(['postponed', 'cancelled']).optional(),
		note: z.string().min(3).optional()
	})
	.strict();

const negatedSchema = z
	.object({
		evidence: z.string().min(10),
		what: z.string().min(3),
		phenomena: z.array(z.enum(PHENOMENA))
	})
	.strict();

const articleSchema = z
	.object({
		file: z.string().regex(/^d\d{2}_[a-z0-9_]+\.txt$/),
		published: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
			.nullable(),
		events: z.array(eventSchema).min(1),
		distractors: z.array(z.string().min(3)).min(3),
		negated: z.array(negatedSchema).optional()
	})
	.strict();

const ref = z.tuple([z.string(), z.number().int().nonnegative()]);
const crossSchema = z
	.object({
		groups: z.array(
			z
				.object({
					id: z.string().regex(/^[a-z0-9_]+$/),
					real_world_date: isoDay,
					description: z.string().min(5),
					members: z.array(ref).min(2)
				})
				.strict()
		),
		distinct_but_confusable: z.array(
			z.object({ members: z.array(ref).min(2), why: z.string().min(10) }).strict()
		)
	})
	.strict();

const gold = z.array(articleSchema).parse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
const cross = crossSchema.parse(JSON.parse(readFileSync(join(dir, 'cross_source.json'), 'utf8')));
const text = (file: string) => readFileSync(join(dir, 'corpus', file), 'utf8');
const day = (iso: string) => format(parseISO(iso), 'yyyy-MM-dd');

/** Why an event's date span disagrees with its precision, or null. */
function spanProblem(date: NonNullable<z.infer<typeof eventSchema>['date']>): string | null {
	const { start, end, precision } = date;
	if (day(start) !== start || day(end) !== end) return 'not a calendar day';
	if (start > end) return 'starts after it ends';
	if (precision === 'day' && start !== end) return 'a day spans one day';
	if (
		precision === 'month' &&
		(!start.endsWith('-01') || end !== format(endOfMonth(parseISO(start)), 'yyyy-MM-dd'))
	)
		return 'a month runs from its first to its last day';
	if (precision === 'year' && !(start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`))
		return 'a year runs from 1 January to 31 December';
	if (precision === 'range' && start === end) return 'a one-day range is a day';
	return null;
}

describe('the styles dev set gold', () => {
	it('has one gold article per corpus file, and no other', () => {
		const files = readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.txt'));
		expect(gold.map((a) => a.file).sort()).toEqual(files.sort());
	});

	it.each(gold.map((a) => [a.file, a] as const))(
		'%s: evidence, negated sentences and distractors are verbatim; fields agree',
		(file, article) => {
			const body = text(file);
			const lines = body.split('\n');
			const words = body.split(/\s+/).filter(Boolean).length;
			expect(words).toBeGreaterThanOrEqual(260);
			expect(words).toBeLessThanOrEqual(380);
			for (const distractor of article.distractors) expect(lines).toContain(distractor);
			for (const negated of article.negated ?? []) expect(body).toContain(negated.evidence);
			article.events.forEach((event, index) => {
				const where = `${file}#${index}`;
				expect(body, where).toContain(event.evidence);
				expect(event.date === null, `${where}: no date iff unresolvable`).toBe(
					event.date_derivation === 'unresolvable'
				);
				if (event.date) expect(spanProblem(event.date), where).toBeNull();
				if (article.published === null)
					expect(event.date_derivation, where).not.toBe('relative-to-publication');
				if (event.status === 'postponed') expect(event.planned, where).toBe(true);
				if (event.status === 'cancelled') expect(event.real_world_date, where).toBeNull();
			});
		}
	);

	it('points every cross-source reference at a real event; groups join non-optional events of several files', () => {
		const event = ([file, index]: [string, number]) =>
			gold.find((a) => a.file === file)?.events[index];
		for (const group of cross.groups) {
			for (const member of group.members) expect(event(member)?.optional, group.id).toBe(false);
			expect(new Set(group.members.map(([file]) => file)).size, group.id).toBeGreaterThan(1);
		}
		for (const set of cross.distinct_but_confusable)
			for (const member of set.members) expect(event(member), set.why).toBeDefined();
	});

	it('reads through the eval’s own gold reader with its phenomena', () => {
		const read = readGold(gold, cross);
		expect(read.format).toBe('devset');
		expect(read.events).toHaveLength(gold.reduce((n, a) => n + a.events.length, 0));
		expect(read.events.some((e) => e.phenomena.includes('cross_source'))).toBe(true);
	});
});
