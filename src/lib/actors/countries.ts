import data from './countries.json';
import { foldDiacritics } from './phoneticKey';

/** A state as the extractor knows it: names it goes by, adjectives for its people, its capital. */
export interface Country {
	name: string;
	capital: string;
	demonyms: string[];
	aliases: string[];
	capitalAliases?: string[];
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
