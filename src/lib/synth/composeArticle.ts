import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { addDays } from '../dates/calendar';
import { datePhrase } from './datePhrase';
import { fillTemplate } from './fillTemplate';
import { capitalize } from './inventNames';
import { createPrng, type Prng } from './prng';
import { publicationHeader, statedMoment } from './publicationHeader';
import type { Official, Outlet, World } from './world';
import { worldEvent, type WorldEvent } from './worldEvent';

export interface SynthArticle {
	/** `000042_valdorian-minister-arrives-in-korva.txt` */
	fileName: string;
	title: string;
	outlet: Outlet;
	/** The world event the article reports (see `worldEvent`). */
	eventIndex: number;
	/** Whether it reports the event ahead of time ("will visit … on Tuesday"). */
	planned: boolean;
	/** Publication moment as the header states it, ISO 8601 with offset. */
	published: string;
	/** The zone the header states the moment in (UTC for GMT stamps). */
	timeZone: string;
	/** Whether the article shows its date (some outlets print none). */
	dated: boolean;
	url: string;
	/** The article as a site would show it, boilerplate included. */
	text: string;
}

/** About this many words of prose per article (boilerplate comes on top). */
const TARGET_WORDS = 260;

const LEADS: Record<WorldEvent['type'], string[]> = {
	meeting: [
		'{GT} {G} met {HT} {H} in {city} {date}, in talks the two sides said focused on {topic} and {topic2}.',
		'{HT} {H} received {GT} {G} in {city} {date} to discuss {topic}.',
		'{G}, the {gdem} {gtitle}, held talks with {HT} {H} in {city} {date}.'
	],
	visit: [
		'{GT} {G} arrived in {city} {date} at the start of a {days} official visit to {country}.',
		'{GT} {G} began a {days} visit to {country} {date}, landing in {city} for talks on {topic}.'
	],
	phone_call: [
		'{GT} {G} and {HT} {H} spoke by telephone {date}, discussing {topic} and {topic2}.',
		'{HT} {H} held a phone call with {GT} {G} {date}, according to a statement from the {hdem} government.'
	],
	agreement: [
		'{gcountry} and {country} signed an agreement on {topic} in {city} {date}, with {G} and {H} putting their names to the text.',
		'{GT} {G} and {HT} {H} signed a deal on {topic} in {city} {date}.'
	],
	press_conference: [
		'{HT} {H} told a joint news conference with {GT} {G} in {city} {date} that the two countries would work together on {topic}.'
	],
	statement: [
		'{HT} {H} said in a statement {date} that {country} was ready to expand cooperation with {gcountry} on {topic}.'
	],
	attack: [
		'A drone strike hit a fuel depot near {city} {date}, {hdem} officials said, blaming the {attacker}.',
		'Rockets struck an army post outside {city} {date}, and {country} blamed the {attacker}.'
	]
};
const PLANNED_LEADS = [
	'{GT} {G} will visit {city} {date} for talks with {HT} {H} on {topic}, officials said.',
	'{GT} {G} is due to meet {HT} {H} in {city} {date}, the foreign ministry announced.'
];
const TITLES: Record<WorldEvent['type'], string[]> = {
	meeting: [
		'{g} and {h} discuss {topic} in {city}',
		'{gdem}, {hdem} officials hold talks in {city}'
	],
	visit: ['{g} arrives in {city} for {days} visit', '{gdem} {gtitle} visits {country}'],
	phone_call: ['{g}, {h} discuss {topic} by phone', '{h} holds call with {gdem} counterpart'],
	agreement: ['{country}, {gcountry} sign {topic} deal', 'Deal on {topic} signed in {city}'],
	press_conference: ['{h}: {country} and {gcountry} to work together on {topic}'],
	statement: ['{country} ready for closer ties with {gcountry}, says {h}'],
	attack: [
		'Strike near {city} blamed on {attacker}',
		'{country} blames {attacker} for attack near {city}'
	]
};
const QUOTES = [
	'Our countries share a long history and an even longer future',
	'We agreed to meet regularly so that this momentum is not lost',
	'There is no alternative to dialogue in our region',
	'Trade between us can double within five years if we remove the obstacles',
	'Security on our common border is a shared responsibility',
	'We do not accept interference in the internal affairs of any state',
	'The talks were frank, constructive and useful'
];
const CONTEXT = [
	'{country} and {gcountry} have sought closer ties in recent years after a long period of mistrust.',
	'Trade between the two countries reached {billions} billion dollars last year, according to official figures.',
	'Analysts say both governments need visible results before elections due in the coming years.',
	'The two countries are members of the {organisation}, which has struggled to agree on a common position.',
	'Officials did not give details of any timetable for the measures discussed.',
	'Opposition lawmakers in {country} have criticised the pace of the talks.'
];
const HEADLINES = [
	'{country} central bank holds rates steady',
	'Explainer: what is at stake in the talks on {topic}',
	'Heavy rain disrupts traffic in {city}',
	'Opinion: the quiet diplomacy of {gcountry}',
	'Fuel prices rise for third month in a row',
	'{gdem} league: late goal settles derby'
];
const TAILS = [
	'Subscribe to our newsletter - the day\u2019s headlines in your inbox every morning.',
	'This website uses cookies to ensure you get the best experience. Accept',
	'\u00a9 {year} {outlet}. All rights reserved.',
	'Print this page | Email to a friend'
];

/** Days between the event and its report: mostly the same or the next day. */
const REPORT_DELAYS = [0, 1, 2, 3, 5];
const DELAY_WEIGHTS = [35, 40, 12, 8, 5];

function wordCount(paragraphs: string[]): number {
	return paragraphs.join(' ').split(/\s+/).length;
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 48)
		.replace(/-$/, '');
}

/** One spelling of an official for the whole article, full name first, family name after. */
function spelling(prng: Prng, official: Official) {
	const i = prng.int(0, official.names.length - 1);
	return { full: official.names[i], short: official.shortNames[i] };
}

/**
 * Article `index` of the corpus: it reports one event of the world (several articles report
 * each event, from different outlets and days), with a side meeting, a previous meeting, a next
 * stop, quotes and context around it, in one outlet's layout. Deterministic in (seed, index).
 */
export function composeArticle(
	world: World,
	seed: string,
	index: number,
	eventCount: number
): SynthArticle {
	const prng = createPrng(`${seed}/article/${index}`);
	const event = worldEvent(world, seed, prng.int(0, eventCount - 1));
	const outlet = prng.pick(world.outlets);
	const planned = event.type !== 'attack' && prng.chance(0.1);
	const reportDay = planned
		? addDays(event.day, -prng.int(1, 3))
		: addDays(event.day, prng.weighted(REPORT_DELAYS, DELAY_WEIGHTS));
	const [year, month, date] = reportDay.split('-').map(Number);
	const [hour, minute, second] = [prng.int(6, 23), prng.int(0, 59), prng.int(0, 59)];
	let moment = new TZDate(year, month - 1, date, hour, minute, second, outlet.country.timeZone);
	// A GMT stamp can fall on the day before the local one: a report must not predate its event.
	if (!planned && format(statedMoment(outlet.header, moment), 'yyyy-MM-dd') < event.day) {
		moment = new TZDate(year, month - 1, date + 1, hour, minute, second, outlet.country.timeZone);
	}
	const stated = statedMoment(outlet.header, moment);
	// Relative words are relative to the day the reader sees in the stamp.
	const reference = format(stated, 'yyyy-MM-dd');
	const when = (day: string) => datePhrase(day, reference, prng);

	const guest = spelling(prng, event.guest);
	const host = spelling(prng, event.host);
	const hostCountry = event.host.country;
	const guestCountry = event.guest.country;
	const values: Record<string, string> = {
		G: guest.full,
		g: guest.short,
		H: host.full,
		h: host.short,
		GT: `${guestCountry.demonym} ${event.guest.title}`,
		HT: `${hostCountry.demonym} ${event.host.title}`,
		gtitle: event.guest.title.toLowerCase(),
		gdem: guestCountry.demonym,
		hdem: hostCountry.demonym,
		gcountry: guestCountry.name,
		country: hostCountry.name,
		city: event.city,
		topic: event.topics[0],
		topic2: event.topics[1] ?? 'regional security',
		days: ['one-day', 'two-day', 'three-day'][event.visitDays - 1],
		attacker: event.attacker ?? '',
		organisation: prng.pick(world.organisations),
		billions: String(prng.int(2, 40)),
		outlet: outlet.name,
		year: String(year),
		date: when(event.day)
	};
	const fill = (template: string) => fillTemplate(template, values);

	const title = fill(prng.pick(TITLES[event.type]));
	const dateline = outlet.agency
		? `${event.city.toUpperCase()}, ${format(stated, 'MMM d')} (${outlet.agency}) - `
		: `${event.city.toUpperCase()} - `;
	const paragraphs = [dateline + fill(prng.pick(planned ? PLANNED_LEADS : LEADS[event.type]))];
	if (event.sideMeeting && !planned) {
		const side = spelling(prng, event.sideMeeting);
		paragraphs.push(
			prng.chance(0.5)
				? `Earlier in the day, ${guest.short} also met ${hostCountry.demonym} ${event.sideMeeting.title} ${side.full}.`
				: `Later that evening, ${guest.short} held separate talks with ${hostCountry.demonym} ${event.sideMeeting.title} ${side.full}.`
		);
	}
	if (event.agreements > 0 && !planned) {
		paragraphs.push(
			`The two sides signed ${event.agreements} memoranda of understanding covering ${values.topic} and ${values.topic2}.`
		);
	}
	const quotes = prng.shuffle(QUOTES);
	const quote = (verb: string) =>
		`\u201c${quotes.pop()},\u201d ${prng.chance(0.5) ? host.short : guest.short} ${verb}.`;
	paragraphs.push(quote('said'));
	if (event.previousMeeting) {
		paragraphs.push(
			`The two last met ${when(event.previousMeeting.day)} in ${event.previousMeeting.city}.`
		);
	}
	if (event.nextStop && !planned) {
		paragraphs.push(
			`${guest.short} is due to travel on to ${event.nextStop.city} ${when(event.nextStop.day)}.`
		);
	}
	for (const context of prng.shuffle(CONTEXT)) {
		if (wordCount(paragraphs) >= TARGET_WORDS) break;
		paragraphs.push(fill(context));
		if (quotes.length > 0 && wordCount(paragraphs) < TARGET_WORDS) {
			paragraphs.push(quote(prng.pick(['told reporters', 'added', 'said'])));
		}
	}

	const stamp = publicationHeader(outlet.header, moment);
	const header = [
		outlet.navigation,
		outlet.newsIds ? `News ID: ${prng.int(100_000, 999_999)}` : null,
		title,
		stamp,
		outlet.shareLine
	].filter((line): line is string => line !== null);
	const related = [
		outlet.relatedHeading,
		...prng
			.shuffle(HEADLINES)
			.slice(0, 3)
			.map((headline) => outlet.bullet + fill(headline))
	].join('\n');
	const tail = fill(prng.pick(TAILS));
	// "al-Meiros said" opens a sentence as "Al-Meiros said".
	const prose = paragraphs.map((paragraph) => capitalize(paragraph));
	const text = `${[...header, ...prose, related, tail].join('\n\n')}\n`;
	const fileName = `${String(index).padStart(6, '0')}_${slug(title)}.txt`;
	return {
		fileName,
		title,
		outlet,
		eventIndex: event.index,
		planned,
		published: format(stated, "yyyy-MM-dd'T'HH:mm:ssxxx"),
		timeZone: stated.timeZone ?? 'UTC',
		dated: stamp !== null,
		url: `https://${outlet.domain}/news/${index}`,
		text
	};
}
