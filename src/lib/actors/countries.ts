import data from './countries.json';
import { foldDiacritics } from './phoneticKey';

/** A state as the extractor knows it: names it goes by, adjectives for its people, its capital. */
export interface Country {
	name: string;
	capital: string;
	demonyms: string[];
	aliases: string[];
	capitalAliases?: string[];
	/** Seats of its government that stand for it in news copy ("Downing Street", "the Elysee"). */
	seats?: string[];
}

export const COUNTRIES: readonly Country[] = data;

/** Acronyms (US, UAE) are matched case-sensitively so that the pronoun "us" is not a country. */
const keys = new Map<string, string>();
function lookupKey(text: string): string {
	let key = keys.get(text);
	if (key === undefined) {
		if (keys.size > 50_000) keys.clear();
		key = computeLookupKey(text);
		keys.set(text, key);
	}
	return key;
}

function computeLookupKey(text: string): string {
	const bare = text.replace(/^the\s+/i, '');
	if (/^(?:\p{Lu}\.?){2,}$/u.test(bare)) return `#${bare.replace(/\./g, '')}`;
	return foldDiacritics(bare)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function indexBy(names: (c: Country) => string[]): Map<string, Country> {
	const index = new Map<string, Country>();
	for (const country of COUNTRIES) {
		for (const name of names(country)) {
			const key = lookupKey(name);
			if (key && !index.has(key)) index.set(key, country);
		}
	}
	return index;
}

const byName = indexBy((c) => [c.name, ...c.aliases]);
const byDemonym = indexBy((c) => c.demonyms);
const byCapital = indexBy((c) => [c.capital, ...(c.capitalAliases ?? [])]);
const bySeat = indexBy((c) => c.seats ?? []);
/** Most words of a seat's name, and the keys of their first words, to try few phrases. */
const SEAT_WORDS = Math.max(...[...bySeat.keys()].map((key) => key.split(' ').length));
const SEAT_FIRST_WORDS = new Set([...bySeat.keys()].map((key) => key.split(' ')[0]));

/** The country a name or alias denotes ("Iraq", "the UAE", "U.S."). */
export function countryByName(text: string): Country | undefined {
	return byName.get(lookupKey(text));
}

/** The country of a people's adjective ("Iraqi", "Emirati", "US"). */
export function countryByDemonym(text: string): Country | undefined {
	return byDemonym.get(lookupKey(text));
}

/** The country whose capital (or seat of government) this city is. */
export function countryOfCapital(city: string): Country | undefined {
	return byCapital.get(lookupKey(city));
}

/**
 * The state whose seat of government a phrase starting at `words[0]` names ("Downing Street said"),
 * with the number of words it takes, longest first; null when it names none.
 */
export function countryOfSeat(
	words: readonly string[]
): { country: Country; words: number } | null {
	if (!words.length || !SEAT_FIRST_WORDS.has(lookupKey(words[0]))) return null;
	for (let n = Math.min(SEAT_WORDS, words.length); n >= 1; n--) {
		const country = bySeat.get(lookupKey(words.slice(0, n).join(' ')));
		if (country) return { country, words: n };
	}
	return null;
}
