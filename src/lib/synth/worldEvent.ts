import { addDays, dayNumber, fromDayNumber } from '../dates/calendar';
import type { IsoDay } from '../types';
import { createPrng, type Prng } from './prng';
import type { Country, Official, World } from './world';

export type SynthEventType =
	'meeting' | 'visit' | 'phone_call' | 'agreement' | 'press_conference' | 'statement' | 'attack';

/** One real-world event of the invented world, which several articles may report. */
export interface WorldEvent {
	index: number;
	type: SynthEventType;
	/** The visiting (or calling) official. */
	guest: Official;
	/** The receiving official, of the country where it happens. */
	host: Official;
	city: string;
	day: IsoDay;
	/** Length of a visit in days. */
	visitDays: number;
	topics: string[];
	/** Memoranda signed on the occasion (0: none). */
	agreements: number;
	/** Another official of the host country the guest also met that day. */
	sideMeeting: Official | null;
	/** Where the guest goes next, a day or three later. */
	nextStop: { country: Country; city: string; day: IsoDay } | null;
	/** The pair's previous meeting. */
	previousMeeting: { day: IsoDay; city: string } | null;
	/** For an attack: the group blamed. */
	attacker: string | null;
}

/** Events spread over ten years, so a timeline of the corpus has density. */
export const FIRST_DAY: IsoDay = '2015-01-01';
export const LAST_DAY: IsoDay = '2024-12-31';

const TYPES: SynthEventType[] = [
	'meeting',
	'visit',
	'phone_call',
	'agreement',
	'press_conference',
	'statement',
	'attack'
];
const TYPE_WEIGHTS = [34, 20, 14, 10, 8, 7, 7];
const TOPICS = [
	'trade',
	'energy supplies',
	'border security',
	'water sharing',
	'a rail corridor',
	'visa rules',
	'grain exports',
	'climate finance',
	'refugee returns',
	'fisheries',
	'debt relief',
	'a gas pipeline',
	'counter-terrorism',
	'direct flights',
	'port investment',
	'electricity links'
];

function officialOf(prng: Prng, world: World, country: Country, title?: string): Official {
	const staff = world.officials.filter((official) => official.country === country);
	return staff.find((official) => official.title === title) ?? prng.pick(staff);
}

function otherCountry(prng: Prng, world: World, not: Country): Country {
	for (;;) {
		const country = prng.pick(world.countries);
		if (country !== not) return country;
	}
}

/** Event `index` of the world: always the same for the same world and seed. */
export function worldEvent(world: World, seed: string, index: number): WorldEvent {
	const prng = createPrng(`${seed}/event/${index}`);
	const type = prng.weighted(TYPES, TYPE_WEIGHTS);
	const hostCountry = prng.pick(world.countries);
	const guestCountry = otherCountry(prng, world, hostCountry);
	const guest = officialOf(prng, world, guestCountry);
	// Counterparts meet counterparts more often than not.
	const host = officialOf(prng, world, hostCountry, prng.chance(0.6) ? guest.title : undefined);
	const day = fromDayNumber(prng.int(dayNumber(FIRST_DAY), dayNumber(LAST_DAY)));
	const city = prng.chance(0.6) ? hostCountry.capital : prng.pick(hostCountry.cities);
	const topics = [prng.pick(TOPICS), prng.pick(TOPICS)].filter(
		(topic, i, all) => all.indexOf(topic) === i
	);
	const inPerson = type !== 'phone_call' && type !== 'statement' && type !== 'attack';
	const side = inPerson && prng.chance(0.4) ? officialOf(prng, world, hostCountry) : null;
	const nextCountry = otherCountry(prng, world, hostCountry);
	return {
		index,
		type,
		guest,
		host,
		city,
		day,
		visitDays: prng.int(1, 3),
		topics,
		agreements: inPerson && prng.chance(0.3) ? prng.int(2, 6) : 0,
		sideMeeting: side && side !== host ? side : null,
		nextStop:
			inPerson && prng.chance(0.4)
				? { country: nextCountry, city: nextCountry.capital, day: addDays(day, prng.int(1, 3)) }
				: null,
		previousMeeting: prng.chance(0.5)
			? { day: addDays(day, -prng.int(20, 400)), city: guestCountry.capital }
			: null,
		attacker: type === 'attack' ? prng.pick(world.organisations) : null
	};
}
