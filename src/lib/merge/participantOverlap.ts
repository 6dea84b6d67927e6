import { countryByDemonym } from '../actors/countries';
import { phoneticKey } from '../actors/phoneticKey';
import type { Participant } from '../types';
import { slugify } from './eventSlug';

/**
 * Participant keys of one mention; `persons` also holds keys of unknown kind (most are people).
 * A person's key is the transliteration key of the name (so "Erdogan" and "Erdoğan", or two
 * spellings of a name the gazetteer does not list, are one person); countries and organisations
 * keep their ids.
 */
export interface ParticipantSet {
	ids: ReadonlySet<string>;
	persons: ReadonlySet<string>;
	/** Ids of the countries participants belong to, where not named themselves: a minister stands for the country. */
	implied: ReadonlySet<string>;
	/** Sum of the weights of all ids. */
	weight: number;
}

export interface ParticipantOverlap {
	/**
	 * Whether the two lists can describe the same event as they stand: they share someone, and
	 * when each names people the other lacks, the shared people outnumber those extras.
	 */
	compatible: boolean;
	/** Number of participant ids both name. */
	shared: number;
	/** Similarity in [0, 1]: weighted Dice coefficient, a person counting twice a country. */
	similarity: number;
	/**
	 * How closely the people match, for choosing between candidates: 0 the same people, 1 one
	 * list of people contains the other, 2 each names someone the other does not.
	 */
	personTier: 0 | 1 | 2;
}

const PERSON_WEIGHT = 2;
/** The implied ids of most lists; sets are never changed once made, so one can serve them all. */
const NONE: ReadonlySet<string> = new Set();

const isPerson = (participant: Participant) =>
	participant.kind === undefined || participant.kind === 'person';

/**
 * The key a participant is compared by (see `ParticipantSet`). Transliteration keys keep letters
 * only, so a name's digits are added back: "Unit 8" and "Unit 9" are two actors.
 */
export function participantKey(participant: Participant): string {
	if (!isPerson(participant)) return participant.id;
	return `~${phoneticKey(participant.name)}${participant.name.replace(/\D+/g, '')}`;
}

/**
 * The country a participant belongs to where the mention says it: its `country`, else the
 * people's adjective opening its role ("Emirati Foreign Minister" → United Arab Emirates).
 */
export function participantCountry(participant: Participant): string | null {
	if (participant.country) return participant.country;
	const firstWord = participant.role?.trim().split(' ', 1)[0];
	if (!firstWord || !isPerson(participant)) return null;
	return countryByDemonym(firstWord)?.name ?? null;
}

export function participantSet(participants: Participant[]): ParticipantSet {
	// A state listed beside its own person ("Kyrgyzstan" with its president) adds nothing the
	// person does not imply: it counts as implied, so two meetings of one state's leader with
	// others' leaders do not share it as a named actor.
	const personStates = new Set(
		participants
			.filter(isPerson)
			.map((p) => participantCountry(p))
			.filter((c) => c !== null)
	);
	const ids = new Set<string>();
	const persons = new Set<string>();
	for (const participant of participants) {
		if (participant.kind === 'country' && personStates.has(participant.name)) continue;
		const key = participantKey(participant);
		ids.add(key);
		if (isPerson(participant)) persons.add(key);
	}
	const implied = new Set<string>();
	for (const participant of participants) {
		const name = participantCountry(participant);
		const country = name ? slugify(name) : null;
		if (country && !ids.has(country)) implied.add(country);
	}
	// A corpus holds tens of thousands of these: equal sets are kept once (persons are mostly all ids).
	return {
		ids,
		persons: persons.size === ids.size ? ids : persons,
		implied: implied.size === 0 ? NONE : implied,
		weight: ids.size + (PERSON_WEIGHT - 1) * persons.size
	};
}

/**
 * Participants are compared by id. One side may name more actors than the other (one article
 * lists the aides, another only the leaders) as long as they share a core. When each side has
 * a person the other lacks, the shared people must outnumber those extras: al-X meeting A and
 * al-X meeting B on the same day are two meetings, a summit reported with different delegates is
 * one. A country matches a participant from that country ("Austria" and its minister). An empty
 * list says nothing and is compatible with any list.
 */
export function compareParticipants(a: ParticipantSet, b: ParticipantSet): ParticipantOverlap {
	if (a.ids.size === 0 || b.ids.size === 0) {
		return { compatible: true, shared: 0, similarity: 0, personTier: 1 };
	}
	const [small, large] = a.ids.size <= b.ids.size ? [a, b] : [b, a];
	let shared = 0;
	let sharedWeight = 0;
	let sharedPersons = 0;
	let personsOfSmallShared = 0;
	let personsOfLargeShared = 0;
	for (const [named, other] of [
		[a, b],
		[b, a]
	]) {
		for (const id of named.ids) {
			if (other.implied.has(id)) {
				shared++;
				sharedWeight++;
			}
		}
	}
	for (const id of small.ids) {
		if (!large.ids.has(id)) continue;
		shared++;
		const inSmall = small.persons.has(id);
		const inLarge = large.persons.has(id);
		if (inSmall) personsOfSmallShared++;
		if (inLarge) personsOfLargeShared++;
		if (inSmall || inLarge) sharedPersons++;
		sharedWeight += inSmall || inLarge ? PERSON_WEIGHT : 1;
	}
	const similarity = Math.min(1, (2 * sharedWeight) / (a.weight + b.weight));
	const onlySmall = small.persons.size - personsOfSmallShared;
	const onlyLarge = large.persons.size - personsOfLargeShared;
	const personTier =
		onlySmall === 0 && onlyLarge === 0 ? 0 : onlySmall === 0 || onlyLarge === 0 ? 1 : 2;
	const compatible =
		shared > 0 &&
		(personTier < 2 || (sharedPersons >= 2 && sharedPersons >= Math.max(onlySmall, onlyLarge)));
	return { compatible, shared, similarity, personTier };
}
