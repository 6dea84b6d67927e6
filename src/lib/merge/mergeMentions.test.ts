import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../synth/prng';
import type { EventMention } from '../types';
import { slugify } from './eventSlug';
import { mergeMentions, type MergedEvent, type SourcedMention } from './mergeMentions';
import { testMention, type MentionSpec } from './testMention';

function shuffled<T>(items: T[], seed: number): T[] {
	const prng = createPrng(seed);
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = prng.int(0, i);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

/** The event holding the excerpt at `at` of `source`. */
function eventOf(events: MergedEvent[], source: string, at: number): MergedEvent {
	const found = events.find((e) => e.mentions.some((m) => m.sourceId === source && m.start === at));
	if (!found) throw new Error(`no event holds ${source}@${at}`);
	return found;
}

// Structures of the seed corpus, with invented people and places.
const strike = {
	type: 'attack' as const,
	people: ['Omar Dael', 'Rafi Kuder'],
	countries: ['Westland']
};
const scenario: MentionSpec[] = [
	// An undated article: "On Jan. 3 … were killed at Kell International Airport".
	{
		...strike,
		source: 'u0',
		at: 10,
		partial: { month: 1, day: 3 },
		text: 'On Jan. 3',
		place: 'Kell International Airport'
	},
	// "late on Sat." in the same undated article: a meeting of two people.
	{
		source: 'u0',
		at: 300,
		people: ['Ilse Marov', 'Tomas Brenn'],
		place: 'Astel',
		partial: { weekday: 6 },
		text: 'late on Sat.'
	},
	// February 2021: "early last year" for the strike, the same two people meeting again.
	{
		...strike,
		source: 'f1',
		at: 50,
		on: '2020-01-01..2020-04-30',
		derivation: 'relative-to-publication',
		text: 'early last year',
		published: '2021-02-06T13:47:00+03:30'
	},
	{
		source: 'f1',
		at: 500,
		people: ['Tomas Brenn', 'Ilse Marov'],
		place: 'Astel',
		on: '2021-01-01..2021-02-06',
		approximate: true,
		derivation: 'same-as-other-event',
		text: 'earlier',
		published: '2021-02-06T13:47:00+03:30'
	},
	// "January 3, 2020" in an April 2021 article.
	{
		...strike,
		source: 'a4',
		at: 900,
		on: '2020-01-03',
		text: 'on January 3, 2020',
		place: 'Kell International Airport',
		published: '2021-04-12T05:35:00Z'
	},
	// Same visitor, same day, different hosts in two articles: two meetings.
	{
		source: 'p2',
		at: 20,
		people: ['Nadia Sorel', 'Yusuf Arkan'],
		place: 'Astel',
		on: '2020-07-21',
		derivation: 'relative-to-publication',
		text: 'on Tuesday afternoon',
		published: '2020-07-22T00:20:00+04:30'
	},
	{
		source: 'u3',
		at: 40,
		people: ['Leyla Hamsi', 'Yusuf Arkan'],
		place: 'Astel',
		partial: { weekday: 2 },
		text: 'on Tuesday evening'
	},
	// A plan and its report.
	{
		source: 'm1',
		at: 70,
		type: 'visit',
		people: ['Darius Pell'],
		place: 'Ramsa',
		on: '2019-03-12',
		planned: true,
		derivation: 'relative-to-publication',
		text: 'on Tuesday',
		published: '2019-03-11T19:42:00Z'
	},
	{
		source: 'm2',
		at: 15,
		type: 'visit',
		people: ['Darius Pell'],
		countries: ['Ostria'],
		place: 'Ramsa, Valdor',
		on: '2019-03-12',
		derivation: 'relative-to-publication',
		text: 'on Tuesday',
		published: '2019-03-13T16:20:00Z'
	},
	// Two sources disagree by a day on a phone call (and say what it was about).
	{
		source: 'c1',
		at: 5,
		type: 'phone_call',
		people: ['Ana Varo', 'Bram Tell'],
		excerpt: 'Ana Varo discussed the gas pipeline with Bram Tell by phone.',
		on: '2021-12-30',
		derivation: 'relative-to-publication',
		text: 'late Thursday',
		published: '2021-12-31T07:05:00+05:30'
	},
	{
		source: 'c2',
		at: 5,
		type: 'phone_call',
		people: ['Bram Tell', 'Ana Varo'],
		excerpt: 'Bram Tell and Ana Varo spoke by phone about the pipeline and gas prices.',
		on: '2021-12-31',
		derivation: 'explicit',
		text: 'on Dec. 31',
		published: '2022-01-02T09:00:00Z'
	},
	// One article tells the same call twice; another call of the same pair weeks earlier.
	{
		source: 'c1',
		at: 400,
		type: 'phone_call',
		people: ['Ana Varo', 'Bram Tell'],
		excerpt: 'Their call on the pipeline ran late into Thursday.',
		on: '2021-12-30',
		derivation: 'relative-to-publication',
		text: 'Thursday',
		published: '2021-12-31T07:05:00+05:30'
	},
	{
		source: 'c1',
		at: 700,
		type: 'phone_call',
		people: ['Ana Varo', 'Bram Tell'],
		on: '2021-12-07',
		derivation: 'explicit',
		text: 'on Dec. 7',
		published: '2021-12-31T07:05:00+05:30'
	}
];
const mentions = scenario.map(testMention);

describe('mergeMentions on the seed structures', () => {
	const events = mergeMentions(mentions);

	it('dates the year-less "Jan. 3" through the other reports, and says so', () => {
		const event = eventOf(events, 'u0', 10);
		expect(event.mentions.map((m) => m.sourceId)).toEqual(['a4', 'f1', 'u0']);
		expect(event.date).toMatchObject({
			start: '2020-01-03',
			end: '2020-01-03',
			precision: 'day',
			derivation: 'cross-source'
		});
		expect(event.date.explanation).toContain('Source u0 gives "On Jan. 3"');
		expect(event.date.explanation).toContain('source a4');
		expect(event.id).toBe('2020-01-03-attack-omar-dael-rafi-kuder');
	});

	it('keeps two meetings of the same people months apart', () => {
		expect(eventOf(events, 'u0', 300).id).not.toBe(eventOf(events, 'f1', 500).id);
		expect(eventOf(events, 'u0', 300).date.start).toBeNull();
	});

	it('keeps a visitor’s meetings with different hosts apart', () => {
		expect(eventOf(events, 'p2', 20).id).not.toBe(eventOf(events, 'u3', 40).id);
	});

	it('merges a plan with the report that it happened', () => {
		const event = eventOf(events, 'm1', 70);
		expect(event.mentions.map((m) => m.sourceId)).toEqual(['m1', 'm2']);
		expect(event.planned).toBe(false);
		expect(event.place).toBe('Ramsa, Valdor');
	});

	it('keeps both dates of a disputed day and explains the choice', () => {
		const event = eventOf(events, 'c1', 5);
		expect(event.mentions.map((m) => `${m.sourceId}@${m.start}`)).toEqual([
			'c1@5',
			'c1@400',
			'c2@5'
		]);
		expect(event.date.start).toBe('2021-12-31');
		expect(event.conflicts.map((c) => [c.sourceId, c.date.start])).toEqual([
			['c1', '2021-12-30'],
			['c2', '2021-12-31']
		]);
		expect(event.date.explanation).toContain('stated explicitly');
		expect(eventOf(events, 'c1', 700).id).not.toBe(event.id);
	});

	it('gives every event a unique readable id', () => {
		const ids = events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^(\d{4}-\d\d-\d\d|undated)-[a-z0-9-]+$/);
	});

	it('does not depend on the input order', () => {
		for (const seed of [1, 2, 3]) expect(mergeMentions(shuffled(mentions, seed))).toEqual(events);
	});
});

describe('stable ids', () => {
	const unrelated = [
		testMention({
			source: 'z1',
			at: 3,
			people: ['Omar Dael', 'Rafi Kuder'],
			on: '2020-01-03',
			type: 'meeting',
			place: 'Ostby'
		}),
		testMention({
			source: 'z2',
			at: 3,
			people: ['Ana Varo', 'Bram Tell'],
			on: '2021-12-30',
			type: 'phone_call'
		})
	];

	it('stay the same when an unrelated article is added', () => {
		const before = mergeMentions(mentions);
		const after = mergeMentions([...mentions, ...unrelated]);
		for (const event of before) {
			const { sourceId, start } = event.mentions[0];
			const now = eventOf(after, sourceId, start);
			expect(now.id).toBe(event.id);
		}
	});

	it('change when a new source dates an undated event', () => {
		const before = mergeMentions(mentions);
		const dating = testMention({
			source: 'd9',
			at: 1,
			people: ['Ilse Marov', 'Tomas Brenn'],
			place: 'Astel',
			on: '2020-09-26',
			text: 'on Saturday 26 September'
		});
		const after = mergeMentions([...mentions, dating]);
		const oldId = eventOf(before, 'u0', 300).id;
		const newId = eventOf(after, 'u0', 300).id;
		expect(oldId).toBe('undated-meeting-ilse-marov-tomas-brenn');
		expect(newId).toBe('2020-09-26-meeting-ilse-marov-tomas-brenn');
	});
});

/** The dev set's gold events as extraction would ideally give them. */
function devsetMentions(includeOptional: boolean): {
	sourced: SourcedMention[];
	key: (file: string, index: number) => string;
} {
	const dir = 'tests/fixtures/devset/';
	type GoldEvent = {
		type: EventMention['type'];
		participants: string[];
		place: string | null;
		date: { start: string; end: string; precision: EventMention['date']['precision'] } | null;
		date_derivation: string;
		evidence: string;
		planned?: boolean;
		optional?: boolean;
	};
	const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as {
		file: string;
		published: string | null;
		events: GoldEvent[];
	}[];
	const countries = new Set([
		'Iran',
		'Iraq',
		'United States',
		'China',
		'Russia',
		'Turkey',
		'Syria',
		'Saudi Arabia',
		'Israel',
		'United Arab Emirates',
		'Bahrain',
		'Egypt',
		'Jordan',
		'Qatar',
		'Kuwait',
		'France',
		'Switzerland',
		'Ukraine',
		'Japan',
		'South Korea',
		'Indonesia',
		'Australia'
	]);
	// The undated article says "on Thursday" for its meetings.
	const weekdays: Record<string, number> = { '19#0': 4, '19#1': 4, '19#2': 4 };
	const sourced: SourcedMention[] = [];
	for (const article of gold) {
		const source = article.file.slice(0, 2);
		article.events.forEach((event, i) => {
			if (event.optional && !includeOptional) return;
			const derivation =
				event.date_derivation === 'unresolvable' ? 'unresolved' : event.date_derivation;
			const weekday = weekdays[`${source}#${i}`];
			sourced.push({
				sourceId: source,
				published: article.published,
				mention: {
					type: event.type,
					cameo: null,
					title: event.evidence,
					planned: !!event.planned,
					date: {
						start: event.date?.start ?? null,
						end: event.date?.end ?? null,
						precision: event.date?.precision ?? 'unknown',
						derivation: derivation as EventMention['date']['derivation'],
						text: '',
						explanation: 'gold',
						approximate: false,
						...(weekday === undefined ? {} : { partial: { weekday } })
					},
					participants: event.participants.map((name) => ({
						id: slugify(name),
						name,
						kind: countries.has(name) ? 'country' : undefined
					})),
					place: event.place,
					// Gold events may share a sentence: offsets here only need to tell events apart.
					excerpts: [{ start: i, end: i + 1, text: event.evidence }]
				}
			});
		});
	}
	return { sourced, key: (file, index) => `${file.slice(0, 2)}:${index}` };
}

describe('mergeMentions on the dev set gold', () => {
	const cross = JSON.parse(readFileSync('tests/fixtures/devset/cross_source.json', 'utf8')) as {
		groups: { id: string; members: [string, number][] }[];
		distinct_but_confusable: { members: [string, number][] }[];
	};

	it.each([false, true])(
		'groups across sources and keeps confusable events apart (optional events: %s)',
		(includeOptional) => {
			const { sourced, key } = devsetMentions(includeOptional);
			const events = mergeMentions(sourced);
			const eventIdOf = new Map<string, string>();
			for (const event of events)
				for (const m of event.mentions) eventIdOf.set(`${m.sourceId}:${m.start}`, event.id);
			const idOf = ([file, index]: [string, number]) => eventIdOf.get(key(file, index));

			const present = (members: [string, number][]) => members.filter((m) => idOf(m) !== undefined);
			const groups = cross.groups.filter((group) => present(group.members).length > 1);
			const split = groups.filter((group) => new Set(present(group.members).map(idOf)).size > 1);
			// The opening day of the two-day Anchorage talks loses the wrap-up's report to the
			// first article's announcement that the talks conclude the next day (same people, place
			// and words; the gold keeps that announcement apart). With the optional events, the
			// Geneva summit's month-only mention also fits the host's courtesy meeting that day: it
			// is left alone rather than guessed.
			expect(split.map((group) => group.id)).toEqual(
				includeOptional ? ['anchorage', 'geneva_summit'] : ['anchorage']
			);
			expect(groups.length).toBe(includeOptional ? 18 : 17);
			for (const set of cross.distinct_but_confusable) {
				expect(new Set(present(set.members).map(idOf)).size).toBe(present(set.members).length);
			}
			expect(mergeMentions(shuffled(sourced, 9))).toEqual(events);
		}
	);
});

describe('scale', () => {
	it('merges 100,000 mentions in seconds', () => {
		const prng = createPrng('merge-scale');
		const people = Array.from({ length: 200 }, (_, i) => `Official ${i}`);
		const countries = Array.from({ length: 40 }, (_, i) => `Country ${i}`);
		const places = Array.from({ length: 60 }, (_, i) => `City ${i}`);
		const types = ['meeting', 'visit', 'phone_call', 'agreement'] as const;
		const iso = (day: number) =>
			new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		const worldEvents = Array.from({ length: 33_000 }, () => ({
			people: [prng.pick(people), prng.pick(people)],
			countries: [prng.pick(countries)],
			place: prng.pick(places),
			day: prng.int(10, 3650),
			type: prng.pick(types)
		}));
		const many = Array.from({ length: 100_000 }, (_, i) => {
			const event = prng.pick(worldEvents);
			const roll = prng.next();
			const on =
				roll < 0.7
					? iso(event.day)
					: roll < 0.85
						? `${iso(event.day - 10)}..${iso(event.day + 10)}`
						: undefined;
			const partial = on
				? undefined
				: { month: +iso(event.day).slice(5, 7), day: +iso(event.day).slice(8, 10) };
			return testMention({
				source: `s${Math.floor(i / 3)}`,
				at: i,
				...event,
				place: prng.chance(0.7) ? event.place : null,
				on,
				partial
			});
		});
		// Processor time, not wall time: other processes on the machine must not fail the test.
		const started = process.cpuUsage();
		const events = mergeMentions(many);
		const seconds = process.cpuUsage(started).user / 1e6;
		// About 31,600 distinct world events are drawn at least once.
		expect(events.length).toBeGreaterThan(28_000);
		expect(events.length).toBeLessThan(36_000);
		expect(seconds).toBeLessThan(30);
		// Wall time may be far longer on a busy machine running other test files alongside.
	}, 300_000);
});
