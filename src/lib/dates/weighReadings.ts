/**
 * Settles a numeric publication date that reads two ways (10/03/2023: 10 March or 3 October)
 * by weighing each reading against what the article says: the zone's writing convention, a
 * weekday or month-name date in the header, and the body's weekdays and month-name dates, which
 * in news cluster in the days just before publication ("agreed on Friday" in a Friday paper).
 */
import type { IsoDay } from '../types';
import { dayNumber, isoDay, weekdayOf } from './calendar';
import { detectTense } from './detectTense';
import { findTemporalExpressions } from './findTemporalExpressions';
import { yearForDay } from './inferYear';
import { numericDateOrder } from './timeZones';
import type { Tense } from './types';
import { weekdayFrom, type WeekdayRule } from './weekdays';

export interface Reading {
	month: number;
	day: number;
}

export interface ReadingEvidence {
	year: number;
	/** [day first, month first]. */
	readings: [Reading, Reading];
	/** The stamp's zone, or the outlet's home zone. */
	zone: string | null;
	/** A weekday named on the stamp line itself (0 = Sunday). */
	lineWeekday: number | null;
	/** Header lines and dateline, where a month-name date is the publication day itself. */
	header: string;
	body: string;
}

export interface WeighedReading {
	reading: Reading;
	/** True when the evidence leans one way without settling it. */
	approximate: boolean;
	/** Why this reading, for the publication's explanation. */
	reason: string;
}

/** A margin this large settles the reading; a smaller non-zero one picks it as approximate. */
const SETTLED_MARGIN = 2;
/** What one weekday or month-name date of the body weighs at full fit. */
const BODY_WEIGHT = 1.5;
/** Past this many days a body weekday says nothing about which reading is meant. */
const WEEKDAY_REACH = 4;

/** How well a reported weekday `days` away from publication fits news practice. */
function weekdayFit(days: number): number {
	return Math.max(0, 1 - days / WEEKDAY_REACH);
}

/** How well a month-name date `days` away from publication fits a news report. */
function namedDateFit(days: number): number {
	if (days <= 2) return 1;
	if (days <= 7) return 0.6;
	if (days <= 31) return 0.3;
	return 0;
}

const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“]?[A-Z])/;

function weekdayRuleFor(modifier: string | null, tense: Tense): WeekdayRule | null {
	if (modifier === 'last') return 'before';
	if (modifier === 'next') return 'after';
	if (modifier !== null) return null;
	if (tense === 'past') return 'onOrBefore';
	if (tense === 'future') return 'onOrAfter';
	return null;
}

/** Fit of each reading's publication day with one sentence's weekdays and named dates. */
function sentenceFits(sentence: string, days: IsoDay[]): number[] {
	const fits = days.map(() => 0);
	for (const expr of findTemporalExpressions(sentence)) {
		const v = expr.value;
		if (v.kind === 'weekday') {
			const rule = weekdayRuleFor(v.modifier, detectTense(sentence, expr.start));
			if (!rule) continue;
			days.forEach((day, i) => {
				const distance = Math.abs(dayNumber(weekdayFrom(day, v.weekday, rule)) - dayNumber(day));
				fits[i] += weekdayFit(distance);
			});
		} else if (v.kind === 'date' || v.kind === 'dateRange') {
			const tense = detectTense(sentence, expr.start);
			const lean = tense === 'present' ? 'nearest' : tense;
			days.forEach((day, i) => {
				const year = v.year ?? yearForDay(v.month, v.day, day, lean);
				if (year === null) return;
				const distance = Math.abs(dayNumber(isoDay(year, v.month, v.day)) - dayNumber(day));
				fits[i] += namedDateFit(distance);
			});
		}
	}
	return fits;
}

/** "10 March": a reading as the explanations name it. */
export function describeReading(year: number, r: Reading): string {
	return new Date(Date.UTC(year, r.month - 1, r.day)).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	});
}

/**
 * The reading the evidence favours, or null when nothing favours either. A weekday on the stamp
 * line or the same day written with a month name in the header settles it outright; otherwise
 * the zone's convention (US zones month first; Europe, Africa, most of Asia day first) and the
 * body's weekdays and dates are added up, and a small margin gives an approximate reading.
 */
export function weighReadings(evidence: ReadingEvidence): WeighedReading | null {
	const { year, readings, zone, lineWeekday, header, body } = evidence;
	const days = readings.map((r) => isoDay(year, r.month, r.day));
	const names = readings.map((r) => describeReading(year, r));
	const only = (test: (i: number) => boolean) => {
		const matching = [0, 1].filter(test);
		return matching.length === 1 ? matching[0] : null;
	};
	const byWeekday = lineWeekday === null ? null : only((i) => weekdayOf(days[i]) === lineWeekday);
	if (byWeekday !== null)
		return {
			reading: readings[byWeekday],
			approximate: false,
			reason: `the stamp's weekday fits ${names[byWeekday]} only`
		};
	const named = findTemporalExpressions(header).flatMap((e) =>
		e.value.kind === 'date' ? [e.value] : []
	);
	const byName = only((i) =>
		named.some((n) => n.month === readings[i].month && n.day === readings[i].day)
	);
	if (byName !== null)
		return {
			reading: readings[byName],
			approximate: false,
			reason: `the header names ${names[byName]}`
		};

	const order = numericDateOrder(zone);
	// Positive margins favour day first (readings[0]).
	const zoneMargin = order ? (order.order === 'dayFirst' ? order.weight : -order.weight) : 0;
	const fits = [0, 0];
	for (const sentence of body.split(SENTENCE_END)) {
		const [dayFirst, monthFirst] = sentenceFits(sentence, days);
		fits[0] += dayFirst;
		fits[1] += monthFirst;
	}
	const bodyMargin = (fits[0] - fits[1]) * BODY_WEIGHT;
	const margin = zoneMargin + bodyMargin;
	if (margin === 0) return null;
	const chosen = margin > 0 ? 0 : 1;
	const reasons = [
		zoneMargin !== 0 &&
			`${zone} writes ${order?.order === 'dayFirst' ? 'the day' : 'the month'} first`,
		bodyMargin !== 0 && `the body's weekdays and dates fit ${names[bodyMargin > 0 ? 0 : 1]} better`
	].filter((r): r is string => typeof r === 'string');
	const approximate = Math.abs(margin) < SETTLED_MARGIN;
	return {
		reading: readings[chosen],
		approximate,
		reason: `${reasons.join(' and ')}${approximate ? `; ${names[1 - chosen]} is possible too` : ''}`
	};
}
