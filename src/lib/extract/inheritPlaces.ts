import { countryByName } from '../actors/countries';
import { dayNumber } from '../dates/calendar';
import type { Publication } from '../types';
import { personsOf, type Draft } from './draft';
import { describePlace } from './places';

/**
 * Where an event happened when its sentence does not say: at the destination of the visit its
 * participants were on ("… arrived in Tehran", then a meeting with the visitor), in the host's
 * capital when a participant is "visiting", or at the story's dateline for the story's own news.
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
	const visits = drafts.filter(
		(d) =>
			d !== draft && d.type === 'visit' && d.place && d.visitors.some((v) => people.includes(v))
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

function nearPublication(draft: Draft, publication: Publication | null): boolean {
	if (draft.planned) return false;
	if (!draft.date.start || !draft.date.end || !publication) return true;
	if (draft.date.approximate) return true;
	return dayNumber(publication.day) - dayNumber(draft.date.end) <= DATELINE_REACH_DAYS;
}

export function inheritPlaces(
	drafts: Draft[],
	dateline: string | null,
	publication: Publication | null
): Draft[] {
	for (const draft of drafts) {
		if (draft.place) continue;
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
		if (dateline && draft.type !== 'phone_call' && nearPublication(draft, publication)) {
			[draft.place, draft.placeSource] = [describePlace(dateline, null), 'dateline'];
		}
	}
	return drafts;
}
