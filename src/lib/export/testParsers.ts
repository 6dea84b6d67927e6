/** Readers of the export formats for tests: each format is parsed back by an independent reader. */
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { z } from 'zod';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** The calendar parsed back by ical.js, one entry per VEVENT. */
export function parseCalendar(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return {
		name: calendar.getFirstPropertyValue('x-wr-calname'),
		events: calendar.getAllSubcomponents('vevent').map((vevent) => {
			const event = new ICAL.Event(vevent);
			return {
				uid: event.uid,
				summary: event.summary,
				description: event.description,
				location: event.location,
				allDay: event.startDate.isDate && event.endDate.isDate,
				start: event.startDate.toString(),
				end: event.endDate.toString(),
				status: vevent.getFirstPropertyValue('status'),
				url: vevent.getFirstPropertyValue('url')
			};
		})
	};
}

/** Every content line is at most 75 octets and ends in CRLF (RFC 5545 §3.1). */
export function expectFolded(text: string) {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
}

/**
 * TimelineJS3's JSON format as its documentation describes it
 * (https://timeline.knightlab.com/docs/json-format.html): what TimelineJS reads.
 */
const date = z
	.object({
		year: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]),
		month: z.number().int().min(1).max(12).optional(),
		day: z.number().int().min(1).max(31).optional(),
		hour: z.number().int().optional(),
		minute: z.number().int().optional(),
		second: z.number().int().optional(),
		millisecond: z.number().int().optional(),
		display_date: z.string().optional()
	})
	.strict()
	.refine((d) => d.day === undefined || d.month !== undefined, 'a day needs its month');
const text = z.object({ headline: z.string().optional(), text: z.string().optional() }).strict();
const media = z
	.object({ url: z.string(), caption: z.string().optional(), credit: z.string().optional() })
	.strict();
const slide = z
	.object({
		start_date: date.optional(),
		end_date: date.optional(),
		text: text.optional(),
		media: media.optional(),
		group: z.string().optional(),
		display_date: z.string().optional(),
		background: z.object({ url: z.string().optional(), color: z.string().optional() }).optional(),
		autolink: z.boolean().optional(),
		unique_id: z.string().optional()
	})
	.strict();
export const timelineJsSchema = z
	.object({
		title: slide.optional(),
		events: z.array(slide.extend({ start_date: date })),
		eras: z.array(slide.extend({ start_date: date, end_date: date })).optional(),
		scale: z.enum(['human', 'cosmological']).optional()
	})
	.strict();
