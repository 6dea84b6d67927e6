/**
 * Types of the date core: temporal expressions as found in text (unresolved) and the contexts
 * used to resolve them.
 */
import type { EventDate, IsoDay, Publication } from '../types';

export type Tense = 'past' | 'present' | 'future';

/** Part of a month or year: early = first third, mid = middle third, late = last third. */
export type PeriodPart = 'early' | 'mid' | 'late';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * What an expression says, before any publication date or anchor is applied. Months are 1-12,
 * weekdays 0-6 (Sunday = 0). `yearOffset` is a year relative to publication ("March last year"
 * → -1); a stated year wins over it.
 */
export type TemporalValue =
	/** "3 January 2020", "Jan. 3", "2020-09-15", "the 15th of March". */
	| { kind: 'date'; year: number | null; month: number; day: number }
	/** "March 18-19", "between 18 and 19 March", "from 30 March to 2 April 2021". */
	| {
			kind: 'dateRange';
			year: number | null;
			month: number;
			day: number;
			endMonth: number;
			endDay: number;
	  }
	/** "in March 2020", "in January", "early March", "September last year". */
	| {
			kind: 'month';
			year: number | null;
			yearOffset: number | null;
			month: number;
			part: PeriodPart | null;
			/** "last August" (-1), "next January" (1): the nearest such month before or after. */
			step?: -1 | 1;
	  }
	/** "in 2018", "late 2017". */
	| { kind: 'year'; year: number; part: PeriodPart | null }
	/** "in spring 2021", "last summer". */
	| { kind: 'season'; season: Season; year: number | null; yearOffset: number | null }
	/** "last year", "early next year"; part 'earlier'/'later' = "earlier/later this year". */
	| { kind: 'relativeYear'; offset: number; part: PeriodPart | 'earlier' | 'later' | null }
	/** "last month", "late last month", "earlier this month". */
	| { kind: 'relativeMonth'; offset: number; part: PeriodPart | 'earlier' | 'later' | null }
	/** "last week", "this week", "earlier this week" (Monday to Sunday). */
	| { kind: 'relativeWeek'; offset: number; part: 'earlier' | 'later' | null }
	/** "over the weekend" (offset null: the nearest one the tense points to), "last weekend". */
	| { kind: 'weekend'; offset: number | null }
	/** "on Tuesday", "last Tuesday", "this Friday", "next Monday", "Friday last week". */
	| {
			kind: 'weekday';
			weekday: number;
			modifier: 'last' | 'this' | 'next' | 'lastWeek' | 'nextWeek' | null;
	  }
	/** "on Sunday and Monday", "from Monday to Wednesday". */
	| { kind: 'weekdayRange'; weekday: number; endWeekday: number }
	/** "yesterday" (-1), "today"/"tonight" (0), "tomorrow" (1), "two days ago" (-2). */
	| { kind: 'relativeDay'; offset: number }
	/**
	 * A date given relative to another event: "the same day" (0), "the next day" (1), "three days
	 * later" (3), "a day ahead of the president" (-1), "two days after X" (2). `days` is the
	 * offset of the clause the phrase modifies from the other event; `complement` is true when the
	 * other event is named right after the phrase ("ahead of <the president>"), in which case the
	 * event named there lies `-days` from the modified clause. `sameDayAsPublication` marks the
	 * phrases that, with no other event to lean on, mean the publication day ("earlier in the
	 * day" in a report of that day's news).
	 */
	| {
			kind: 'anchored';
			days: number;
			complement: boolean;
			sameDayAsPublication: boolean;
			/** "the following week" (7): the calendar week that many days from the other event's. */
			week?: true;
	  }
	/**
	 * "the 18th day of talks", "on the second day of his visit": `day` days into an event, counted
	 * from its start where the text gives it (day 1 is the start).
	 */
	| { kind: 'nthDay'; day: number }
	/**
	 * "that same month", "that week", "the same year": the week, month or year of the other event;
	 * "a year later", "six months earlier": that many months or years on from it (`offset`).
	 */
	| { kind: 'sameSpan'; unit: 'week' | 'month' | 'year'; offset?: number }
	/** "overnight": the night that ended on publication morning (or begins that evening, planned). */
	| { kind: 'overnight' }
	/** "on the 15th": a day of a month the text leaves to the reader. */
	| { kind: 'dayOfMonth'; day: number }
	/** "a three-day visit": a length, combined with a start day by resolveSentenceDate. */
	| { kind: 'duration'; days: number }
	/** "in the coming weeks", "soon", "in recent days": no date can be fixed. */
	| { kind: 'vague'; direction: 'past' | 'future' };

export interface TemporalExpression {
	/** Offsets into the searched text (end exclusive). */
	start: number;
	end: number;
	/** The exact words, including a time of day ("on Tuesday afternoon", "late on Sat."). */
	text: string;
	value: TemporalValue;
	/** "since September": the period runs from this date up to publication. */
	since: boolean;
	/** Time-of-day words that do not change the day ("afternoon", "late", "morning"). */
	timeOfDay: string | null;
}

/** Publication date/time and zone read from an article's header lines. */
export interface PublicationReading {
	/** origin: 'header'. */
	publication: Publication | null;
	/** Set when a date was seen but could not be read safely, e.g. '03/10/2023 could be 3 Oct or 10 Mar'. */
	ambiguity: string | null;
	/** A dateline without a year ("TEHRAN, Sep. 26 (MNA) –"): month/day only. */
	partial: { month: number; day: number } | null;
	/** Character range in body of the header text used (so extraction can skip it). */
	span: { start: number; end: number } | null;
}

export interface ResolveContext {
	publication: Publication | null;
	tense: Tense;
	/**
	 * Date of the event the text is talking about, for "earlier in the day", "later that evening",
	 * "afterwards", "a day ahead of", "two days after", "the same day".
	 */
	anchor: EventDate | null;
	/**
	 * The day an account of past events has reached, from a date with its year stated just
	 * before ("The talks began in March 2023. On 14 April, …"): a past day or month told without
	 * a year falls in its year when that keeps the account going forward.
	 */
	narrativeFrom?: IsoDay | null;
}

export interface SentenceDate {
	date: EventDate;
	tense: Tense;
	/** True when the date is in the future of the publication (planned event). */
	planned: boolean;
	/** True when it was computed from ctx.anchor. */
	anchored: boolean;
	expression: TemporalExpression;
}
