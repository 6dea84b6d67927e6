/**
 * Finds temporal expressions in English news text with precompiled patterns.
 *
 * Hand-written patterns rather than chrono-node: chrono resolves while it parses (it fills a
 * missing year with the reference year and takes the nearest weekday, often a future one), it
 * has no notion of "late last month", "over the weekend", "a day ahead of" or "a three-day
 * visit", and the date core must keep what the text says apart from how it is resolved.
 */
import type { PeriodPart, Season, TemporalExpression, TemporalValue } from './types';

type Value<K extends TemporalValue['kind']> = Extract<TemporalValue, { kind: K }>;
import {
	COUNT,
	DAY,
	ORDINAL,
	FULL_MONTH,
	HEDGE,
	MONTH,
	WEEKDAY,
	YEAR,
	countValue,
	dayValue,
	initialCase,
	isCapitalised,
	monthNumber,
	ordinalValue,
	weekdayNumber
} from './words';

type Groups = Record<string, string | undefined>;

interface Found {
	value: TemporalValue;
	timeOfDay?: string | null;
}

interface Rule {
	/** Cue groups that must all occur in the text for the pattern to be tried. */
	needs: Cue[];
	pattern: RegExp;
	/** Builds the value, or null when the match is not a date after all ("may", "Arab Spring"). */
	build: (g: Groups, match: RegExpExecArray, text: string) => Found | null;
}

/** "the beginning of", "early", "mid-" … as a part of a month or year. */
const PART = String.raw`early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of`;
/** PART for case-sensitive patterns, where it may open a sentence ("Early March"). */
const PART_CI = initialCase(PART);
const DASH = String.raw`(?<dash>-|–|—|to|and|through|until|till)`;
/**
 * Words placing a week, month or year from publication. "The following week" and "the previous
 * month" count from another event instead, which a bare period cannot say, so they are left out.
 */
const RELATIVE = String.raw`last|this|next|the\s+current`;

/**
 * Words that must occur for a rule to match at all, by group. Most sentences lack most groups,
 * so one pass over the words of the text (far cheaper than trying 28 patterns) rules out most
 * patterns. 'digit' stands for any digit.
 */
const CUE_WORDS = {
	month: [
		...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august'],
		...['september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr'],
		...['jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']
	],
	weekday: [
		...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
		...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']
	],
	digit: [],
	season: ['spring', 'summer', 'autumn', 'fall', 'winter'],
	year: ['year'],
	monthWord: ['month'],
	ago: ['ago'],
	week: ['week'],
	weekend: ['weekend'],
	relativeDay: ['today', 'tonight', 'yesterday', 'tomorrow'],
	partOfDay: ['night', 'morning', 'afternoon', 'evening'],
	dayAround: ['yesterday', 'tomorrow'],
	earlierLater: ['earlier', 'later'],
	same: ['same', 'afterward', 'afterwards', 'subsequently'],
	thatPart: ['that'],
	dayWord: ['day', 'morning', 'afternoon', 'evening', 'night'],
	eve: ['day', 'evening', 'night', 'eve'],
	count: ['day', 'days', 'week', 'weeks'],
	countSpan: ['month', 'months', 'year', 'years'],
	holiday: ['christmas', 'boxing', 'new'],
	hours: ['hours', 'minutes'],
	overnight: ['overnight'],
	vague: [
		'coming',
		'next',
		'following',
		'near',
		'soon',
		'later',
		'recent',
		'recently',
		'past',
		'last'
	]
};
type Cue = keyof typeof CUE_WORDS;

const CUE_BIT = new Map<Cue, number>(
	(Object.keys(CUE_WORDS) as Cue[]).map((cue, i) => [cue, 1 << i])
);
const DIGIT_BIT = CUE_BIT.get('digit') ?? 0;
/** For each cue word, the groups it belongs to. */
const WORD_BITS = new Map<string, number>();
for (const [cue, words] of Object.entries(CUE_WORDS) as [Cue, string[]][]) {
	for (const word of words)
		WORD_BITS.set(word, (WORD_BITS.get(word) ?? 0) | (CUE_BIT.get(cue) ?? 0));
}
/**
 * The cue groups present in `text`: each run of ASCII letters of its lower-case form looked up as
 * a word, and any digit. Read by character code, since a regex match per word (`/[a-z]+|\d/g`)
 * allocates one array per word of every sentence.
 */
function cuesIn(text: string): number {
	const lower = text.toLowerCase();
	let bits = 0;
	let start = -1;
	for (let i = 0; i <= lower.length; i++) {
		const code = i < lower.length ? lower.charCodeAt(i) : 0;
		if (code >= 97 && code <= 122) {
			if (start < 0) start = i;
			continue;
		}
		if (start >= 0) {
			bits |= WORD_BITS.get(lower.slice(start, i)) ?? 0;
			start = -1;
		}
		if (code >= 48 && code <= 57) bits |= DIGIT_BIT;
	}
	return bits;
}

function periodPart(word: string | undefined): PeriodPart | null {
	if (!word) return null;
	const w = word.toLowerCase();
	if (w === 'early' || w.includes('beginning') || w.includes('start')) return 'early';
	if (w === 'mid' || w.includes('middle')) return 'mid';
	return 'late';
}

function relativeOffset(word: string): number {
	const w = word.toLowerCase();
	if (w === 'last' || w.includes('previous') || w === 'past') return -1;
	if (w === 'next' || w.includes('following') || w === 'coming') return 1;
	return 0;
}

function year(word: string | undefined): number | null {
	return word ? Number(word) : null;
}

/** Month number of a matched name (the patterns take capitalised names only). */
function month(word: string | undefined): number | null {
	return word ? (monthNumber(word) ?? null) : null;
}

/** Weekday of a matched name; an abbreviation counts only with a dot or a lead word ("on Sat"). */
function weekday(word: string | undefined, hasLead: boolean): number | null {
	if (!word) return null;
	const full = word.replace(/\.$/, '').length > 4 || word.toLowerCase() === 'tues';
	if (!full && !word.endsWith('.') && !hasLead) return null;
	return weekdayNumber(word) ?? null;
}

function day(word: string | undefined): number | null {
	if (!word) return null;
	const d = dayValue(word);
	return d >= 1 && d <= 31 ? d : null;
}

function timeOfDay(...words: (string | undefined)[]): string | null {
	const parts = words.filter((w): w is string => !!w).map((w) => w.toLowerCase());
	return parts.length ? parts.join(' ') : null;
}

/** True when the words after a match name the other event ("the day before the vote"). */
function hasComplement(text: string, end: number): boolean {
	// "a day after three rockets struck", "hours after he landed": any phrase or clause, not a pause or
	// the next clause ("the day before, and …").
	return /^\s+(?!(?:and|but|or|when|while|as|then)\b)[\p{L}\d'"‘“]/u.test(
		text.slice(end, end + 12)
	);
}

/**
 * A span of days, unless the words list separate days: "March 3 and March 7" or "3 and 7 March"
 * are two dates, while "between 3 and 7 March" and "March 18 and 19" (consecutive) are one span.
 */
function dateRange(g: Groups, m1: number | null, m2: number | null): Found | null {
	const d1 = day(g.d1);
	const d2 = day(g.d2);
	if (!m1 || !m2 || !d1 || !d2 || (m1 === m2 && d2 <= d1)) return null;
	const isList =
		g.dash?.toLowerCase() === 'and' &&
		g.prep?.toLowerCase() !== 'between' &&
		(m1 !== m2 || d2 !== d1 + 1);
	if (isList) return null;
	return {
		value: { kind: 'dateRange', year: year(g.y), month: m1, day: d1, endMonth: m2, endDay: d2 }
	};
}

/** "last Tuesday", "this coming Friday", "Friday last week" → how the weekday is placed. */
const WEEKDAY_MODIFIERS: Record<string, Value<'weekday'>['modifier']> = {
	last: 'last',
	'this past': 'last',
	next: 'next',
	'this coming': 'next',
	coming: 'next',
	this: 'this',
	'this week': 'this',
	'last week': 'lastWeek',
	'next week': 'nextWeek'
};

const RULES: Rule[] = [
	{
		// "March 18-19", "March 18 and 19, 2021", "March 30 to April 2"
		needs: ['month', 'digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?<prep>${initialCase('on|between|from|since|for')})\s+)?(?<m1>${MONTH})\s*(?<d1>${DAY})\s*${DASH}\s*(?:(?<m2>${MONTH})\s*)?(?<d2>${DAY})(?:,?\s+(?<y>${YEAR}))?`,
			'g'
		),
		build: (g) => {
			const m1 = month(g.m1);
			return dateRange(g, m1, g.m2 ? month(g.m2) : m1);
		}
	},
	{
		// "18-19 March", "between 18 and 19 March", "30 March to 2 April 2021"
		needs: ['month', 'digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?<prep>${initialCase('on|between|from|since|for')})\s+)?(?:${initialCase('the')}\s+)?(?<d1>${DAY})\s*(?:(?:of\s+)?(?<m1>${MONTH})\s*)?${DASH}\s*(?:${initialCase('the')}\s+)?(?<d2>${DAY})\s+(?:of\s+)?(?<m2>${MONTH})(?:,?\s+(?<y>${YEAR}))?`,
			'g'
		),
		build: (g) => {
			const m2 = month(g.m2);
			return dateRange(g, g.m1 ? month(g.m1) : m2, m2);
		}
	},
	{
		// "Jan. 3", "on Aug. 21", "Wednesday, February 3rd, 2021", "since October 27"
		needs: ['month', 'digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('on|since|from|by|until|till|before|after')})\s+)?(?:(?<wd>${WEEKDAY}),?\s+)?(?<m>${MONTH})\s*(?<d>${DAY})(?:,?\s+(?<y>${YEAR}))?`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			const d = day(g.d);
			if (!m || !d || (g.wd && weekday(g.wd, true) === null)) return null;
			return { value: { kind: 'date', year: year(g.y), month: m, day: d } };
		}
	},
	{
		// "3 January 2020", "the 15th of March", "Saturday 26 September"
		needs: ['month', 'digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('on|since|from|by|until|till|before|after')})\s+)?(?:(?<wd>${WEEKDAY}),?\s+)?(?:${initialCase('the')}\s+)?(?<d>${DAY})\s+(?:of\s+)?(?<m>${MONTH})(?:,?\s+(?<y>${YEAR}))?`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			const d = day(g.d);
			if (!m || !d || (g.wd && weekday(g.wd, true) === null)) return null;
			return { value: { kind: 'date', year: year(g.y), month: m, day: d } };
		}
	},
	{
		// Days of fixed date named as holidays: "on New Year's Eve", "Christmas Day", "Boxing Day"
		// ("after Christmas" gives no day).
		needs: ['holiday'],
		pattern: new RegExp(
			String.raw`\b(?<!\b(?:since|from|by|until|till|before|after|over|at)\s+)(?:${initialCase('on')}\s+)?(?:New\s+Year['’]s\s+(?<ny>Eve|Day)|Christmas(?:\s+(?<xm>Eve|Day))?|(?<boxing>Boxing\s+Day))\b`,
			'g'
		),
		build: (g) => {
			const [month, day] = g.ny
				? g.ny === 'Eve'
					? [12, 31]
					: [1, 1]
				: g.boxing
					? [12, 26]
					: [12, g.xm === 'Eve' ? 24 : 25];
			return { value: { kind: 'date', year: null, month, day } };
		}
	},
	{
		// "2020-09-15"
		needs: ['digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('on|since|from|by|until|till')})\s+)?(?<y>${YEAR})-(?<m>\d{2})-(?<d>\d{2})\b`,
			'g'
		),
		build: (g) => {
			const m = Number(g.m);
			const d = day(g.d);
			if (m < 1 || m > 12 || !d) return null;
			return { value: { kind: 'date', year: year(g.y), month: m, day: d } };
		}
	},
	{
		// "in March 2020", "late September 2019", "the end of May, 2018"
		needs: ['month', 'digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('in|since|during|from|by|until|till|throughout|of|before|after')})\s+)?(?:(?<part>${PART_CI})[\s-]+)?(?<m>${MONTH}),?\s+(?:of\s+)?(?<y>${YEAR})`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			if (!m) return null;
			return {
				value: {
					kind: 'month',
					year: year(g.y),
					yearOffset: null,
					month: m,
					part: periodPart(g.part)
				}
			};
		}
	},
	{
		// "March last year", "in September of last year", "early May next year"
		needs: ['month', 'year'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('in|since|during|from|by|until|till|throughout|before|after')})\s+)?(?:(?<part>${PART_CI})[\s-]+)?(?<m>${FULL_MONTH})\s+(?:of\s+)?(?<rel>${RELATIVE})\s+year\b`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			if (!m || !g.rel) return null;
			return {
				value: {
					kind: 'month',
					year: null,
					yearOffset: relativeOffset(g.rel),
					month: m,
					part: periodPart(g.part)
				}
			};
		}
	},
	{
		// "in the first week of March", "the second week of June 2021": seven days of the month
		needs: ['month', 'week'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('in|during|by|for')})\s+)?${initialCase('the')}\s+(?<nth>first|second|third|fourth)\s+week\s+of\s+(?<m>${FULL_MONTH})(?:,?\s+(?<y>${YEAR}))?\b`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			const n = ordinalValue(g.nth ?? '');
			if (!m || !n) return null;
			const first = 7 * (n - 1) + 1;
			return {
				value: {
					kind: 'dateRange',
					year: year(g.y),
					month: m,
					day: first,
					endMonth: m,
					endDay: first + 6
				}
			};
		}
	},
	{
		// "last August", "late last March", "this past May", "next January", "this June"
		needs: ['month'],
		pattern: new RegExp(
			String.raw`\b(?:(?<part>${PART_CI})[\s-]+)?(?<rel>${initialCase('last')}|${initialCase('next')}|${initialCase('this')}(?:\s+past)?)\s+(?<m>${FULL_MONTH})\b(?!\s*\d)`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			if (!m || !g.rel) return null;
			const rel = g.rel.toLowerCase();
			const step = rel === 'next' ? 1 : rel === 'this' ? null : -1;
			return {
				value: {
					kind: 'month',
					year: null,
					yearOffset: step === null ? 0 : null,
					month: m,
					part: periodPart(g.part),
					...(step ? { step } : {})
				}
			};
		}
	},
	{
		// "in January", "early March", "since September", "mid-March", "(set) for October"
		needs: ['month'],
		pattern: new RegExp(
			String.raw`\b(?:(?<prep>${initialCase('in|since|during|from|until|till|by|throughout|before|after|for')})\s+)?(?:(?<part>${PART_CI})[\s-]+)?(?<m>${FULL_MONTH})(?!\s*\d)`,
			'g'
		),
		build: (g) => {
			const m = month(g.m);
			if (!m || (!g.prep && !g.part)) return null;
			return {
				value: { kind: 'month', year: null, yearOffset: null, month: m, part: periodPart(g.part) }
			};
		}
	},
	{
		// "in 2018", "since 2016", "late 2017", "the end of 2020"
		needs: ['digit'],
		pattern: new RegExp(
			String.raw`\b(?:(?<prep>${initialCase('in|since|during|by|until|till|throughout|from|before|after')})\s+)?(?:(?<part>${PART_CI})[\s-]+)?(?<y>${YEAR})(?!\s*[-–/]\s*\d)`,
			'g'
		),
		build: (g) => {
			if (!g.prep && !g.part) return null;
			return { value: { kind: 'year', year: Number(g.y), part: periodPart(g.part) } };
		}
	},
	{
		// "in spring 2021", "last summer", "in the autumn", "the fall of 2019"
		needs: ['season'],
		pattern: new RegExp(
			String.raw`\b(?:(?<prep>in|during|since|by|throughout|over)\s+)?(?:(?<rel>this|last|next|the\s+past|the\s+coming)\s+)?(?:(?:early|mid|late)[\s-]+)?(?<the>the\s+)?(?<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?<y>${YEAR}))?`,
			'gi'
		),
		build: (g) => {
			const s = g.s?.toLowerCase() ?? '';
			if (isCapitalised(g.s ?? '') && !g.prep && !g.rel) return null;
			if (!g.prep && !g.rel && !g.y) return null;
			if (s === 'fall' && !g.the && !g.rel && !g.y) return null;
			const season: Season = s === 'fall' ? 'autumn' : (s as Season);
			const rel = g.rel?.replace(/^the\s+/i, '');
			return {
				value: {
					kind: 'season',
					season,
					year: year(g.y),
					yearOffset: rel && !g.y ? relativeOffset(rel) : null
				}
			};
		}
	},
	{
		// "last year", "early next year", "earlier this year", "the end of last year"
		needs: ['year'],
		pattern: new RegExp(
			String.raw`\b(?:(?<part>early|mid|late|earlier|later)[\s-]+(?:in\s+)?)?(?:(?<pp>(?:the\s+)?(?:beginning|start|middle|end)\s+of)\s+)?(?<rel>${RELATIVE})\s+year\b`,
			'gi'
		),
		build: (g) => ({
			value: {
				kind: 'relativeYear',
				offset: relativeOffset(g.rel ?? ''),
				part: relativePart(g.part ?? g.pp)
			}
		})
	},
	{
		// "last month", "late last month", "earlier this month"
		needs: ['monthWord'],
		pattern: new RegExp(
			String.raw`\b(?:(?<part>early|mid|late|earlier|later)[\s-]+(?:in\s+)?)?(?:(?<pp>(?:the\s+)?(?:beginning|start|middle|end)\s+of)\s+)?(?<rel>${RELATIVE})\s+month\b`,
			'gi'
		),
		build: (g) => ({
			value: {
				kind: 'relativeMonth',
				offset: relativeOffset(g.rel ?? ''),
				part: relativePart(g.part ?? g.pp)
			}
		})
	},
	{
		// "two years ago", "three months ago", "two weeks ago", "two days ago"
		needs: ['ago'],
		pattern: new RegExp(
			String.raw`\b(?<n>${COUNT})\s+(?<unit>year|month|week|day)s?\s+ago\b`,
			'gi'
		),
		build: (g) => {
			const n = countValue(g.n ?? '');
			if (!n) return null;
			const unit = g.unit?.toLowerCase();
			if (unit === 'year') return { value: { kind: 'relativeYear', offset: -n, part: null } };
			if (unit === 'month') return { value: { kind: 'relativeMonth', offset: -n, part: null } };
			if (unit === 'week') return { value: { kind: 'relativeWeek', offset: -n, part: null } };
			return { value: { kind: 'relativeDay', offset: -n } };
		}
	},
	{
		// "last week", "this week", "earlier this week"
		needs: ['week'],
		pattern: new RegExp(
			String.raw`\b(?:(?<part>earlier|later)\s+)?(?<rel>${RELATIVE})\s+week\b(?!end)`,
			'gi'
		),
		build: (g) => ({
			value: {
				kind: 'relativeWeek',
				offset: relativeOffset(g.rel ?? ''),
				part: (g.part?.toLowerCase() as 'earlier' | 'later' | undefined) ?? null
			}
		})
	},
	{
		// "over the weekend", "last weekend", "this coming weekend"
		needs: ['weekend'],
		pattern:
			/\b(?:(?<prep>over|during|at|on)\s+the\s+|(?<rel>last|this|next)\s+)(?:(?<adj>past|coming)\s+)?weekend\b/gi,
		build: (g) => {
			const word = g.adj ?? g.rel;
			return { value: { kind: 'weekend', offset: word ? relativeOffset(word) : null } };
		}
	},
	{
		// "on Sunday and Monday", "from Monday to Wednesday"
		needs: ['weekday'],
		pattern: new RegExp(
			String.raw`\b(?:(?<prep>${initialCase('on|for|from|between')})\s+)?(?<w1>${WEEKDAY})\s*(?:and|to|through|until|till|-|–)\s*(?<w2>${WEEKDAY})`,
			'g'
		),
		build: (g) => {
			const w1 = weekday(g.w1, true);
			const w2 = weekday(g.w2, true);
			if (w1 === null || w2 === null || w1 === w2) return null;
			return { value: { kind: 'weekdayRange', weekday: w1, endWeekday: w2 } };
		}
	},
	{
		// "on Tuesday afternoon", "late on Sat.", "late Thursday", "last Tuesday", "Thursday's",
		// "the early hours of Friday", "overnight on Thursday"
		needs: ['weekday'],
		pattern: new RegExp(
			String.raw`\b(?:(?<tod1>${initialCase('late|early|later|earlier|overnight')}|(?:${initialCase('in')}\s+)?${initialCase('the')}\s+(?:early|small|wee)\s+hours\s+of)\s+(?:on\s+)?)?(?:(?<prep>${initialCase('on|from|by|until|till|since|before|after')})\s+)?(?:(?<mod>${initialCase(String.raw`last|this\s+past|this\s+coming|this|next|coming`)})\s+)?(?<w>${WEEKDAY})(?:'s|’s)?(?:\s+(?<tod2>morning|afternoon|evening|night|midday|noon|overnight))?(?:\s+(?:of\s+)?(?<week>last|this|next)\s+week\b)?`,
			'g'
		),
		build: (g) => {
			const w = weekday(g.w, !!(g.tod1 || g.prep || g.mod));
			if (w === null) return null;
			const mod = (g.week ? `${g.week} week` : g.mod)?.toLowerCase().replace(/\s+/g, ' ');
			const modifier = WEEKDAY_MODIFIERS[mod ?? ''] ?? null;
			const hours = /hours\s+of$/i.test(g.tod1 ?? '') ? 'early hours' : g.tod1;
			return {
				value: { kind: 'weekday', weekday: w, modifier },
				timeOfDay: timeOfDay(hours, g.tod2)
			};
		}
	},
	{
		// "yesterday", "earlier today", "tonight", "tomorrow morning"
		needs: ['relativeDay'],
		pattern:
			/\b(?:(?<tod1>earlier|later|late|early)\s+)?(?<w>today|tonight|yesterday|tomorrow)(?:\s+(?<tod2>morning|afternoon|evening|night))?\b/gi,
		build: (g) => {
			const w = g.w?.toLowerCase();
			const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
			return {
				value: { kind: 'relativeDay', offset },
				timeOfDay: timeOfDay(g.tod1, w === 'tonight' ? 'night' : undefined, g.tod2)
			};
		}
	},
	{
		// "last night", "this morning"
		needs: ['partOfDay'],
		pattern: /\b(?<rel>last|this)\s+(?<tod>night|morning|afternoon|evening)\b/gi,
		build: (g) => ({
			value: {
				kind: 'relativeDay',
				offset: g.rel?.toLowerCase() === 'last' ? -1 : 0
			},
			timeOfDay: timeOfDay(g.tod)
		})
	},
	{
		// "a week from tomorrow", "ten days from today": counted from the day named.
		needs: ['relativeDay', 'count'],
		pattern: new RegExp(
			String.raw`\b(?<n>${COUNT})\s+(?<unit>day|week)s?\s+from\s+(?<w>today|tomorrow)\b`,
			'gi'
		),
		build: (g) => {
			const n = countValue(g.n ?? '');
			if (!n) return null;
			const days = n * (g.unit?.toLowerCase() === 'week' ? 7 : 1);
			return {
				value: { kind: 'relativeDay', offset: days + (g.w?.toLowerCase() === 'tomorrow' ? 1 : 0) }
			};
		}
	},
	{
		// "the day before yesterday", "the day after tomorrow"
		needs: ['dayAround'],
		pattern: /\bthe\s+day\s+(?<rel>before\s+yesterday|after\s+tomorrow)\b/gi,
		build: (g) => ({
			value: { kind: 'relativeDay', offset: g.rel?.toLowerCase().startsWith('before') ? -2 : 2 }
		})
	},
	{
		// "earlier in the day", "later that evening", "later the same day"
		needs: ['earlierLater'],
		pattern:
			/\b(?<rel>earlier|later)\s+(?<link>in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b/gi,
		build: (g) => ({
			value: {
				kind: 'anchored',
				days: 0,
				complement: false,
				sameDayAsPublication: /^in/i.test(g.link ?? '')
			}
		})
	},
	{
		// "the same day", "on that same evening", "afterwards"
		needs: ['same'],
		pattern:
			/\b(?:(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?:day|morning|afternoon|evening|night)|afterwards?|subsequently)\b/gi,
		build: () => ({
			value: { kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		})
	},
	{
		// "that evening", "That night": the day of the event being told. Not after a speech verb,
		// where "that" opens what was said ("said that evening talks …").
		needs: ['thatPart', 'dayWord'],
		pattern:
			/\b(?<!\b(?:said|says|say|added|adds|noted|announced|stated|told\s+\w+|warned|insisted)\s+)[Tt]hat\s+(?:morning|afternoon|evening|night)\b/g,
		build: () => ({
			value: { kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		})
	},
	{
		// "that same month", "in that same week", "that month" (not after a speech verb, where
		// "that" opens what was said): the period of the event being told.
		needs: ['thatPart'],
		pattern:
			/\b(?<!\b(?:said|says|say|added|adds|noted|announced|stated|told\s+\w+|warned|insisted)\s+)(?:(?:in|during|later|earlier)\s+)?[Tt]hat\s+(?:very\s+)?(?:same\s+)?(?<unit>week|month|year)\b(?![-\w])/g,
		build: (g) => ({ value: { kind: 'sameSpan', unit: spanUnit(g.unit) } })
	},
	{
		// "a year later", "six months earlier": the month or year that far from the other event's
		// (the other event named after "after" or "before" is left alone, as is a hedged count).
		needs: ['countSpan'],
		pattern: new RegExp(
			String.raw`\b(?<!\b(?:${HEDGE})\s+)(?<n>${COUNT})\s+(?<unit>month|year)s?\s+(?<rel>later|earlier|afterwards?)\b`,
			'gi'
		),
		build: (g) => {
			const n = countValue(g.n ?? '');
			if (!n) return null;
			const sign = /^earlier$/i.test(g.rel ?? '') ? -1 : 1;
			return { value: { kind: 'sameSpan', unit: spanUnit(g.unit), offset: sign * n } };
		}
	},
	{
		// "the same month", "later the same year"
		needs: ['same'],
		pattern:
			/\b(?:(?:in|during|later|earlier)\s+)?[Tt]he\s+(?:very\s+)?same\s+(?<unit>week|month|year)\b(?![-\w])/g,
		build: (g) => ({ value: { kind: 'sameSpan', unit: spanUnit(g.unit) } })
	},
	{
		// "the following week", "the next week", "the week after (the summit)", "the previous week"
		needs: ['week'],
		pattern:
			/\b(?:(?:in|during)\s+)?the\s+(?:(?<after>following|next)\s+week|(?<before>previous|preceding)\s+week|week\s+(?<rel>after|before))\b/gi,
		build: (g, m, text) => ({
			value: {
				kind: 'anchored',
				days: g.before || g.rel?.toLowerCase() === 'before' ? -7 : 7,
				complement: !!g.rel && hasComplement(text, m.index + m[0].length),
				sameDayAsPublication: false,
				week: true
			}
		})
	},
	{
		// "the next day", "the following morning", "the day after (the vote)"
		needs: ['dayWord'],
		pattern:
			/\b(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:day|morning)\s+after(?!\s+tomorrow))\b/gi,
		build: (g, m, text) => ({
			value: {
				kind: 'anchored',
				days: 1,
				complement: /after$/i.test(m[0]) && hasComplement(text, m.index + m[0].length),
				sameDayAsPublication: false
			}
		})
	},
	{
		// "the previous day", "the day before (the summit)", "on the eve of (the summit)"
		needs: ['eve'],
		pattern:
			/\b(?:(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|evening|night)|the\s+(?:day|night|evening)\s+before(?!\s+yesterday)|(?:on\s+)?the\s+eve\s+of)\b/gi,
		build: (g, m, text) => ({
			value: {
				kind: 'anchored',
				days: -1,
				complement: /(?:before|of)$/i.test(m[0]) && hasComplement(text, m.index + m[0].length),
				sameDayAsPublication: false
			}
		})
	},
	{
		// "three days later", "a day ahead of", "two days after", "a week earlier"; hedged ("nearly
		// three weeks after") it gives no day.
		needs: ['count'],
		pattern: new RegExp(
			String.raw`\b(?:(?<hedge>${HEDGE})\s+)?(?<n>${COUNT})\s+(?<unit>day|week)s?\s+(?<rel>later|earlier|afterwards?|before|after|ahead\s+of|prior\s+to)\b`,
			'gi'
		),
		build: (g, m, text) => {
			const n = countValue(g.n ?? '');
			if (!n) return null;
			if (g.hedge) return { value: { kind: 'vague', direction: 'past' } };
			const days = n * (g.unit?.toLowerCase() === 'week' ? 7 : 1);
			const rel = (g.rel ?? '').toLowerCase();
			const backwards = /^(?:earlier|before|ahead|prior)/.test(rel);
			const complement =
				/^(?:before|after|ahead|prior)/.test(rel) && hasComplement(text, m.index + m[0].length);
			return {
				value: {
					kind: 'anchored',
					days: backwards ? -days : days,
					complement,
					sameDayAsPublication: false
				}
			};
		}
	},
	{
		// "hours after the ballot", "minutes later", "just hours before": the same day as the other
		// event (a count of hours, "48 hours later", may cross days and is left alone)
		needs: ['hours'],
		pattern:
			/\b(?:(?:just|only|mere|a\s+few|several|some)\s+)?(?:hours|minutes)\s+(?<rel>later|earlier|afterwards?|before|after|ahead\s+of|prior\s+to)\b/gi,
		build: (g, m, text) => {
			if (/\d\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
			const rel = (g.rel ?? '').toLowerCase();
			const complement =
				/^(?:before|after|ahead|prior)/.test(rel) && hasComplement(text, m.index + m[0].length);
			return {
				value: { kind: 'anchored', days: 0, complement, sameDayAsPublication: false }
			};
		}
	},
	{
		// "a three-day state visit", "a two-week tour"
		needs: ['count'],
		pattern: new RegExp(
			String.raw`\b(?<n>${COUNT})-(?<unit>day|week)(?:-long)?\s+(?:(?!(?:of|the|after|before|ahead|later|earlier)\b)[\w-]+\s+){0,2}?(?:visit|trip|tour|summit|conference|meeting|talks|session|stay|mission|forum|negotiations|exercises?|ceasefire|truce)\b`,
			'gi'
		),
		build: (g) => {
			const n = countValue(g.n ?? '');
			if (!n) return null;
			return { value: { kind: 'duration', days: n * (g.unit?.toLowerCase() === 'week' ? 7 : 1) } };
		}
	},
	{
		// "in the coming weeks", "soon", "recently"; "most recently" orders a tally, it dates nothing.
		needs: ['vague'],
		pattern:
			/\b(?:in\s+the\s+(?<f1>coming|next|following|near)\s+(?:few\s+)?(?:days|weeks|months|future)|(?<f2>soon)|at\s+a\s+(?<f3>later)\s+date|in\s+(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(?:days|weeks|months)|(?<!\bmost\s+)recently)\b/gi,
		build: (g) => ({
			value: { kind: 'vague', direction: g.f1 || g.f2 || g.f3 ? 'future' : 'past' }
		})
	},
	{
		// "the 18th day of talks", "on the second day of his visit", "day three of the summit"
		needs: ['dayWord'],
		pattern: new RegExp(
			String.raw`\b(?:(?:${initialCase('on')}\s+)?${initialCase('the')}\s+(?<n>${ORDINAL})\s+day|${initialCase('day')}\s+(?<c>${COUNT}))\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|visit|trip|tour|summit|conference|meeting|session|ceasefire|truce|war|fighting|offensive|strike|protests?|siege|deliberations|hearings?|trial|vote|voting)\b`,
			'g'
		),
		build: (g) => {
			const n = g.n ? ordinalValue(g.n) : countValue(g.c ?? '');
			return n && n > 1 ? { value: { kind: 'nthDay', day: n } } : null;
		}
	},
	{
		// "overnight" (not "an overnight stay")
		needs: ['overnight'],
		pattern:
			/\b[Oo]vernight\b(?!\s+(?:stay|flight|trip|train|bus|bag|sensation|success|rate|lending|deposit)s?\b)/g,
		build: () => ({ value: { kind: 'overnight' }, timeOfDay: 'overnight' })
	},
	{
		// "on the 15th"
		needs: ['digit'],
		pattern: new RegExp(
			String.raw`\b${initialCase('on')}\s+the\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?${MONTH})(?!\s+(?:day|round|session|week|anniversary)\b)`,
			'g'
		),
		build: (g) => {
			const d = day(g.d);
			return d ? { value: { kind: 'dayOfMonth', day: d } } : null;
		}
	}
];

const RULE_NEEDS = RULES.map((rule) =>
	rule.needs.reduce((bits, cue) => bits | (CUE_BIT.get(cue) ?? 0), 0)
);

/** The period a "that same …" phrase names. */
function spanUnit(word: string | undefined): 'week' | 'month' | 'year' {
	const unit = word?.toLowerCase();
	return unit === 'week' || unit === 'year' ? unit : 'month';
}

function relativePart(word: string | undefined): PeriodPart | 'earlier' | 'later' | null {
	if (!word) return null;
	const w = word.toLowerCase();
	if (w === 'earlier' || w === 'later') return w;
	return periodPart(w);
}

function scan(text: string): TemporalExpression[] {
	const found: TemporalExpression[] = [];
	const present = cuesIn(text);
	for (let i = 0; i < RULES.length; i++) {
		if ((present & RULE_NEEDS[i]) !== RULE_NEEDS[i]) continue;
		const rule = RULES[i];
		const pattern = rule.pattern;
		pattern.lastIndex = 0;
		// exec with lastIndex rather than matchAll, which clones the pattern on every call.
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const built = rule.build(match.groups ?? {}, match, text);
			if (!built) continue;
			const start = match.index ?? 0;
			found.push(
				Object.freeze({
					start,
					end: start + match[0].length,
					text: match[0],
					value: Object.freeze(built.value),
					since: /^since\b/i.test(match[0]),
					timeOfDay: built.timeOfDay ?? null
				})
			);
		}
	}
	found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const kept: TemporalExpression[] = [];
	for (const expr of found) {
		const last = kept[kept.length - 1];
		if (last && expr.start < last.end) continue;
		kept.push(expr);
	}
	return kept;
}

/** Extraction asks about the same sentence once per event in it, so recent answers are kept. */
const RECENT_LIMIT = 64;
const recent = new Map<string, TemporalExpression[]>();

/**
 * Every temporal expression in `text`, left to right, with offsets into `text` and an
 * unresolved value. Where patterns overlap the longest match wins ("late last month" over
 * "last month"). The expressions are frozen: they may be shared between calls.
 */
export function findTemporalExpressions(text: string): TemporalExpression[] {
	let found = recent.get(text);
	if (!found) {
		found = scan(text);
		if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
		recent.set(text, found);
	}
	return [...found];
}
