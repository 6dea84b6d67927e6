/**
 * What the time axis draws for a scale: multi-scale tick labels (years → months → days →
 * hours), and the calendar bands under them (months, years or decades) that a reader clicks
 * to zoom into that period.
 */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { DAY_MS } from './isoDay';
import type { TimeScale } from './timeScale';

export interface AxisTick {
	time: number;
	x: number;
	label: string;
	/** The tick starts a coarser unit than its neighbours (a new month among days). */
	major: boolean;
}

export type BandUnit = 'month' | 'year' | 'decade';

export interface AxisBand {
	key: string;
	unit: BandUnit;
	from: Date;
	to: Date;
	/** Visible left and right edges in pixels, clipped to the axis. */
	x0: number;
	x1: number;
	/** As much of the name as fits ("July 2020", "Jul 2020", "Jul"). */
	label: string;
	/** The full name ("July 2020"), for buttons' accessible names and tooltips. */
	title: string;
	/** Every other band is shaded; parity follows the calendar so it does not flicker on pan. */
	shaded: boolean;
}

/** How coarse a calendar boundary `date` sits on: 0 within a day, 1 day, 2 month, 3 year. */
function boundaryLevel(date: Date): 0 | 1 | 2 | 3 {
	if (+utcDay.floor(date) !== +date) return 0;
	if (+utcMonth.floor(date) !== +date) return 1;
	if (+utcYear.floor(date) !== +date) return 2;
	return 3;
}

const formatTime = utcFormat('%H:%M');
const formatDay = utcFormat('%-d');
const formatDayMonth = utcFormat('%-d %b');
const formatMonth = utcFormat('%b');
const formatYear = utcFormat('%Y');

/** The label of a tick: the finest unit it needs, with the day's month when ticks are hours. */
export function multiScaleFormat(date: Date, finestLevel: number = boundaryLevel(date)): string {
	switch (boundaryLevel(date)) {
		case 0:
			return formatTime(date);
		case 1:
			return finestLevel === 0 ? formatDayMonth(date) : formatDay(date);
		case 2:
			return formatMonth(date);
		case 3:
			return formatYear(date);
	}
}

/** Ticks about `spacing` pixels apart, labelled by `multiScaleFormat`. */
export function axisTicks(scale: TimeScale, width: number, spacing = 80): AxisTick[] {
	const dates = scale.ticks(Math.max(2, Math.floor(width / spacing)));
	const finest = Math.min(...dates.map(boundaryLevel));
	return dates.map((date) => ({
		time: +date,
		x: scale(date),
		label: multiScaleFormat(date, finest),
		major: boundaryLevel(date) > finest
	}));
}

const AVERAGE_MONTH_MS = 30.44 * DAY_MS;
const AVERAGE_YEAR_MS = 365.25 * DAY_MS;
const decade = utcYear.every(10) as TimeInterval;
const formatMonthLong = utcFormat('%B %Y');
const formatMonthShort = utcFormat('%b %Y');

const BAND_UNITS = {
	month: {
		interval: utcMonth,
		parity: (d: Date) => (d.getUTCFullYear() * 12 + d.getUTCMonth()) % 2 === 1,
		title: formatMonthLong,
		label: (d: Date, px: number) =>
			px >= 120 ? formatMonthLong(d) : px >= 64 ? formatMonthShort(d) : formatMonth(d)
	},
	year: {
		interval: utcYear,
		parity: (d: Date) => d.getUTCFullYear() % 2 === 1,
		title: formatYear,
		label: (d: Date) => formatYear(d)
	},
	decade: {
		interval: decade,
		parity: (d: Date) => (d.getUTCFullYear() / 10) % 2 === 1,
		title: (d: Date) => `${formatYear(d)}s`,
		label: (d: Date) => `${formatYear(d)}s`
	}
} as const;

/** The finest calendar unit whose bands are at least `minBandPx` wide at this zoom. */
export function bandUnit(spanMs: number, width: number, minBandPx = 40): BandUnit {
	const msPerPx = spanMs / width;
	if (AVERAGE_MONTH_MS / msPerPx >= minBandPx) return 'month';
	if (AVERAGE_YEAR_MS / msPerPx >= minBandPx) return 'year';
	return 'decade';
}

/** The calendar bands overlapping the scale's domain, each clickable to zoom to its period. */
export function axisBands(scale: TimeScale, width: number, minBandPx = 40): AxisBand[] {
	const [from, to] = scale.domain();
	const unit = bandUnit(+to - +from, width, minBandPx);
	const { interval, parity, title, label } = BAND_UNITS[unit];
	return interval.range(interval.floor(from), to).map((start) => {
		const end = interval.offset(start, 1);
		const x0 = Math.max(0, scale(start));
		const x1 = Math.min(width, scale(end));
		return {
			key: `${unit}:${+start}`,
			unit,
			from: start,
			to: end,
			x0,
			x1,
			label: label(start, x1 - x0),
			title: title(start),
			shaded: parity(start)
		};
	});
}
