import type { Prng } from './prng';

/**
 * Invented, pronounceable names built from syllables, so the synthetic corpus never names a
 * real person or country. Family names come with the spelling variants real transliterations
 * produce ("Khourani" / "Hourani" / "Khurani"), which cross-source merging has to cope with.
 */

const ONSETS = [
	'b',
	'd',
	'f',
	'g',
	'h',
	'k',
	'l',
	'm',
	'n',
	'p',
	'r',
	's',
	't',
	'v',
	'z',
	'br',
	'dr',
	'kh',
	'sh',
	'tr',
	'st'
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'k', 'd'];
const FAMILY_PREFIXES = ['', '', '', '', 'al-', 'van ', 'de ', 'bin '];
const COUNTRY_ENDINGS = ['ia', 'land', 'ora', 'ovia', 'esh', 'istan', 'ana', 'oria'];
const CITY_ENDINGS = ['', '', 'a', 'ovo', 'port', 'burg', 'abad', 'ville', 'polis'];

/** Pairs of spellings a transliteration may swap, first form as generated. */
const SPELLING_SWAPS: [RegExp, string][] = [
	[/ou/, 'u'],
	[/kh/, 'h'],
	[/ei/, 'ey'],
	[/i$/, 'y'],
	[/^al-/, 'Al '],
	[/^al-/, 'el-'],
	[/([aeiou])([lmnrst])([aeiou])/, '$1$2$2$3']
];

export function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllable(prng: Prng, coda = true): string {
	return prng.pick(ONSETS) + prng.pick(VOWELS) + (coda ? prng.pick(CODAS) : '');
}

function word(prng: Prng, syllables: number): string {
	let text = '';
	for (let i = 0; i < syllables; i++)
		text += syllable(prng, i === syllables - 1 || prng.chance(0.3));
	return text;
}

export function givenName(prng: Prng): string {
	return capitalize(word(prng, prng.int(2, 3)));
}

/** A family name, lower-case prefix included ("al-khourani"), not yet capitalized. */
export function familyName(prng: Prng): string {
	return prng.pick(FAMILY_PREFIXES) + word(prng, prng.int(2, 3));
}

/** "al-khourani" → "al-Khourani"; "van dorek" → "van Dorek"; "tesmar" → "Tesmar". */
export function displayFamilyName(family: string): string {
	const match = /^(al-|el-|Al |van |de |bin )?(.*)$/.exec(family) as RegExpExecArray;
	return (match[1] ?? '') + capitalize(match[2]);
}

/** The other ways sources spell a family name; may be empty. */
export function spellingVariants(family: string): string[] {
	const variants = new Set<string>();
	for (const [pattern, replacement] of SPELLING_SWAPS) {
		const variant = family.replace(pattern, replacement);
		if (variant !== family) variants.add(variant);
	}
	return [...variants];
}

export function countryName(prng: Prng): string {
	const stem = word(prng, prng.int(1, 2)).replace(/[aeiou]+$/, '');
	return capitalize(stem + prng.pick(COUNTRY_ENDINGS));
}

/** "Valdoria" → "Valdorian", "Moresh" → "Moreshi", "Kestland" → "Kestlandic". */
export function demonym(country: string): string {
	if (/a$/.test(country)) return `${country}n`;
	if (/(stan|sh)$/.test(country)) return `${country}i`;
	if (/land$/.test(country)) return `${country}ic`;
	return `${country}ian`;
}

export function cityName(prng: Prng): string {
	for (;;) {
		const name = word(prng, prng.int(1, 2)) + prng.pick(CITY_ENDINGS);
		if (name.length >= 4) return capitalize(name);
	}
}
