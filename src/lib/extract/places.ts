import {
	countryByDemonym,
	countryByName,
	countryOfCapital,
	countryOfSeat
} from '../actors/countries';

/**
 * Places named in a sentence: "in Santiago", "at the Moneda Palace", "in the Peruvian capital
 * Lima", "in the Chilean capital", "in the port city of Valparaiso", "in Lima's Torre Tagle
 * Palace", "at the minister's home in Cusco", "near Arica", "visit to Bolivia".
 */

export interface PlaceMention {
	start: number;
	end: number;
	/** The place as it should be shown ("Dolmabahce Palace, Istanbul", "Beijing"). */
	name: string;
	/** The preposition before it ("in", "to", "from" …). */
	preposition: string;
	/** Venues (palaces, hotels, airports) are inside a city the sentence may not name. */
	venue: boolean;
	/** The place is a whole country ("Iraq"). */
	country: boolean;
}

const NOT_PLACE_WORDS = new Set(
	`january february march april may june july august september october november december jan feb mar
	apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday the a
	an his her their its this that early late mid last next february's`.split(/\s+/)
);
const VENUE_HEADS =
	/\b(?:palace|hotel|house|airport|villa|residence|hall|centre|center|building|complex|resort|shrine|mosque|compound|headquarters|embassy|lawn|square|base|camp|palacio|palácio|palais|palazzo|casa|quinta|château|chateau|schloss|qasr)\b/iu;
// A name may hold an apostrophe ("Nuku'alofa", "N'Djamena", "Sana'a"); a possessive "'s" ends it.
const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}.-]*(?:['’](?!s\b)\p{L}[\p{L}-]*)?|al-\p{Lu}[\p{L}-]*)`;
const LOWER_VENUE = String.raw`(?:\s+(?:resort|palace|hotel|airport|shrine|complex|residence|compound|base))?`;
const CAP_PHRASE = String.raw`${CAP_WORD}(?:\s+(?:of\s+(?:the\s+)?|de\s+|la\s+)?${CAP_WORD}){0,4}${LOWER_VENUE}`;
const PLACE_PATTERN = new RegExp(
	String.raw`\b([Ii]n|[Aa]t|[Nn]ear|[Oo]utside|to|from|into|on|[Ii]nside|(?<=\b(?:left|leaves|leaving|departed|departs|departing|off)\s)for)\s+(?:the\s+)?(?:(\p{Lu}\p{L}+)\s+capital(?:\s+city)?(?:,?\s+(${CAP_PHRASE}))?|(?:[\p{L}-]+\s+){0,3}(?:city|town|port|village|island|resort|province|region)\s+of\s+(${CAP_PHRASE})|(${CAP_PHRASE})(?:['’]s\s+(${CAP_PHRASE}))?)`,
	'gu'
);

/** "across the Somali border", "over the Lebanese frontier": what lies beyond is that state. */
const ACROSS_BORDER = /\b(?:across|over|beyond)\s+the\s+(\p{Lu}\p{L}+)\s+(?:border|frontier)\b/gu;

function trimPhrase(phrase: string): string | null {
	const words = phrase.split(/\s+/);
	while (words.length && NOT_PLACE_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
	while (words.length && NOT_PLACE_WORDS.has(words[0].toLowerCase())) words.shift();
	if (!words.length) return null;
	const text = words.join(' ').replace(/[.,]$/, '');
	if (/^\d/.test(text) || NOT_PLACE_WORDS.has(text.toLowerCase())) return null;
	return text;
}

/**
 * Every place phrase of a sentence; `people` lists character ranges of person mentions, which are
 * never places ("with Prime Minister X" is not, "in Tehran" is).
 */
export function findPlaces(sentence: string, people: readonly [number, number][]): PlaceMention[] {
	const places: PlaceMention[] = [];
	// exec with lastIndex rather than matchAll, which clones the pattern on every call.
	PLACE_PATTERN.lastIndex = 0;
	for (let match = PLACE_PATTERN.exec(sentence); match; match = PLACE_PATTERN.exec(sentence)) {
		const [whole, preposition, demonym, capitalName, cityOf, phrase, possessed] = match;
		const start = match.index + whole.indexOf(whole.slice(preposition.length).trimStart());
		const end = match.index + whole.length;
		if (people.some(([a, b]) => start < b && end > a)) continue;
		let name: string | null = null;
		if (demonym) {
			const country = countryByDemonym(demonym);
			if (!country) continue;
			name = capitalName ? trimPhrase(capitalName) : country.capital;
		} else if (cityOf) {
			name = trimPhrase(cityOf);
		} else if (phrase) {
			const head = trimPhrase(phrase);
			const venue = possessed ? trimPhrase(possessed) : null;
			name = head && venue ? `${venue}, ${head}` : head;
		}
		if (!name) continue;
		// "in Mauritanian waters": a people's adjective qualifies a noun, it names no place.
		if (countryByDemonym(name) && !countryByName(name) && !countryOfCapital(name)) continue;
		// "in the Arab country", "across the Islamic world": a description, not a place name.
		if (/^\s+(?:country|nation|world|region|state|side)\b/i.test(sentence.slice(end))) continue;
		const venue = VENUE_HEADS.test(name.split(',')[0]);
		// "talks on Syria" is a topic; "on the South Lawn" a venue.
		if (preposition.toLowerCase() === 'on' && !venue) continue;
		places.push({
			start,
			end,
			name,
			preposition: preposition.toLowerCase(),
			venue,
			country: Boolean(countryByName(name))
		});
	}
	ACROSS_BORDER.lastIndex = 0;
	for (let match = ACROSS_BORDER.exec(sentence); match; match = ACROSS_BORDER.exec(sentence)) {
		const country = countryByDemonym(match[1]) ?? countryByName(match[1]);
		if (!country) continue;
		const start = match.index + match[0].indexOf(match[1]);
		places.push({
			start,
			end: match.index + match[0].length,
			name: country.name,
			preposition: 'across',
			venue: false,
			country: true
		});
	}
	places.sort((a, b) => a.start - b.start);
	return places.map((place, i) => withCity(sentence, place, places[i + 1]));
}

/** "at the Moneda Palace in Santiago": a venue and the city right after it are one place. */
function withCity(sentence: string, venue: PlaceMention, next: PlaceMention | undefined) {
	if (!venue.venue || venue.name.includes(',') || !next || next.venue) return venue;
	if (
		next.preposition !== 'in' ||
		!/^\s+in\s+(?:the\s+)?$/i.test(sentence.slice(venue.end, next.start))
	)
		return venue;
	return { ...venue, name: `${venue.name}, ${next.name}`, end: next.end };
}

/**
 * A venue named without its city ("the Moneda Palace", "Manas airport"); "Baghdad International
 * Airport" names its city.
 */
export function isLoneVenue(place: string): boolean {
	return (
		!place.includes(',') &&
		VENUE_HEADS.test(place) &&
		!place.split(/\s+/).some((word) => countryOfCapital(word))
	);
}

/** "Quito" → "Quito, Ecuador"; a venue in a known city gets the city ("Moneda Palace, Santiago, Chile"). */
export function describePlace(place: string, city: string | null): string {
	const parts = place.split(/,\s*/);
	const seat = parts.length === 1 ? seatOf(place) : undefined;
	// "the Élysée", "Downing Street": a seat of government lies in its state's capital.
	if (seat) parts.push(seat.capital);
	else if (city && isLoneVenue(place) && !parts[0].includes(city)) {
		parts.push(city);
	}
	const last = parts[parts.length - 1];
	const country = countryOfCapital(last);
	if (country && !parts.includes(country.name)) parts.push(country.name);
	return parts.join(', ');
}

/** The state whose seat of government the whole place names, if any. */
function seatOf(place: string) {
	const words = place.split(/\s+/);
	const seat = countryOfSeat(words);
	return seat && seat.words === words.length ? seat.country : undefined;
}

/** The country a place lies in when the data knows it (a country or a capital), else null. */
export function countryOfPlace(place: string): string | null {
	const parts = place.split(/,\s*/);
	for (const part of [...parts].reverse()) {
		const country = countryByName(part) ?? countryOfCapital(part);
		if (country) return country.name;
	}
	return null;
}
