/**
 * The posts of a live blog: a page whose entries each open with a time stamp line ("16:05",
 * "Updated 14:05 GMT"), under day headers when it runs for days ("Monday 5 December"). An
 * event an entry tells without a date of its own happened on the day of that entry, not at some
 * time before the page was last updated.
 */
import type { EventDate, IsoDay, Publication } from '../types';
import { formatDay, isoDay, weekdayOf } from './calendar';
import { yearForDay } from './inferYear';
import { DAY, MONTH, WEEKDAY, YEAR, dayValue, monthNumber, weekdayNumber } from './words';

/** One entry: where it starts in the body, its time stamp as written and the day it was posted. */
export interface LiveBlogPost {
	start: number;
	stamp: string;
	day: IsoDay;
}

/**
 * An entry's time: a line that holds nothing else ("16:05", "4.05pm", "Updated 14:05 GMT"), or
 * one that opens a paragraph before a dash or bar ("16:05 GMT — The envoy landed …") or
 * right before its first capitalised word ("16:05 The envoy landed …").
 */
const POST_STAMP =
	/^[ \t]*(?:(?:updated|posted)[ \t]*:?[ \t]*)?(?<clock>(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]*[ap]\.?m\.?)?)(?:[ \t]+\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?(?:[ \t]*$|[ \t]+[—–|-][ \t]+(?=\S)|[ \t]+(?=[A-Z][a-z'’]*\b))/gim;
/** A line that holds nothing but a day: "Monday 5 December", "Tuesday, December 6, 2022". */
const DAY_HEADER = new RegExp(
	String.raw`^[ \t]*(?:(?<wd>${WEEKDAY}),?[ \t]+)?(?:(?<d1>${DAY})[ \t]+(?<m1>${MONTH})|(?<m2>${MONTH})[ \t]+(?<d2>${DAY})),?(?:[ \t]+(?<y>${YEAR}))?[ \t]*$`,
	'gim'
);
/** Fewer time stamp lines than this make no live blog (one may be a caption's). */
const MIN_POSTS = 2;

/** The day a day header names: its year as written, else the latest on or before publication. */
function headerDay(groups: Record<string, string | undefined>, publication: Publication) {
	const month = monthNumber(groups.m1 ?? groups.m2 ?? '');
	const day = dayValue(groups.d1 ?? groups.d2 ?? '');
	if (!month) return null;
	const year = groups.y ? Number(groups.y) : yearForDay(month, day, publication.day, 'past');
	return year === null ? null : isoDay(year, month, day);
}

/**
 * The entries of a live blog in body order, each dated by the day header above it, else by the
 * publication day (a blog of one day, as a page stamped "last updated" is). Empty when the body
 * is no live blog or the article has no publication date.
 */
export function readLiveBlogPosts(body: string, publication: Publication | null): LiveBlogPost[] {
	if (!publication) return [];
	const stamps = [...body.matchAll(POST_STAMP)];
	if (stamps.length < MIN_POSTS) return [];
	const headers = [...body.matchAll(DAY_HEADER)].flatMap((m) => {
		const day = headerDay(m.groups ?? {}, publication);
		// A weekday that does not fit the date makes it no header of this blog.
		const weekday = m.groups?.wd ? weekdayNumber(m.groups.wd) : undefined;
		return day && (weekday === undefined || weekdayOf(day) === weekday)
			? [{ start: m.index, day }]
			: [];
	});
	return stamps.map((m) => {
		const header = headers.filter((h) => h.start < m.index).at(-1);
		return {
			start: m.index,
			stamp: m.groups?.clock ?? m[0].trim(),
			day: header?.day ?? publication.day
		};
	});
}

/** The entry a body offset lies in, or undefined when it comes before the first entry. */
export function postAt(posts: readonly LiveBlogPost[], offset: number): LiveBlogPost | undefined {
	let found: LiveBlogPost | undefined;
	for (const post of posts) {
		if (post.start > offset) break;
		found = post;
	}
	return found;
}

/** The date of an event an entry tells without a date of its own: the entry's day. */
export function postDate(post: LiveBlogPost): EventDate {
	return {
		start: post.day,
		end: post.day,
		precision: 'day',
		derivation: 'relative-to-publication',
		text: '',
		explanation: `The text gives no date; it is told in the live-blog entry posted at ${post.stamp} on ${formatDay(post.day)}, so it happened that day.`,
		approximate: false
	};
}
