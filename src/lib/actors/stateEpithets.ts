import { z } from 'zod';
import { countryByName } from './countries';
import { regionalGroupMembers } from './regionalGroups';
import data from './stateEpithets.json';

/**
 * A state named by what it is rather than by its name, as wire copy does after naming it once:
 * "the kingdom", "the island nation", "the Himalayan nation", "the oil-rich Gulf state", "the
 * former Soviet republic", "the host country". The words come from the data file beside this
 * module; which state is meant is the article's business (ArticleActors).
 */

const lowerWords = z.array(z.string().regex(/^[\p{Ll}-]+(?: [\p{Ll}]+)?$/u)).min(1);
const stateNames = z.array(z.string().refine((name) => countryByName(name)?.name === name)).min(1);
const schema = z.object({
	$comment: z.string(),
	heads: z.object({ bare: lowerWords, plural: lowerWords, modified: lowerWords }),
	fillers: lowerWords,
	kinds: z.record(z.string(), stateNames),
	regions: z.record(z.string(), stateNames)
});

const epithets = schema.parse(data);
const BARE_HEADS = new Set(epithets.heads.bare);
const HEADS = new Set([...epithets.heads.bare, ...epithets.heads.modified]);
const PLURAL_HEADS = new Set(epithets.heads.plural);
const FILLERS = new Set(epithets.fillers);
const KINDS = new Map(Object.entries(epithets.kinds));
const REGIONS = new Map(Object.entries(epithets.regions));
/** "the host country", "the host nation": the state where the story's meeting is held. */
const HOST = 'host';

export interface StateEpithet {
	/** Index of the epithet's last word (its head). */
	last: number;
	/** The states it can denote ("the kingdom": the kingdoms), or null when it could be any. */
	states: readonly string[] | null;
	/** "the host country": the state that hosts the story's meeting or visit. */
	host: boolean;
	/** "the Andean neighbours": several states, the sides the story is about. */
	plural: boolean;
}

function regionAt(words: readonly string[], at: number): [readonly string[], number] | null {
	const two = REGIONS.get(`${words[at]} ${words[at + 1] ?? ''}`);
	if (two) return [two, 2];
	const one = REGIONS.get(words[at]) ?? regionalGroupMembers(words[at]);
	return one.length ? [one, 1] : null;
}

/**
 * The epithet opening with "the" at `start` in a sentence's lower-case words, or null. A bare
 * head names a state alone ("the kingdom", "the nation"); a head that also names other things
 * ("state", "republic", "giant") needs a word before it that says it is a state ("the Gulf
 * state", "the former Soviet republic", "the Asian giant").
 */
export function readStateEpithet(words: readonly string[], start: number): StateEpithet | null {
	if (words[start] !== 'the') return null;
	const narrowing: (readonly string[])[] = [];
	let modified = false;
	let host = false;
	for (let j = start + 1; j < words.length && j <= start + 6;) {
		const word = words[j];
		const kind = KINDS.get(word);
		// "the Andean neighbours", "the oil-rich states": states of a region or kind.
		if (PLURAL_HEADS.has(word) && narrowing.length) {
			return { last: j, states: intersection(narrowing), host, plural: true };
		}
		// "island nation", "kingdom state": a head followed by another head qualifies it.
		if (HEADS.has(word) && !HEADS.has(words[j + 1] ?? '')) {
			if (!BARE_HEADS.has(word) && !modified) return null;
			if (kind) narrowing.push(kind);
			const states = narrowing.length ? intersection(narrowing) : null;
			return { last: j, states, host, plural: false };
		}
		const region = regionAt(words, j);
		if (region) {
			narrowing.push(region[0]);
			j += region[1];
		} else if (kind) {
			narrowing.push(kind);
			j++;
		} else if (FILLERS.has(word) || word === HOST) {
			host ||= word === HOST;
			j++;
		} else return null;
		modified = true;
	}
	return null;
}

function intersection(sets: readonly (readonly string[])[]): readonly string[] {
	return sets.reduce((kept, next) => kept.filter((name) => next.includes(name)));
}
