import { countryByName, countryOfCapital } from '../actors/countries';

/**
 * Places as extraction writes them ("Hofburg Palace, Vienna, Austria", "Vienna", "Austria", null),
 * compared by their comma-separated parts, most specific first, and by the country they lie in
 * where the data knows it (a country name, a capital).
 */
export interface PlaceInfo {
	/** Lower-case ascii words of each part, without articles or punctuation. */
	parts: string[];
	/** The country's name when a part names it or is its capital. */
	country: string | null;
	/** The place is just a country ("Austria"). */
	countryOnly: boolean;
	/** The most specific part that is neither a venue nor a country: the city or region. */
	city: string | null;
}

/**
 * - 'equal': the same parts;
 * - 'refines': one is a refinement of the other ("Austria" ⊂ "Vienna" ⊂ "Hofburg Palace, Vienna");
 * - 'unsaid': one text names no place;
 * - 'unknown': nothing tells (a venue without its city against a city);
 * - 'differs': different countries or different cities.
 */
export type PlaceRelation = 'equal' | 'refines' | 'unsaid' | 'unknown' | 'differs';

/** Words that make a part a venue inside a city rather than a city. */
const VENUE =
	/\b(?:palace|hotel|resort|airport|hall|house|shrine|mosque|church|cathedral|headquarters|building|office|ministry|embassy|consulate|parliament|centre|center|square|base|villa|castle|compound|complex|stadium|university|museum|residence|camp|bridge|station|garden|gardens)\b/;

function normalPart(part: string): string {
	return part
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9\s-]/g, ' ')
		.replace(/\bthe\b/g, ' ')
		.replace(/[\s-]+/g, ' ')
		.trim();
}

/** Corpora repeat the same few thousand places: remember them (a pure function, bounded). */
const known = new Map<string, PlaceInfo | null>();
const MAX_KNOWN = 20_000;

export function placeInfo(place: string | null): PlaceInfo | null {
	if (!place) return null;
	const cached = known.get(place);
	if (cached !== undefined) return cached;
	if (known.size >= MAX_KNOWN) known.clear();
	const info = readPlace(place);
	known.set(place, info);
	return info;
}

function readPlace(place: string): PlaceInfo | null {
	const raw = place.split(',').map((part) => part.trim());
	const parts: string[] = [];
	let country: string | null = null;
	let countryParts = 0;
	let city: string | null = null;
	for (const text of raw) {
		const part = normalPart(text);
		if (!part) continue;
		parts.push(part);
		const named = countryByName(text);
		if (named) countryParts++;
		country = named?.name ?? countryOfCapital(text)?.name ?? country;
		if (!named && !VENUE.test(part)) city ??= part;
	}
	if (parts.length === 0) return null;
	return { parts, country, countryOnly: countryParts === parts.length, city };
}

/** Whether `inner` occurs in `outer` as a whole-word sequence ("vienna" in "vienna airport"). */
function partContains(outer: string, inner: string): boolean {
	return ` ${outer} `.includes(` ${inner} `);
}

function partsMatch(a: string, b: string): boolean {
	return partContains(a, b) || partContains(b, a);
}

export function relatePlaces(a: PlaceInfo | null, b: PlaceInfo | null): PlaceRelation {
	if (!a || !b) return 'unsaid';
	if (a.parts.length === b.parts.length && a.parts.every((part, i) => part === b.parts[i]))
		return 'equal';
	const [vaguer, finer] = a.parts.length <= b.parts.length ? [a, b] : [b, a];
	if (vaguer.parts.every((part) => finer.parts.some((other) => partsMatch(part, other)))) {
		return 'refines';
	}
	if (a.country && b.country && a.country !== b.country) return 'differs';
	if ((a.countryOnly || b.countryOnly) && a.country === b.country) return 'refines';
	if (a.city && b.city && !partsMatch(a.city, b.city)) return 'differs';
	return 'unknown';
}

/** The most specific of compatible places: most parts, then the longest text, then alphabetical. */
export function mostSpecificPlace(places: (string | null)[]): string | null {
	let best: string | null = null;
	let bestParts = 0;
	for (const place of places) {
		const parts = placeInfo(place)?.parts.length ?? 0;
		if (!place || parts === 0) continue;
		const better =
			best === null ||
			parts > bestParts ||
			(parts === bestParts &&
				(place.length > best.length || (place.length === best.length && place < best)));
		if (better) {
			best = place;
			bestParts = parts;
		}
	}
	return best;
}
