/**
 * Time zones as headers name them: abbreviations ("IRDT", "ET"), explicit offsets
 * ("(GMT+3)", "UTC+4:30"), IANA names ("Asia/Tehran"), city times ("Tehran time") and the home
 * zone of an outlet when the stamp gives none. A zone is an IANA name, 'UTC' or a fixed offset
 * like '+03:00'.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import outletZones from './outletZones.json';

/** Where a zone abbreviation means different things, what in the header decides it. */
interface AbbreviationReading {
	zone: string;
	/** Header words that select this reading; the reading without `when` is the default. */
	when?: RegExp;
}

/**
 * Abbreviations that name daylight or standard time map to their fixed offset: the stamp says
 * which one applied. Generic names (ET, PT, MSK) map to the IANA zone so that the offset follows
 * the date. Ambiguous ones are read from the header's other words; defaults and why:
 * - IST: India (+05:30), the most frequent use in English news; Israel (+02:00, winter only —
 *   in summer Israel writes IDT) when the header names Israel; Irish summer time (+01:00) for Ireland.
 * - CST: US Central (-06:00), China (+08:00) when the header names China.
 * - AST: Arabia (+03:00) for this Middle-East heavy beat, Atlantic (-04:00) for Canada/Caribbean.
 * - BST: British summer time (+01:00), Bangladesh (+06:00) when the header names it.
 */
const ABBREVIATIONS: Record<string, AbbreviationReading[]> = {
	GMT: [{ zone: 'UTC' }],
	UTC: [{ zone: 'UTC' }],
	Z: [{ zone: 'UTC' }],
	WET: [{ zone: '+00:00' }],
	WEST: [{ zone: '+01:00' }],
	BST: [{ zone: '+06:00', when: /\b(?:Bangladesh|Dhaka)\b/ }, { zone: '+01:00' }],
	CET: [{ zone: '+01:00' }],
	CEST: [{ zone: '+02:00' }],
	EET: [{ zone: '+02:00' }],
	EEST: [{ zone: '+03:00' }],
	MSK: [{ zone: 'Europe/Moscow' }],
	TRT: [{ zone: '+03:00' }],
	IDT: [{ zone: '+03:00' }],
	IST: [
		{ zone: '+02:00', when: /\b(?:Israel|Israeli|Jerusalem|Tel Aviv)\b/ },
		{ zone: '+01:00', when: /\b(?:Ireland|Irish|Dublin)\b/ },
		{ zone: '+05:30' }
	],
	IRST: [{ zone: '+03:30' }],
	IRDT: [{ zone: '+04:30' }],
	AST: [
		{ zone: '-04:00', when: /\b(?:Canada|Halifax|Puerto Rico|Caribbean)\b/ },
		{ zone: '+03:00' }
	],
	GST: [{ zone: '+04:00' }],
	PKT: [{ zone: '+05:00' }],
	WIB: [{ zone: '+07:00' }],
	WITA: [{ zone: '+08:00' }],
	WIT: [{ zone: '+09:00' }],
	HKT: [{ zone: '+08:00' }],
	SGT: [{ zone: '+08:00' }],
	JST: [{ zone: '+09:00' }],
	KST: [{ zone: '+09:00' }],
	AEST: [{ zone: '+10:00' }],
	AEDT: [{ zone: '+11:00' }],
	EST: [{ zone: '-05:00' }],
	EDT: [{ zone: '-04:00' }],
	ET: [{ zone: 'America/New_York' }],
	CST: [
		{ zone: '+08:00', when: /\b(?:China|Chinese|Beijing|Xinhua|Shanghai|Taipei)\b/ },
		{ zone: '-06:00' }
	],
	CDT: [{ zone: '-05:00' }],
	CT: [{ zone: 'America/Chicago' }],
	MST: [{ zone: '-07:00' }],
	MDT: [{ zone: '-06:00' }],
	MT: [{ zone: 'America/Denver' }],
	PST: [{ zone: '-08:00' }],
	PDT: [{ zone: '-07:00' }],
	PT: [{ zone: 'America/Los_Angeles' }],
	// Africa.
	WAT: [{ zone: '+01:00' }],
	CAT: [{ zone: '+02:00' }],
	SAST: [{ zone: '+02:00' }],
	EAT: [{ zone: '+03:00' }],
	// South America: IANA zones, so that the offset follows the date and a fixed offset west of
	// UTC is not taken for a US outlet's (these write numeric dates day first).
	PET: [{ zone: 'America/Lima' }],
	COT: [{ zone: 'America/Bogota' }],
	ECT: [{ zone: 'America/Guayaquil' }],
	VET: [{ zone: 'America/Caracas' }],
	BOT: [{ zone: 'America/La_Paz' }],
	PYT: [{ zone: 'America/Asuncion' }],
	CLT: [{ zone: 'America/Santiago' }],
	ART: [{ zone: 'America/Argentina/Buenos_Aires' }],
	UYT: [{ zone: 'America/Montevideo' }],
	BRT: [{ zone: 'America/Sao_Paulo' }],
	// Asia and the Pacific.
	AFT: [{ zone: '+04:30' }],
	AZT: [{ zone: '+04:00' }],
	UZT: [{ zone: '+05:00' }],
	TJT: [{ zone: '+05:00' }],
	NPT: [{ zone: '+05:45' }],
	KGT: [{ zone: '+06:00' }],
	MMT: [{ zone: '+06:30' }],
	ICT: [{ zone: '+07:00' }],
	MYT: [{ zone: 'Asia/Kuala_Lumpur' }],
	PHT: [{ zone: 'Asia/Manila' }],
	AWST: [{ zone: '+08:00' }],
	TLT: [{ zone: '+09:00' }],
	ACST: [{ zone: '+09:30' }],
	ACDT: [{ zone: '+10:30' }],
	NZST: [{ zone: '+12:00' }],
	NZDT: [{ zone: '+13:00' }],
	FJT: [{ zone: '+12:00' }],
	TOT: [{ zone: '+13:00' }],
	SBT: [{ zone: '+11:00' }],
	VUT: [{ zone: '+11:00' }],
	PGT: [{ zone: '+10:00' }],
	GET: [{ zone: '+04:00' }],
	MVT: [{ zone: '+05:00' }],
	BTT: [{ zone: '+06:00' }],
	CVT: [{ zone: '-01:00' }],
	HST: [{ zone: '-10:00' }],
	AKST: [{ zone: '-09:00' }],
	AKDT: [{ zone: '-08:00' }]
};

/** Zones whose abbreviation or name marks a US outlet, which writes numeric dates month first. */
const US_ZONES =
	/^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Indiana\/\w+|Kentucky\/\w+)|Pacific\/Honolulu|-0[4-8]:00)$/;

/** Cities used in "<city> time" that are not the city of their IANA zone. */
const CITY_ALIASES: Record<string, string> = {
	Beijing: 'Asia/Shanghai',
	Washington: 'America/New_York',
	'New Delhi': 'Asia/Kolkata',
	Delhi: 'Asia/Kolkata',
	Mecca: 'Asia/Riyadh',
	Ankara: 'Europe/Istanbul',
	'Abu Dhabi': 'Asia/Dubai',
	Riyadh: 'Asia/Riyadh'
};

const ZONE_BY_CITY = new Map(
	Intl.supportedValuesOf('timeZone').map((zone) => [
		zone.split('/').pop()?.replace(/_/g, ' ') ?? zone,
		zone
	])
);

const ABBREVIATION = new RegExp(`\\b(?:${Object.keys(ABBREVIATIONS).join('|')})\\b`);
const EXPLICIT_OFFSET = /\b(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?/i;
const IANA_NAME =
	/\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/;
const CITY_TIME = /\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:local\s+)?time\b/;

const OUTLETS = Object.entries(outletZones.outlets as Record<string, string>).map(
	([name, zone]) => ({
		pattern: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
		zone
	})
);

const knownZones = new Map<string, boolean>();

function isKnownZone(zone: string): boolean {
	let known = knownZones.get(zone);
	if (known === undefined) {
		try {
			new Intl.DateTimeFormat('en', { timeZone: zone });
			known = true;
		} catch {
			known = false;
		}
		knownZones.set(zone, known);
	}
	return known;
}

/** "+3" / "+03:30" from sign, hours and minutes. */
export function fixedOffset(sign: string, hours: string, minutes = '00'): string {
	return `${sign === '+' ? '+' : '-'}${hours.padStart(2, '0')}:${minutes.padStart(2, '0')}`;
}

/**
 * The zone a header line states, or null. `context` is the rest of the header, used to choose
 * between readings of an ambiguous abbreviation. An explicit offset wins over a name, which
 * wins over an abbreviation ("22:40 WITA (GMT+8)" → +08:00).
 */
export function zoneInLine(line: string, context: string): string | null {
	const offset = EXPLICIT_OFFSET.exec(line);
	if (offset) return fixedOffset(offset[1] === '+' ? '+' : '-', offset[2], offset[3]);
	const iana = IANA_NAME.exec(line);
	if (iana && isKnownZone(iana[0])) return iana[0];
	const abbreviation = ABBREVIATION.exec(line);
	if (abbreviation) {
		const readings = ABBREVIATIONS[abbreviation[0]];
		return (readings.find((r) => r.when?.test(context)) ?? readings[readings.length - 1]).zone;
	}
	const city = CITY_TIME.exec(line);
	if (city) return CITY_ALIASES[city[1]] ?? ZONE_BY_CITY.get(city[1]) ?? null;
	return null;
}

/** Home zone of an outlet or agency named in the header ("Source: Xinhua"), or null. */
export function outletZone(header: string): string | null {
	return OUTLETS.find((o) => o.pattern.test(header))?.zone ?? null;
}

export function isUsZone(zone: string | null): boolean {
	return zone !== null && US_ZONES.test(zone);
}

/** How strongly a zone's convention decides a numeric date: clear-cut regions, or a lean. */
const CLEAR_CONVENTION = 3;
const LEANING_CONVENTION = 1;
/**
 * Zones that only lean day first: +08:00 and +09:00 mix day-first outlets with month-first
 * (Manila) and year-first (Beijing, Tokyo, Seoul) ones, and UTC/GMT is used the world over.
 */
const LEANING_ZONES =
	/^(?:UTC|\+0[89]:\d{2}|Asia\/(?:Shanghai|Hong_Kong|Taipei|Tokyo|Seoul|Manila|Singapore|Kuala_Lumpur|Makassar|Jayapura))$/;

/**
 * The order a zone's outlets write a numeric date in, and how much that weighs against the
 * article's own evidence; null when the zone says nothing (none stated).
 */
export function numericDateOrder(
	zone: string | null
): { order: 'dayFirst' | 'monthFirst'; weight: number } | null {
	if (zone === null) return null;
	if (isUsZone(zone)) return { order: 'monthFirst', weight: CLEAR_CONVENTION };
	if (LEANING_ZONES.test(zone)) return { order: 'dayFirst', weight: LEANING_CONVENTION };
	// Europe, Africa, the Middle East, South Asia, Australia, South America: day first.
	return { order: 'dayFirst', weight: CLEAR_CONVENTION };
}

const FIXED_OFFSET = /^[+-]\d{2}:\d{2}$/;

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/**
 * ISO 8601 with offset for a wall-clock time in `zone`: an IANA zone gives the offset in force
 * on that date (Asia/Tehran was +04:30 in July 2020, +03:30 in winter), a fixed offset is kept
 * as written (and formatted directly: Node 20's Intl rejects offset zones, which makes TZDate
 * retry and fail on every call).
 */
export function zonedIso(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
	zone: string
): string {
	const offset = zone === 'UTC' ? '+00:00' : FIXED_OFFSET.test(zone) ? zone : null;
	if (offset) {
		return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
	}
	return format(
		new TZDate(year, month - 1, day, hour, minute, second, zone),
		"yyyy-MM-dd'T'HH:mm:ssxxx"
	);
}
