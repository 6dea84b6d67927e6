import {
	capitalize,
	cityName,
	countryName,
	demonym,
	displayFamilyName,
	familyName,
	givenName,
	spellingVariants
} from './inventNames';
import { fillTemplate } from './fillTemplate';
import { createPrng, type Prng } from './prng';
import { HEADER_FORMATS, type HeaderFormat } from './publicationHeader';

export interface Country {
	name: string;
	demonym: string;
	capital: string;
	cities: string[];
	/** A real IANA zone, so publication stamps carry real offsets and daylight saving. */
	timeZone: string;
}

export interface Official {
	/** Every way sources spell the full name; the first is canonical. */
	names: string[];
	/** The family name alone, as second references use it, in the same spellings. */
	shortNames: string[];
	title: string;
	country: Country;
}

export interface Outlet {
	name: string;
	domain: string;
	country: Country;
	header: HeaderFormat;
	/** Layout habits: a "News ID" line, a navigation bar, share buttons, a related-links list. */
	newsIds: boolean;
	navigation: string | null;
	shareLine: string | null;
	relatedHeading: string;
	bullet: string;
	/** Agency-style dateline with the day ("KORVA, March 3 (VNA) -"). */
	agency: string | null;
}

export interface World {
	countries: Country[];
	officials: Official[];
	organisations: string[];
	outlets: Outlet[];
}

export const COUNTRY_COUNT = 40;
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister'];
const FIFTH_TITLES = ['National Security Adviser', 'Speaker of Parliament', 'Trade Minister'];
/** Real zones over many offsets (half and quarter hours too), none tied to the test corpora. */
const TIME_ZONES = [
	'Europe/Lisbon',
	'Europe/Berlin',
	'Europe/Athens',
	'Europe/Istanbul',
	'Europe/Moscow',
	'Africa/Cairo',
	'Africa/Nairobi',
	'Africa/Lagos',
	'Asia/Dubai',
	'Asia/Karachi',
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'Asia/Dhaka',
	'Asia/Bangkok',
	'Asia/Jakarta',
	'Asia/Manila',
	'Asia/Seoul',
	'Australia/Perth',
	'America/Bogota',
	'America/Santiago',
	'Asia/Kabul',
	'Asia/Baku',
	'Asia/Tashkent',
	'Africa/Johannesburg',
	'America/Mexico_City',
	'Europe/Warsaw'
];
const ORGANISATION_PATTERNS = [
	'Council of {a} States',
	'{a} Cooperation Forum',
	'Union of {a} Nations',
	'{a} Security Compact'
];
const OUTLET_PATTERNS = [
	'{city} Herald',
	'The {country} Monitor',
	'{country} Press Agency',
	'{city} Daily News',
	'{demonym} Broadcasting Corporation',
	'The {city} Observer'
];
const NAVIGATIONS = [
	'HOME | POLITICS | ECONOMY | WORLD | OPINION',
	'News :: Region :: Business :: Sport',
	'World / Politics / Diplomacy'
];
const SHARE_LINES = [
	'Share on Facebook | Share on Twitter | Print',
	'Share | Tweet | Email',
	'Share: WhatsApp | Telegram | Copy link'
];
const RELATED_HEADINGS = ['Read More:', 'RELATED ARTICLES', 'You might also like:', 'Most read'];
const BULLETS = ['» ', '- ', '• ', ''];

function unique(prng: Prng, make: (prng: Prng) => string, taken: Set<string>): string {
	for (;;) {
		const name = make(prng);
		if (!taken.has(name.toLowerCase())) {
			taken.add(name.toLowerCase());
			return name;
		}
	}
}

function official(prng: Prng, country: Country, title: string, taken: Set<string>): Official {
	const given = givenName(prng);
	const family = unique(prng, familyName, taken);
	const families = [family, ...spellingVariants(family).slice(0, prng.int(0, 2))].map(
		displayFamilyName
	);
	return {
		names: families.map((name) => `${given} ${name}`),
		shortNames: families,
		title,
		country
	};
}

/**
 * An invented world, the same for the same seed: 40 countries with capitals, cities and real
 * time zones, five officials each (200, with titles and name variants), a few organisations and
 * a dozen outlets with their own header formats and layout habits.
 */
export function createWorld(seed: string): World {
	const prng = createPrng(`${seed}/world`);
	const taken = new Set<string>();
	const countries: Country[] = [];
	for (let i = 0; i < COUNTRY_COUNT; i++) {
		const name = unique(prng, countryName, taken);
		countries.push({
			name,
			demonym: demonym(name),
			capital: unique(prng, cityName, taken),
			cities: [
				unique(prng, cityName, taken),
				unique(prng, cityName, taken),
				unique(prng, cityName, taken)
			],
			timeZone: TIME_ZONES[i % TIME_ZONES.length]
		});
	}
	const officials = countries.flatMap((country) =>
		[...TITLES, prng.pick(FIFTH_TITLES)].map((title) => official(prng, country, title, taken))
	);
	const organisations = ORGANISATION_PATTERNS.map((pattern) =>
		fillTemplate(pattern, { a: capitalize(cityName(prng).toLowerCase()) })
	);
	const outlets = Array.from({ length: 12 }, (_, i): Outlet => {
		const country = countries[(i * 7) % countries.length];
		const name = fillTemplate(OUTLET_PATTERNS[i % OUTLET_PATTERNS.length], {
			city: country.capital,
			country: country.name,
			demonym: country.demonym
		});
		return {
			name,
			domain: `${name
				.toLowerCase()
				.replace(/^the /, '')
				.replace(/[^a-z]+/g, '')}.example`,
			country,
			header: HEADER_FORMATS[i % HEADER_FORMATS.length],
			newsIds: prng.chance(0.5),
			navigation: prng.chance(0.6) ? prng.pick(NAVIGATIONS) : null,
			shareLine: prng.chance(0.7) ? prng.pick(SHARE_LINES) : null,
			relatedHeading: prng.pick(RELATED_HEADINGS),
			bullet: prng.pick(BULLETS),
			agency: prng.chance(0.3) ? name.replace(/[^A-Z]/g, '') : null
		};
	});
	return { countries, officials, organisations, outlets };
}
