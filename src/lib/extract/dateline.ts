import { countryOfCapital } from '../actors/countries';

/**
 * The dateline and outlet tags that open a news paragraph: "BAGHDAD - ", "NUSA DUA, Bali - ",
 * "WASHINGTON, Sept. 15 (Xinhua) -- ", "PORTO NOVO, Benin, May 3 (Agency) - ", "Tehran (IP) - ", "New Delhi: ", "EghtesadOnline: ",
 * "Mesopotamia Today/ ", "Iran Press/Iran news: ". They are not part of the sentence that states
 * an event; a dateline's city is where the story was filed, the default place of its events.
 */

export interface ParagraphLead {
	/** Characters to skip at the start of the paragraph. */
	length: number;
	/** The dateline's city in ordinary case ("Nusa Dua"), or null for an outlet tag. */
	place: string | null;
}

const CAPS_DATELINE =
	/^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3})(?:,\s*(?:[\p{L}.]+(?: \d{1,2})?|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)){0,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-–—]{1,2}(?:\s+|$)/u;
const AGENCY_DATELINE =
	/^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:,[^()]{1,20})?\s*\([\p{L} ]{1,20}\)\s*[-–—]{1,2}\s+/u;
const OUTLET_SLASH =
	/^\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3}\s?\/\s*(?:\p{Lu}[\p{L} ]{0,30}:\s*)?/u;
const OUTLET_COLON = /^\p{Lu}[\p{Ll}]+\p{Lu}[\p{L}]*:\s+/u;
/** "New Delhi: ", "Port Moresby: " (a capital, so that "Analysis: " or a quoted name is not one). */
const CITY_COLON = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}):\s+(?=\p{Lu})/u;

function ordinaryCase(city: string): string {
	return city
		.toLowerCase()
		.replace(
			/(^|[\s'’-])(\p{L})/gu,
			(_, sep: string, letter: string) => sep + letter.toUpperCase()
		);
}

export function readParagraphLead(paragraph: string): ParagraphLead {
	const caps = CAPS_DATELINE.exec(paragraph);
	if (caps) return { length: caps[0].length, place: ordinaryCase(caps[1]) };
	const agency = AGENCY_DATELINE.exec(paragraph);
	if (agency) return { length: agency[0].length, place: agency[1] };
	const city = CITY_COLON.exec(paragraph);
	if (city && countryOfCapital(city[1])) return { length: city[0].length, place: city[1] };
	const outlet = OUTLET_SLASH.exec(paragraph) ?? OUTLET_COLON.exec(paragraph);
	if (outlet) return { length: outlet[0].length, place: null };
	return { length: 0, place: null };
}
