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

/** Events this close to publication are the news the dateline covers. */
const DATELINE_REACH_DAYS = 3;

function visitPlace(draft: Draft, drafts: readonly Draft[]): string | null {
	const people = personsOf(draft);
	for (const visit of drafts) {
		if (visit === draft || visit.type !== 'visit' || !visit.place) continue;
		if (!visit.visitors.some((v) => people.includes(v))) continue;
		if (draft.date.start && visit.date.start && visit.date.end) {
			if (draft.date.start < visit.date.start || draft.date.start > visit.date.end) continue;
		}
		return visit.place;
	}
	return null;
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
		const visit = visitPlace(draft, drafts);
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
