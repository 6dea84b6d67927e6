/**
 * Merged events invented in bulk for load tests of the store, the API and the timeline: a
 * million of them cost a minute to write, where ingesting the 150k articles behind them would
 * cost hours. Dates cluster around crises over ten years the way news does, types and
 * participants come from the synthetic world, and every excerpt is real text of a shared
 * synthetic source at its exact offsets.
 */
import { slug } from '../src/lib/actors/slug';
import type { MergedEvent } from '../src/lib/merge/types';
import { composeArticle } from '../src/lib/synth/composeArticle';
import { createPrng, type Prng } from '../src/lib/synth/prng';
import { createWorld, type World } from '../src/lib/synth/world';
import type { EventType, Participant, Precision } from '../src/lib/types';

/** One stored article the synthetic mentions point into. */
export interface SyntheticSource {
	id: string;
	file: string;
	title: string;
	outlet: string;
	published: string;
	body: string;
	/** Offsets of the body's paragraphs: the excerpts mentions may cite. */
	paragraphs: { start: number; end: number }[];
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
/** Ten years of days. */
export const SPAN_DAYS = 3653;
/** A share of the events falls in a few dozen bursts (wars, summits, crises), the rest evenly. */
const BURSTS = 40;
const BURST_SHARE = 0.45;
const BURST_SPREAD_DAYS = 12;

const TYPES: readonly EventType[] = [
	'meeting',
	'visit',
	'phone_call',
	'statement',
	'press_conference',
	'attack',
	'agreement',
	'legislation',
	'other'
];
const TYPE_WEIGHTS = [30, 12, 15, 18, 8, 6, 5, 3, 3];

/** How precisely the date is known, and how many days it spans. */
const SHAPES: readonly { precision: Precision; days: (prng: Prng) => number }[] = [
	{ precision: 'day', days: () => 1 },
	{ precision: 'range', days: (prng) => prng.int(2, 7) },
	{ precision: 'month', days: () => 30 },
	{ precision: 'range', days: (prng) => prng.int(40, 400) },
	{ precision: 'year', days: () => 365 },
	{ precision: 'unknown', days: () => 0 }
];
const SHAPE_WEIGHTS = [84, 6, 4, 1.5, 1.5, 3];

/** Most events are reported once; merged ones carry two to five sources. */
const SOURCE_COUNTS = [1, 2, 3, 4, 5];
const SOURCE_COUNT_WEIGHTS = [72, 18, 6, 3, 1];

export const isoDay = (dayNumber: number): string =>
	new Date(FIRST_DAY + dayNumber * DAY_MS).toISOString().slice(0, 10);

/** `count` articles of the synthetic world, stored as the sources the events cite. */
export function syntheticSources(seed: string, count: number): SyntheticSource[] {
	const world = createWorld(seed);
	const sources: SyntheticSource[] = [];
	for (let index = 0; index < count; index++) {
		const article = composeArticle(world, seed, index, Math.max(1, Math.round(count / 2.5)));
		const paragraphs: SyntheticSource['paragraphs'] = [];
		for (const match of article.text.matchAll(/[^\n]{40,}/g)) {
			paragraphs.push({ start: match.index, end: match.index + match[0].length });
		}
		sources.push({
			id: `bench-${String(index).padStart(6, '0')}`,
			file: `bench/${article.fileName}`,
			title: article.title,
			outlet: article.outlet.name,
			published: article.published,
			body: article.text,
			paragraphs
		});
	}
	return sources;
}

interface Cast {
	people: Participant[];
	/** Countries and organisations. */
	bodies: Participant[];
	cities: string[];
}

function castOf(world: World): Cast {
	return {
		people: world.officials.map((official) => ({
			id: slug(official.names[0]),
			name: official.names[0],
			role: `${official.country.demonym} ${official.title}`,
			kind: 'person',
			country: official.country.name
		})),
		bodies: [
			...world.countries.map((country): Participant => ({
				id: slug(country.name),
				name: country.name,
				kind: 'country',
				country: country.name
			})),
			...world.organisations.map((name): Participant => ({
				id: slug(name),
				name,
				kind: 'organisation'
			}))
		],
		cities: world.countries.flatMap((country) => [country.capital, ...country.cities])
	};
}

/** `k` different items (k much smaller than the list: no shuffle of the whole list). */
function pickDistinct<T>(prng: Prng, items: readonly T[], k: number): T[] {
	const picked: T[] = [];
	while (picked.length < k) {
		const item = prng.pick(items);
		if (!picked.includes(item)) picked.push(item);
	}
	return picked;
}

/** A day number, evenly over the span or near one of the bursts. */
function eventDay(prng: Prng, bursts: readonly number[]): number {
	if (!prng.chance(BURST_SHARE)) return prng.int(0, SPAN_DAYS - 1);
	// Box-Muller: a normal offset around the burst's centre.
	const offset = Math.sqrt(-2 * Math.log(1 - prng.next())) * Math.cos(2 * Math.PI * prng.next());
	const day = Math.round(prng.pick(bursts) + offset * BURST_SPREAD_DAYS);
	return Math.min(SPAN_DAYS - 1, Math.max(0, day));
}

function titleOf(type: EventType, people: Participant[], place: string): string {
	const [a, b] = people.map((p) => p.name);
	switch (type) {
		case 'meeting':
			return `${a} meets ${b} in ${place}`;
		case 'visit':
			return `${a} visits ${place}`;
		case 'phone_call':
			return `${a} and ${b} speak by phone`;
		case 'press_conference':
			return `${a} holds a press conference in ${place}`;
		case 'attack':
			return `Attack in ${place}`;
		case 'agreement':
			return `${a} and ${b} sign an agreement in ${place}`;
		case 'legislation':
			return `Parliament votes on a bill backed by ${a}`;
		case 'statement':
			return `${a} comments on talks with ${b}`;
		default:
			return `${a} and ${b} in ${place}`;
	}
}

/**
 * `count` distinct merged events citing `sources`, the same for the same seed. Generated one at
 * a time, so that writing a million of them keeps memory flat.
 */
export function* syntheticEvents(
	seed: string,
	count: number,
	sources: readonly SyntheticSource[]
): Generator<MergedEvent> {
	const world = createWorld(seed);
	const cast = castOf(world);
	const prng = createPrng(`${seed}/events`);
	const bursts = Array.from({ length: BURSTS }, () => prng.int(0, SPAN_DAYS - 1));
	// In date order, so that the date-keyed indexes grow at their ends instead of everywhere.
	const firstDays = Int32Array.from({ length: count }, () => eventDay(prng, bursts)).sort();
	for (let index = 0; index < count; index++) {
		const type = prng.weighted(TYPES, TYPE_WEIGHTS);
		const shape = prng.weighted(SHAPES, SHAPE_WEIGHTS);
		const days = shape.days(prng);
		const first = firstDays[index];
		const start = days > 0 ? isoDay(first) : null;
		const end = days > 0 ? isoDay(Math.min(SPAN_DAYS - 1, first + days - 1)) : null;

		const people = pickDistinct(prng, cast.people, 2);
		const participants = [...people, ...pickDistinct(prng, cast.bodies, prng.int(0, 2))];
		const place = prng.pick(cast.cities);
		const cited = prng.weighted(SOURCE_COUNTS, SOURCE_COUNT_WEIGHTS);
		const mentions = Array.from({ length: cited }, () => {
			const source = prng.pick(sources);
			const { start: from, end: to } = prng.pick(source.paragraphs);
			return { sourceId: source.id, start: from, end: to, excerpt: source.body.slice(from, to) };
		});
		yield {
			id: `${start ?? 'undated'}-${type}-${people[0].id}-${index.toString(36)}`,
			type,
			cameo: null,
			title: titleOf(type, people, place),
			planned: prng.chance(0.04),
			date: {
				start,
				end,
				precision: shape.precision,
				derivation: start ? prng.pick(['explicit', 'relative-to-publication']) : 'unresolved',
				text: start ? 'on Tuesday' : '',
				explanation: start
					? 'The Tuesday before the publication day.'
					: 'The text gives no date for this event.',
				approximate: shape.precision !== 'day' && prng.chance(0.3)
			},
			participants,
			place,
			mentions,
			conflicts: []
		};
	}
}
