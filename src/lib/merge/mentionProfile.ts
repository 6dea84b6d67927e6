import { dayNumber, weekdayOf } from '../dates/calendar';
import { excerptWords } from './excerptWords';
import { typeGroup } from './mergePolicy';
import { participantSet, type ParticipantSet } from './participantOverlap';
import { placeInfo, type PlaceInfo } from './relatePlaces';
import type { PartialDate } from './partialDays';
import { isPrecise, type DateFacts } from './relateDates';
import type { EventMention } from '../types';
import type { SourcedMention } from './types';

/**
 * What clustering compares of one mention, precomputed. Holds no text (excerpts, title, date
 * explanation), so that a corpus's worth of them stays small.
 */
export interface MatchProfile {
	/** Position in the canonical order (see `compareSourced`). */
	index: number;
	sourceId: string;
	type: EventMention['type'];
	planned: boolean;
	participants: ParticipantSet;
	place: PlaceInfo | null;
	date: DateFacts;
	/** Names a day or a short span, not approximate: such mentions anchor the merge. */
	precise: boolean;
	/** Hashed content words of the excerpts (see `excerptWords`). */
	words: Uint32Array;
	/** Keys of the candidate buckets (see `CandidateIndex`), each prefixed with the type group. */
	keys: {
		/** Each participant id: any match shares one. */
		actors: string[];
		/** Each pair of participant ids and each id at each place part: any strong match shares one. */
		strong: string[];
		/** Each place part: how mentions without participants find their matches. */
		places: string[];
	};
}

/** A sourced mention with what merging compares and what building its event reads. */
export interface MentionProfile extends MatchProfile {
	sourced: SourcedMention;
	/** Calendar day of publication in the publisher's zone, as a day number. */
	publishedDay: number | null;
}

/** `${sourceId}:${start}-${end}` of an excerpt: how stored links follow a mention. */
export function mentionKey(sourceId: string, excerpt: { start: number; end: number }): string {
	return `${sourceId}:${excerpt.start}-${excerpt.end}`;
}

function normalPartial(partial: PartialDate | undefined): PartialDate | undefined {
	if (!partial) return undefined;
	const { month, day, weekday } = partial;
	return month === undefined && day === undefined && weekday === undefined ? undefined : partial;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A total order on sourced mentions that depends only on their content, so that merging gives
 * the same result whatever order the caller passes them in.
 */
export function compareSourced(a: SourcedMention, b: SourcedMention): number {
	const ea = a.mention.excerpts[0];
	const eb = b.mention.excerpts[0];
	return (
		compareText(a.sourceId, b.sourceId) ||
		(ea?.start ?? -1) - (eb?.start ?? -1) ||
		(ea?.end ?? -1) - (eb?.end ?? -1) ||
		compareText(a.mention.type, b.mention.type) ||
		compareText(a.mention.title, b.mention.title) ||
		compareText(JSON.stringify(a), JSON.stringify(b))
	);
}

function bucketKeys(
	type: EventMention['type'],
	participants: ParticipantSet,
	place: PlaceInfo | null
): MatchProfile['keys'] {
	// Types that may merge (a visit and a meeting) share buckets.
	const group = `${typeGroup(type)}\u0001`;
	// Countries participants belong to count too: "Austria" then meets its minister in the buckets.
	const ids = [...new Set([...participants.ids, ...participants.implied])].sort();
	// The country too, so that "Austria" and "Vienna" share a key.
	const parts = place
		? [...new Set([...place.parts, ...(place.country ? [place.country.toLowerCase()] : [])])]
		: [];
	const strong: string[] = [];
	ids.forEach((id, i) => {
		for (const other of ids.slice(i + 1)) strong.push(`${group}${id}+${other}\u0001`);
		for (const part of parts) strong.push(`${group}${id}@${part}\u0001`);
	});
	return {
		actors: ids.map((id) => `${group}${id}\u0001`),
		strong,
		places: parts.map((part) => `${group}@${part}\u0001`)
	};
}

const NO_WORDS = new Uint32Array(0);

/** The excerpts' content words, without the participants' names and titles and the place. */
function mentionWords(mention: EventMention): Uint32Array {
	return excerptWords(
		mention.excerpts.map((excerpt) => excerpt.text),
		[...mention.participants.flatMap((p) => [p.name, p.role ?? '']), mention.place ?? '']
	);
}

/**
 * What merging compares of a sourced mention, and what building its event reads. `words: false`
 * leaves the excerpt words out (empty) for building events, which does not compare mentions;
 * `words: 'lazy'` finds them when first read: most mentions an incremental merge looks at are
 * ruled out by type or date before their words count.
 */
export function profileMention(
	sourced: SourcedMention,
	index: number,
	{ words = true }: { words?: boolean | 'lazy' } = {}
): MentionProfile {
	const { date } = sourced.mention;
	const place = placeInfo(sourced.mention.place);
	const participants = participantSet(sourced.mention.participants);
	const dated = date.start !== null && date.end !== null;
	const facts: DateFacts = {
		start: dated ? dayNumber(date.start as string) : null,
		end: dated ? dayNumber(date.end as string) : null,
		approximate: date.approximate,
		partial: dated ? undefined : normalPartial(date.partial)
	};
	if (dated && date.start === date.end) {
		const iso = date.start as string;
		facts.single = { month: +iso.slice(5, 7), day: +iso.slice(8, 10), weekday: weekdayOf(iso) };
	}
	const profile: MentionProfile = {
		index,
		sourceId: sourced.sourceId,
		type: sourced.mention.type,
		planned: sourced.mention.planned,
		sourced,
		participants,
		place,
		date: facts,
		precise: isPrecise(facts),
		words: words === true ? mentionWords(sourced.mention) : NO_WORDS,
		// An ISO timestamp starts with the local calendar day of its own offset.
		publishedDay: sourced.published ? dayNumber(sourced.published.slice(0, 10)) : null,
		keys: bucketKeys(sourced.mention.type, participants, place)
	};
	if (words === 'lazy') {
		Object.defineProperty(profile, 'words', {
			enumerable: true,
			configurable: true,
			get: () => {
				const found = mentionWords(sourced.mention);
				Object.defineProperty(profile, 'words', { value: found, enumerable: true, writable: true });
				return found;
			}
		});
	}
	return profile;
}

/** The profile without its source text: what clustering needs of a mention. */
export function matchProfile(profile: MentionProfile): MatchProfile {
	const { index, sourceId, type, planned, participants, place, date, precise, words, keys } =
		profile;
	return { index, sourceId, type, planned, participants, place, date, precise, words, keys };
}
