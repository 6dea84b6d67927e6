/**
 * Resolution of one temporal expression to an interval of days, with its precision, how it was
 * worked out and a sentence that says so.
 */
import type { EventDate, IsoDay, Precision, Publication } from '../types';
import {
	addDays,
	addMonths,
	dayNumber,
	daysInMonth,
	formatDay,
	isValidDay,
	isoDay,
	monthOf,
	yearOf
} from './calendar';
import { describePublication, describeSpan, quoteWords, twoWayNote } from './describe';
import { leanOf, monthForDayOfMonth, yearForDay, yearForMonth } from './inferYear';
import type {
	PeriodPart,
	ResolveContext,
	Season,
	TemporalExpression,
	TemporalValue
} from './types';
import { shiftAnchored, shiftDate } from './shiftDate';
import { mondayOf, weekdayFrom, type WeekdayRule } from './weekdays';
import { WEEKDAY_NAMES } from './words';

type Value<K extends TemporalValue['kind']> = Extract<TemporalValue, { kind: K }>;

interface Resolution {
	expr: TemporalExpression;
	ctx: ResolveContext;
}

function dated(
	r: Resolution,
	start: IsoDay,
	end: IsoDay,
	precision: Precision,
	derivation: EventDate['derivation'],
	explanation: string
): EventDate {
	// A publication date read one of two ways on weak evidence: every day counted from it says so.
	const uncertain = derivation === 'relative-to-publication' ? twoWayNote(r.ctx.publication) : '';
	return {
		start,
		end,
		precision,
		derivation,
		text: r.expr.text,
		explanation: `${explanation}${uncertain}`,
		approximate: false
	};
}

function unresolved(r: Resolution, explanation: string, partial?: EventDate['partial']): EventDate {
	return {
		start: null,
		end: null,
		precision: 'unknown',
		derivation: 'unresolved',
		text: r.expr.text,
		explanation,
		approximate: false,
		...(partial ? { partial } : {})
	};
}

function noPublication(r: Resolution, what: string, partial?: EventDate['partial']): EventDate {
	return unresolved(
		r,
		`The text says ${quoteWords(r.expr.text)} but the article has no publication date, so ${what} cannot be fixed.`,
		partial
	);
}

/** First and last day of a third of a month: early 1-10, mid 11-20, late 21-end. */
function monthPart(year: number, month: number, part: PeriodPart | null): [IsoDay, IsoDay] {
	const last = daysInMonth(year, month);
	const [from, to] =
		part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part ? [21, last] : [1, last];
	return [isoDay(year, month, from), isoDay(year, month, to)];
}

/** First and last day of a third of a year: early Jan-Apr, mid May-Aug, late Sep-Dec. */
function yearPart(year: number, part: PeriodPart | null): [IsoDay, IsoDay] {
	const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : part ? [9, 12] : [1, 12];
	return [isoDay(year, from, 1), isoDay(year, to, daysInMonth(year, to))];
}

/** Meteorological seasons; winter is the one that begins in December of the year. */
function seasonSpan(season: Season, year: number): [IsoDay, IsoDay] {
	const first = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
	const [endYear, endMonth] = addMonths(year, first, 2);
	return [isoDay(year, first, 1), isoDay(endYear, endMonth, daysInMonth(endYear, endMonth))];
}

function leanWords(lean: 'past' | 'future' | 'nearest'): string {
	if (lean === 'past') return 'the most recent one on or before';
	if (lean === 'future') return 'the next one on or after';
	return 'the one nearest to';
}

/**
 * The year of the account being told, for a past date the text gives without one, when the
 * date in that year (ending on `end`) does not go back before the day the account has reached.
 */
function narrativeYearOf(r: Resolution, end: (year: number) => IsoDay): number | null {
	const from = r.ctx.narrativeFrom ?? null;
	if (from === null || r.ctx.tense !== 'past') return null;
	const year = yearOf(from);
	return end(year) >= from ? year : null;
}

const NARRATIVE = (year: number) =>
	`${year} is the year of the account the text is giving, stated just before.`;

function resolveDate(r: Resolution, v: Value<'date'>): EventDate {
	const { publication, anchor } = r.ctx;
	if (v.year !== null) {
		if (!isValidDay(v.year, v.month, v.day))
			return unresolved(r, `${quoteWords(r.expr.text)} is not a calendar day.`);
		const day = isoDay(v.year, v.month, v.day);
		return dated(
			r,
			day,
			day,
			'day',
			'explicit',
			`${formatDay(day, 'd MMMM yyyy')}, stated in the text.`
		);
	}
	const stated = formatDay(isoDay(2000, v.month, v.day), 'd MMMM');
	const narrative = narrativeYearOf(r, (year) =>
		isValidDay(year, v.month, v.day) ? isoDay(year, v.month, v.day) : isoDay(year, 1, 1)
	);
	if (narrative !== null && isValidDay(narrative, v.month, v.day)) {
		const day = isoDay(narrative, v.month, v.day);
		return dated(
			r,
			day,
			day,
			'day',
			'explicit',
			`${stated} is stated without a year; ${NARRATIVE(narrative)}`
		);
	}
	// Without a publication date, a dated related event ("held on March 18 and 19, 2021") fixes
	// the year of "on March 23" as the nearest such day; a bound ("reported by") cannot.
	const reference =
		publication?.day ?? (anchor?.start && !anchor.approximate ? anchor.start : null);
	const lean = publication ? leanOf(r.ctx.tense) : 'nearest';
	const year = reference ? yearForDay(v.month, v.day, reference, lean) : null;
	if (year === null) {
		return reference
			? unresolved(r, `${quoteWords(r.expr.text)} has no year that fits the tense of the sentence.`)
			: unresolved(
					r,
					`The text says ${quoteWords(r.expr.text)} without a year and the article has no publication date, so the year cannot be fixed.`,
					{ month: v.month, day: v.day }
				);
	}
	const day = isoDay(year, v.month, v.day);
	const basis = publication
		? `${leanWords(lean)} publication on ${describePublication(publication)}`
		: `the one nearest to the related event of ${formatDay(reference as IsoDay)}`;
	return dated(
		r,
		day,
		day,
		'day',
		'explicit',
		`${stated} is stated without a year; ${year} is ${basis}.`
	);
}

function resolveDateRange(r: Resolution, v: Value<'dateRange'>): EventDate {
	const start = resolveDate(r, { kind: 'date', year: v.year, month: v.month, day: v.day });
	if (!start.start) return start;
	const startYear = yearOf(start.start);
	const endYear = v.endMonth < v.month ? startYear + 1 : startYear;
	if (!isValidDay(endYear, v.endMonth, v.endDay))
		return unresolved(r, `${quoteWords(r.expr.text)} is not a span of calendar days.`);
	const end = isoDay(endYear, v.endMonth, v.endDay);
	const how = v.year !== null ? 'stated in the text' : `the year taken from publication`;
	return dated(
		r,
		start.start,
		end,
		'range',
		'explicit',
		`${describeSpan(start.start, end)}, ${how}.`
	);
}

/**
 * Without a publication date, a dated related event fixes the year of "in late March" as
 * the nearest such month, as it does for "on March 23"; a bound ("reported by") cannot.
 */
function monthNearAnchor(r: Resolution, v: Value<'month'>): EventDate | null {
	const { anchor } = r.ctx;
	if (v.yearOffset !== null || v.step || !anchor?.start || anchor.approximate) return null;
	const year = yearForMonth(v.month, anchor.start, 'nearest');
	const [start, end] = monthPart(year, v.month, v.part);
	return dated(
		r,
		start,
		end,
		v.part ? 'range' : 'month',
		'explicit',
		`${describeSpan(start, end)}: the year is that of the nearest such month to the related event of ${formatDay(anchor.start)}.`
	);
}

function resolveMonth(r: Resolution, v: Value<'month'>): EventDate {
	const { publication } = r.ctx;
	const precision: Precision = v.part ? 'range' : 'month';
	if (v.year !== null) {
		const [start, end] = monthPart(v.year, v.month, v.part);
		return dated(
			r,
			start,
			end,
			precision,
			'explicit',
			`${describeSpan(start, end)}, stated in the text.`
		);
	}
	const narrative =
		v.yearOffset === null && !v.step
			? narrativeYearOf(r, (year) => monthPart(year, v.month, v.part)[1])
			: null;
	if (narrative !== null) {
		const [start, end] = monthPart(narrative, v.month, v.part);
		return dated(
			r,
			start,
			end,
			precision,
			'explicit',
			`${describeSpan(start, end)}: the month is stated without a year; ${NARRATIVE(narrative)}`
		);
	}
	if (!publication)
		return monthNearAnchor(r, v) ?? noPublication(r, 'the year', { month: v.month });
	const lean = leanOf(r.ctx.tense);
	const published = yearOf(publication.day);
	const publishedMonth = monthOf(publication.day);
	const year =
		v.yearOffset !== null
			? published + v.yearOffset
			: v.step === -1
				? published - (v.month < publishedMonth ? 0 : 1)
				: v.step === 1
					? published + (v.month > publishedMonth ? 0 : 1)
					: yearForMonth(v.month, publication.day, lean);
	const [start, end] = monthPart(year, v.month, v.part);
	const how =
		v.yearOffset !== null || v.step
			? `relative to publication on ${formatDay(publication.day, 'd MMM yyyy')}`
			: `with no year stated, ${leanWords(lean)} publication on ${formatDay(publication.day, 'd MMM yyyy')}`;
	return dated(
		r,
		start,
		end,
		precision,
		'relative-to-publication',
		`${quoteWords(r.expr.text)} ${how}: ${describeSpan(start, end)}.`
	);
}

function resolveYear(r: Resolution, v: Value<'year'>): EventDate {
	const [start, end] = yearPart(v.year, v.part);
	return dated(
		r,
		start,
		end,
		v.part ? 'range' : 'year',
		'explicit',
		`${describeSpan(start, end)}, stated in the text.`
	);
}

function resolveSeason(r: Resolution, v: Value<'season'>): EventDate {
	const { publication } = r.ctx;
	if (v.year !== null) {
		const [start, end] = seasonSpan(v.season, v.year);
		return dated(
			r,
			start,
			end,
			'season',
			'explicit',
			`${v.season} ${v.year} (${describeSpan(start, end)}), stated in the text.`
		);
	}
	if (!publication) return noPublication(r, 'the year');
	const pub = dayNumber(publication.day);
	const base = yearOf(publication.day);
	const spans = [base - 2, base - 1, base, base + 1].map((year) => seasonSpan(v.season, year));
	const lean = v.yearOffset === -1 ? 'past' : v.yearOffset === 1 ? 'future' : leanOf(r.ctx.tense);
	const span =
		v.yearOffset === 0
			? spans[2]
			: lean === 'past'
				? spans.filter(([s, e]) => dayNumber(v.yearOffset === -1 ? e : s) <= pub).pop()
				: lean === 'future'
					? spans.find(([s, e]) => dayNumber(v.yearOffset === 1 ? s : e) >= pub)
					: (spans.find(([s, e]) => dayNumber(s) <= pub && dayNumber(e) >= pub) ??
						spans.find(([s]) => dayNumber(s) > pub));
	if (!span) return unresolved(r, `${quoteWords(r.expr.text)} could not be placed.`);
	return dated(
		r,
		span[0],
		span[1],
		'season',
		'relative-to-publication',
		`${quoteWords(r.expr.text)} relative to publication on ${formatDay(publication.day, 'd MMM yyyy')}: ${describeSpan(span[0], span[1])}.`
	);
}

function relativeToPublication(
	r: Resolution,
	publication: Publication,
	start: IsoDay,
	end: IsoDay,
	precision: Precision,
	withTime = false
): EventDate {
	const when = withTime
		? describePublication(publication)
		: formatDay(publication.day, 'd MMM yyyy');
	return dated(
		r,
		start,
		end,
		precision,
		'relative-to-publication',
		`${quoteWords(r.expr.text)} relative to publication on ${when}: ${describeSpan(start, end)}.`
	);
}

function resolveRelativeYear(r: Resolution, v: Value<'relativeYear'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the year');
	const year = yearOf(publication.day) + v.offset;
	if (v.part === 'earlier' || v.part === 'later') {
		const [start, end] =
			v.part === 'earlier'
				? [isoDay(year, 1, 1), publication.day]
				: [publication.day, isoDay(year, 12, 31)];
		return relativeToPublication(r, publication, start, end, 'range');
	}
	const [start, end] = yearPart(year, v.part);
	return relativeToPublication(r, publication, start, end, v.part ? 'range' : 'year');
}

function resolveRelativeMonth(r: Resolution, v: Value<'relativeMonth'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the month');
	const [year, month] = addMonths(yearOf(publication.day), monthOf(publication.day), v.offset);
	if (v.part === 'earlier' || v.part === 'later') {
		const [first, last] = monthPart(year, month, null);
		// "Later this month" is after the day of publication, "earlier this month" up to it.
		const next = publication.day < last ? addDays(publication.day, 1) : last;
		const [start, end] =
			v.offset !== 0
				? [first, last]
				: v.part === 'earlier'
					? [first, publication.day]
					: [next, last];
		return relativeToPublication(r, publication, start, end, 'range');
	}
	const [start, end] = monthPart(year, month, v.part);
	return relativeToPublication(r, publication, start, end, v.part ? 'range' : 'month');
}

function resolveRelativeWeek(r: Resolution, v: Value<'relativeWeek'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the week');
	const monday = addDays(mondayOf(publication.day), 7 * v.offset);
	const sunday = addDays(monday, 6);
	// "Later this week" is after the day of publication (a Sunday paper leaves only itself).
	const after =
		dayNumber(publication.day) < dayNumber(sunday) ? addDays(publication.day, 1) : sunday;
	const [start, end] =
		v.part === 'earlier'
			? [monday, publication.day]
			: v.part === 'later'
				? [v.offset === 0 ? after : monday, sunday]
				: [monday, sunday];
	return relativeToPublication(r, publication, start, end, 'range', true);
}

function resolveWeekend(r: Resolution, v: Value<'weekend'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the weekend');
	const thisSaturday = weekdayFrom(publication.day, 6, 'sameWeek');
	let saturday: IsoDay;
	if (v.offset === 0) saturday = thisSaturday;
	else if (v.offset === 1) saturday = addDays(thisSaturday, 7);
	else if (v.offset === -1 || r.ctx.tense !== 'future')
		saturday = weekdayFrom(publication.day, 6, 'onOrBefore');
	else
		saturday =
			dayNumber(publication.day) > dayNumber(thisSaturday)
				? addDays(thisSaturday, 7)
				: thisSaturday;
	return relativeToPublication(r, publication, saturday, addDays(saturday, 1), 'range', true);
}

function weekdayRule(modifier: Value<'weekday'>['modifier'], r: Resolution): WeekdayRule {
	if (modifier === 'last') return 'before';
	if (modifier === 'next') return 'after';
	if (modifier === 'this' || modifier === 'lastWeek' || modifier === 'nextWeek') return 'sameWeek';
	// A planned event named by its weekday may fall on the publication day itself ("talks are
	// due to conclude on Friday" in a Friday paper); a reported one is the latest such day.
	return r.ctx.tense === 'future' ? 'onOrAfter' : 'onOrBefore';
}

/** The week a weekday is counted in: "Friday last week" is in the week before publication. */
const WEEK_SHIFT: Partial<Record<string, number>> = { lastWeek: -7, nextWeek: 7 };

function weekdayExplanation(
	publication: Publication,
	day: IsoDay,
	weekday: number,
	rule: WeekdayRule,
	weekShift: number
): string {
	const name = WEEKDAY_NAMES[weekday];
	const when = describePublication(publication);
	if (day === publication.day) return `${name}, the day of publication (${when}).`;
	if (rule === 'sameWeek') {
		const week = weekShift < 0 ? 'before' : weekShift > 0 ? 'after' : 'of';
		return `${name} of the week ${week} publication on ${when}: ${formatDay(day)}.`;
	}
	const side = dayNumber(day) < dayNumber(publication.day) ? 'before' : 'after';
	const which = side === 'before' ? (rule === 'before' ? 'The last' : 'The') : 'The next';
	return `${which} ${name} ${side} publication on ${when}: ${formatDay(day)}.`;
}

function resolveWeekday(r: Resolution, v: Value<'weekday'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) {
		return unresolved(
			r,
			`The text says ${quoteWords(r.expr.text)} (a ${WEEKDAY_NAMES[v.weekday]}) but the article has no publication date, so the day cannot be fixed.`,
			{ weekday: v.weekday }
		);
	}
	const rule = weekdayRule(v.modifier, r);
	const weekShift = WEEK_SHIFT[v.modifier ?? ''] ?? 0;
	const day = weekdayFrom(addDays(publication.day, weekShift), v.weekday, rule);
	return dated(
		r,
		day,
		day,
		'day',
		'relative-to-publication',
		weekdayExplanation(publication, day, v.weekday, rule, weekShift)
	);
}

function resolveWeekdayRange(r: Resolution, v: Value<'weekdayRange'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the days', { weekday: v.weekday });
	const start = weekdayFrom(publication.day, v.weekday, weekdayRule(null, r));
	const end = addDays(start, (v.endWeekday - v.weekday + 7) % 7);
	return relativeToPublication(r, publication, start, end, 'range', true);
}

function resolveRelativeDay(r: Resolution, v: Value<'relativeDay'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the day');
	const day = addDays(publication.day, v.offset);
	return relativeToPublication(r, publication, day, day, 'day', true);
}

/**
 * Whether a related event's date can carry "the next day", "earlier in the day" or "three days
 * later": only a single day can (a month or a guessed week would spread a false day).
 */
export function isDayAnchor(
	anchor: EventDate | null
): anchor is EventDate & { start: IsoDay; end: IsoDay } {
	return !!anchor?.start && anchor.start === anchor.end && !anchor.approximate;
}

/**
 * Whether a date fits the tense of its sentence: a reported event cannot lie after publication,
 * nor a planned one before it (one day of slack for zones). Guards dates borrowed from another
 * event, which may be the wrong one.
 */
function fitsTense(date: EventDate, r: Resolution): boolean {
	const { publication, tense } = r.ctx;
	if (!publication || !date.start || !date.end) return true;
	const pub = dayNumber(publication.day);
	if (tense === 'past') return dayNumber(date.start) <= pub + 1;
	if (tense === 'future') return dayNumber(date.end) >= pub - 1;
	return true;
}

function resolveAnchored(r: Resolution, v: Value<'anchored'>): EventDate {
	const { anchor, publication } = r.ctx;
	if (isDayAnchor(anchor)) {
		const date = shiftAnchored(anchor, v, r.expr.text, 'the related event');
		if (fitsTense(date, r)) return date;
	}
	if (v.days === 0 && v.sameDayAsPublication && publication) {
		return dated(
			r,
			publication.day,
			publication.day,
			'day',
			'relative-to-publication',
			`${quoteWords(r.expr.text)} with no other dated event to lean on: the day of publication, ${describePublication(publication)}.`
		);
	}
	return unresolved(
		r,
		`${quoteWords(r.expr.text)} dates this from another event whose date is not known.`,
		v.days === 0 && anchor?.partial ? { ...anchor.partial } : undefined
	);
}

/**
 * "That same month", "that week", "later the same year": the period of the related event, when
 * its date lies within one such period.
 */
function resolveSameSpan(r: Resolution, v: Value<'sameSpan'>): EventDate {
	const { anchor } = r.ctx;
	const span = anchor?.start && anchor.end ? periodOf(anchor.start, anchor.end, v.unit) : null;
	// A count of months from an event known only by its year would invent a month.
	if (v.offset && anchor?.start && anchor.end && span)
		return shiftSpan(r, anchor.start, anchor.end, v.unit, v.offset);
	if (!anchor?.start || !anchor.end || !span) {
		return unresolved(
			r,
			`${quoteWords(r.expr.text)} dates this from another event whose date is not known.`
		);
	}
	const [start, end, precision] = span;
	return {
		...dated(
			r,
			start,
			end,
			precision,
			'same-as-other-event',
			`${quoteWords(r.expr.text)} ties it to the related event: the ${v.unit} of ${describeSpan(anchor.start, anchor.end)}, so ${describeSpan(start, end)}.`
		),
		approximate: anchor.approximate
	};
}

/**
 * "A year later", "six months earlier": the whole month or year that many units from the month
 * the related event began in; no day, since the count is a round figure.
 */
function shiftSpan(
	r: Resolution,
	from: IsoDay,
	to: IsoDay,
	unit: Value<'sameSpan'>['unit'],
	offset: number
): EventDate {
	const months = unit === 'year' ? 12 * offset : offset;
	const [year, month] = addMonths(yearOf(from), monthOf(from), months);
	const [start, end, precision] =
		unit === 'year'
			? [isoDay(year, 1, 1), isoDay(year, 12, 31), 'year' as const]
			: [isoDay(year, month, 1), isoDay(year, month, daysInMonth(year, month)), 'month' as const];
	const date = dated(
		r,
		start,
		end,
		precision,
		'same-as-other-event',
		`${quoteWords(r.expr.text)} counts from the related event of ${describeSpan(from, to)}: ${describeSpan(start, end)}.`
	);
	return { ...date, approximate: true };
}

/** The week, month or year holding both days, or null when they lie in different ones. */
function periodOf(
	first: IsoDay,
	last: IsoDay,
	unit: Value<'sameSpan'>['unit']
): [IsoDay, IsoDay, Precision] | null {
	const [year, month] = [yearOf(first), monthOf(first)];
	if (unit === 'week') {
		const monday = mondayOf(first);
		return mondayOf(last) === monday ? [monday, addDays(monday, 6), 'range'] : null;
	}
	if (yearOf(last) !== year) return null;
	if (unit === 'year') return [isoDay(year, 1, 1), isoDay(year, 12, 31), 'year'];
	if (monthOf(last) !== month) return null;
	return [isoDay(year, month, 1), isoDay(year, month, daysInMonth(year, month)), 'month'];
}

/**
 * "The 18th day of talks" counted from the related event when its date is known: the start of
 * a stay or talks the text dated ("arrived on Monday … on the second day of his visit"), within
 * its span when it has one.
 */
function resolveNthDay(r: Resolution, v: Value<'nthDay'>): EventDate {
	const { anchor } = r.ctx;
	if (anchor?.start && anchor.end && !anchor.approximate) {
		const first = { ...anchor, start: anchor.start, end: anchor.start, precision: 'day' as const };
		const date = shiftDate(first, v.day - 1, r.expr.text, 'the start of the related event');
		const day = addDays(anchor.start, v.day - 1);
		const within = anchor.start === anchor.end || dayNumber(day) <= dayNumber(anchor.end);
		if (within && fitsTense(date, r)) return date;
	}
	return unresolved(
		r,
		`${quoteWords(r.expr.text)} counts days from a start the text does not date.`
	);
}

/**
 * "Overnight" in a report: the night that ended on the day of publication, so that day or the
 * one before; a planned "overnight" is the coming night.
 */
function resolveOvernight(r: Resolution): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the night');
	const [start, end] =
		r.ctx.tense === 'future'
			? [publication.day, addDays(publication.day, 1)]
			: [addDays(publication.day, -1), publication.day];
	return dated(
		r,
		start,
		end,
		'range',
		'relative-to-publication',
		`${quoteWords(r.expr.text)} in a report of ${describePublication(publication)}: the night ${r.ctx.tense === 'future' ? 'after' : 'before'} publication, ${describeSpan(start, end)}.`
	);
}

function resolveDayOfMonth(r: Resolution, v: Value<'dayOfMonth'>): EventDate {
	const { publication } = r.ctx;
	if (!publication) return noPublication(r, 'the month', { day: v.day });
	const lean = leanOf(r.ctx.tense);
	const found = monthForDayOfMonth(v.day, publication.day, lean);
	if (!found) return unresolved(r, `${quoteWords(r.expr.text)} could not be placed.`);
	const day = isoDay(found.year, found.month, v.day);
	return dated(
		r,
		day,
		day,
		'day',
		'relative-to-publication',
		`${quoteWords(r.expr.text)} names only a day of the month; ${leanWords(lean)} publication on ${formatDay(publication.day, 'd MMM yyyy')} is ${formatDay(day, 'd MMMM yyyy')}.`
	);
}

function resolveValue(r: Resolution): EventDate {
	const v = r.expr.value;
	switch (v.kind) {
		case 'date':
			return resolveDate(r, v);
		case 'dateRange':
			return resolveDateRange(r, v);
		case 'month':
			return resolveMonth(r, v);
		case 'year':
			return resolveYear(r, v);
		case 'season':
			return resolveSeason(r, v);
		case 'relativeYear':
			return resolveRelativeYear(r, v);
		case 'relativeMonth':
			return resolveRelativeMonth(r, v);
		case 'relativeWeek':
			return resolveRelativeWeek(r, v);
		case 'weekend':
			return resolveWeekend(r, v);
		case 'weekday':
			return resolveWeekday(r, v);
		case 'weekdayRange':
			return resolveWeekdayRange(r, v);
		case 'relativeDay':
			return resolveRelativeDay(r, v);
		case 'anchored':
			return resolveAnchored(r, v);
		case 'nthDay':
			return resolveNthDay(r, v);
		case 'sameSpan':
			return resolveSameSpan(r, v);
		case 'overnight':
			return resolveOvernight(r);
		case 'dayOfMonth':
			return resolveDayOfMonth(r, v);
		case 'duration':
			return unresolved(
				r,
				`${quoteWords(r.expr.text)} gives a length of time but no day it started.`
			);
		case 'vague':
			return unresolved(
				r,
				v.direction === 'future'
					? `${quoteWords(r.expr.text)} announces something without a date, so no day can be fixed.`
					: `${quoteWords(r.expr.text)} gives no date that can be fixed.`
			);
	}
}

/** "since September": from the start of the named period up to publication. */
function sinceRange(r: Resolution, from: EventDate): EventDate {
	const { publication } = r.ctx;
	if (!from.start || !publication || dayNumber(publication.day) < dayNumber(from.start))
		return from;
	return dated(
		r,
		from.start,
		publication.day,
		'range',
		'relative-to-publication',
		`${quoteWords(r.expr.text)}: from ${formatDay(from.start, 'd MMMM yyyy')} up to publication on ${formatDay(publication.day, 'd MMM yyyy')}.`
	);
}

/**
 * Resolves one expression to an interval with precision, derivation, the words and a
 * one-sentence explanation. Year-less dates take their year from the publication date in the
 * direction of the tense (never the machine's year); with no publication they stay partial.
 * Anchored phrases ("the next day") need ctx.anchor; without one, only "earlier/later in the
 * day" falls back to the publication day.
 */
export function resolveTemporal(expr: TemporalExpression, ctx: ResolveContext): EventDate {
	const r = { expr, ctx };
	const date = resolveValue(r);
	return expr.since ? sinceRange(r, date) : date;
}
