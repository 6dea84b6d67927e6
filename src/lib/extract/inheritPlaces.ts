import { countryByName } from '../actors/countries';
import { dayNumber } from '../dates/calendar';
import type { Publication } from '../types';
import { isBorrowedDate, personsOf, type Draft } from './draft';
import { countryOfPlace, describePlace, isLoneVenue } from './places';

/**
 * Where an event happened when its sentence does not say: at the destination of the visit its
 * participants were on ("… arrived in Tehran", then a meeting with the visitor), in the host's
 * capital when a participant is "visiting", at the story's dateline for the story's own news, and
 * in its capital for an act of one state's own organs (a statement, a vote, an expulsion) that
 * the dateline does not cover.
 */

/** A visit known by its first day is assumed to last at most this long. */
const STAY_REACH_DAYS = 7;
/** Events this close to publication are the news the dateline covers. */
const DATELINE_REACH_DAYS = 3;

/**
 * Whether a visit covers a day: its span does, and a visit known only by its first day
 * ("landed on Sunday") runs on until the same visitor's next trip begins.
 */
function covers(visit: Draft, day: string, visits: readonly Draft[]): boolean {
	const { start, end } = visit.date;
	if (!start || !end) return true;
	// A trip known only by its month or year ("earlier this year") says nothing of a given day.
	if (dayNumber(end) - dayNumber(start) > STAY_REACH_DAYS) return false;
	if (day >= start && day <= end) return true;
	if (start !== end || day < start || visit.planned) return false;
	if (dayNumber(day) - dayNumber(start) > STAY_REACH_DAYS) return false;
	return !visits.some(
		(other) =>
			other !== visit &&
			other.visitors.some((v) => visit.visitors.includes(v)) &&
			!!other.date.start &&
			other.date.start > start &&
			other.date.start < day
	);
}

/**
 * The place of the visit a draft's people were on at its date; when two fit (an arrival and a
 * departure the same day), the one the story is filed from.
 */
function visitPlace(
	draft: Draft,
	drafts: readonly Draft[],
	dateline: string | null
): string | null {
	const people = personsOf(draft);
	// "Having met X, she flew on to Y": an act told before the journey in its own sentence was
	// done before setting out.
	const before = (d: Draft) => d.sentence === draft.sentence && draft.at < d.at;
	// Someone of a third state who is not on the trip was not met at its destination.
	const elsewhere = (d: Draft) => {
		const destination = d.place ? countryOfPlace(d.place) : null;
		return (
			destination !== null &&
			people.some((p) => !d.visitors.includes(p) && !!p.country && p.country !== destination)
		);
	};
	const visits = drafts.filter(
		(d) =>
			d !== draft &&
			d.type === 'visit' &&
			d.place &&
			d.visitors.some((v) => people.includes(v)) &&
			!before(d) &&
			!elsewhere(d)
	);
	const day = draft.date.start;
	const places = visits
		.filter((visit) => !day || covers(visit, day, visits))
		.map((visit) => visit.place as string);
	const filed = dateline ? places.find((p) => p.split(/,\s*/).includes(dateline)) : undefined;
	return filed ?? places[0] ?? null;
}

function hostCapital(draft: Draft): string | null {
	const guests = draft.participants.filter((a) => a.visiting);
	if (!guests.length) return null;
	const host = draft.participants.find(
		(a) =>
			!a.visiting &&
			a.kind === 'person' &&
			a.country &&
			!guests.some((g) => g.country === a.country)
	);
	const country = host?.country ? countryByName(host.country) : undefined;
	return country ? describePlace(country.capital, null) : null;
}

/** Acts a state's organs perform at home: what they say, decide and enact, and meet on. */
const SEAT_TYPES = new Set<Draft['type']>([
	'statement',
	'press_conference',
	'legislation',
	'other',
	'meeting'
]);

/** Roles held abroad: an ambassador acts where posted, not at home. */
const POSTED_ABROAD = /\b(?:ambassador|envoy|charg[ée] d'affaires|consul)\b/i;

/** The one state whose organs alone perform a domestic act, else null. */
function soleState(draft: Draft): string | null {
	if (!SEAT_TYPES.has(draft.type) || draft.visitors.length) return null;
	if (draft.participants.some((a) => a.role && POSTED_ABROAD.test(a.role))) return null;
	const states = new Set(
		draft.participants.map((a) => (a.kind === 'country' ? a.name : a.country))
	);
	if (states.size !== 1 || states.has(null)) return null;
	const [state] = states;
	return state;
}

/** The capital of a state the data knows, described as a place. */
function seatOf(state: string): string | null {
	const country = countryByName(state);
	return country ? describePlace(country.capital, null) : null;
}

/**
 * A state's act told after an event elsewhere with no words tying it there (the story going on:
 * "the French foreign ministry said it regretted the decision"): it took the event's place, but
 * was done at home.
 */
function foreignReaction(draft: Draft): boolean {
	if (draft.placeSource !== 'tied' || !draft.place || !isBorrowedDate(draft.date)) return false;
	const state = soleState(draft);
	const country = countryOfPlace(draft.place);
	return !!state && !!country && country !== state;
}

function nearPublication(draft: Draft, publication: Publication | null): boolean {
	if (draft.planned) return false;
	if (!draft.date.start || !draft.date.end || !publication) return true;
	if (draft.date.approximate) return true;
	return dayNumber(publication.day) - dayNumber(draft.date.end) <= DATELINE_REACH_DAYS;
}

/**
 * A venue the text names without its city ("signed the accord at the State Palace") lies in the
 * story's city: the dateline, else the city of the nearest event told before it, else after it.
 */
function venueCity(draft: Draft, drafts: readonly Draft[], dateline: string | null): string | null {
	if (dateline) return dateline;
	const i = drafts.indexOf(draft);
	const city = (d: Draft) =>
		!!d.place && !isLoneVenue(d.place) && countryOfPlace(d.place) !== null && d.place.includes(',');
	const before = drafts.slice(0, i).reverse().find(city);
	const after = drafts.slice(i + 1).find(city);
	return (before ?? after)?.place?.split(/,\s*/).at(-2) ?? null;
}

export function inheritPlaces(
	drafts: Draft[],
	dateline: string | null,
	publication: Publication | null
): Draft[] {
	for (const draft of drafts) {
		if (draft.place && isLoneVenue(draft.place)) {
			const city = venueCity(draft, drafts, dateline);
			if (city) draft.place = describePlace(draft.place, city);
		}
		if (draft.place && !foreignReaction(draft)) continue;
		const visit = visitPlace(draft, drafts, dateline);
		if (visit) {
			[draft.place, draft.placeSource] = [visit, 'visit'];
			continue;
		}
		const host = hostCapital(draft);
		if (host) {
			[draft.place, draft.placeSource] = [host, 'host'];
			continue;
		}
		const state = soleState(draft);
		const local = dateline && draft.type !== 'phone_call' && nearPublication(draft, publication);
		// A state's act is the dateline's news only where that state is: a foreign ministry's
		// statement on a story filed from elsewhere was made at home.
		const filed = local ? describePlace(dateline, null) : null;
		// Talks with only a state named ("talks mediated by Norway resumed") have other sides
		// the text leaves out: they are no act of that state's organs at home.
		const sidesUnnamed =
			draft.type === 'meeting' && draft.participants.every((a) => a.kind === 'country');
		if (
			filed &&
			(!state || sidesUnnamed || countryOfPlace(filed) === null || countryOfPlace(filed) === state)
		) {
			[draft.place, draft.placeSource] = [filed, 'dateline'];
			continue;
		}
		const seat = state ? seatOf(state) : null;
		if (seat) [draft.place, draft.placeSource] = [seat, 'host'];
		else if (filed) [draft.place, draft.placeSource] = [filed, 'dateline'];
	}
	return drafts;
}
