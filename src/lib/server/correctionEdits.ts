import { z } from 'zod';
import type { QuoteTarget, Target } from '../corrections/correctionsFile';
import { locateQuote } from '../corrections/locateQuote';
import { EVENT_TYPES, PRECISIONS } from '../types';
import type { Db } from './db';

/**
 * Corrections made in the browser, as entries of the corrections file. Their targets are quotes
 * of the article, not event ids, so that they keep applying after the next extraction.
 */

/** Words of context kept beside a quote that occurs more than once. */
const CONTEXT_CHARS = 40;

/** A quote target for the words [start, end) of a source, with context when they recur. */
export function quoteTargetAt(db: Db, sourceId: string, start: number, end: number): QuoteTarget {
	const source = db.prepare('SELECT file, body FROM sources WHERE id = ?').get(sourceId) as
		{ file: string; body: string } | undefined;
	if (!source) throw new EditError(`no source ${sourceId}`);
	const quote = source.body.slice(start, end).trim();
	const target: QuoteTarget = { source: source.file, quote };
	if (locateQuote(source.body, target).found) return target;
	const before = wordsBefore(source.body, start);
	const after = wordsAfter(source.body, end);
	for (const context of [
		{ prefix: before },
		{ suffix: after },
		{ prefix: before, suffix: after }
	]) {
		const withContext = dropEmpty({ ...target, ...context });
		const match = locateQuote(source.body, withContext);
		if (match.found && match.start <= start + 1 && match.end >= end - 1) return withContext;
	}
	throw new EditError('these words recur with the same words around them: select more of them');
}

/**
 * An anchor for an event: the first excerpt no other event cites (a quote target), else its id.
 */
export function anchorOfEvent(db: Db, eventId: string): Target {
	const mentions = db
		.prepare(
			`SELECT m.source_id AS sourceId, m.start, m.end,
				(SELECT count(*) FROM mentions o WHERE o.source_id = m.source_id AND o.event_id <> m.event_id
					AND o.start < m.end AND o.end > m.start) AS shared
			 FROM mentions m WHERE m.event_id = ? ORDER BY m.ord`
		)
		.all(eventId) as { sourceId: string; start: number; end: number; shared: number }[];
	const own = mentions.find((m) => m.shared === 0);
	if (!own) return { event: eventId };
	try {
		return quoteTargetAt(db, own.sourceId, own.start, own.end);
	} catch {
		return { event: eventId };
	}
}

/** A form that could not become a correction; its message is shown beside the form. */
export class EditError extends Error {}

const note = z.string().trim().optional();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const optionalDay = z.union([z.literal(''), day]).optional();
const lines = (text: string | undefined) =>
	(text ?? '')
		.split(/[\n;]/)
		.map((line) => line.trim())
		.filter(Boolean);

const dateForm = z.object({
	start: day,
	end: optionalDay,
	precision: z.union([z.literal(''), z.enum(PRECISIONS).exclude(['unknown'])]).optional(),
	note
});

const setForm = z.object({
	type: z.union([z.literal(''), z.enum(EVENT_TYPES)]).optional(),
	title: z.string().trim().optional(),
	place: z.string().trim().optional(),
	participants: z.string().optional(),
	note
});

const addForm = z.object({
	quote: z.string().trim().min(1, 'select the words the event is told in'),
	at: z.coerce.number().int().min(0).optional(),
	type: z.enum(EVENT_TYPES),
	title: z.string().trim().min(1, 'give the event a title'),
	start: optionalDay,
	end: optionalDay,
	participants: z.string().optional(),
	place: z.string().trim().optional(),
	note
});

/** The form's fields, checked; a bad form is an EditError naming the field. */
export function readForm<T extends z.ZodType>(schema: T, form: FormData): z.infer<T> {
	const fields = Object.fromEntries(
		[...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
	const checked = schema.safeParse(fields);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new EditError(`${issue.path.join('.') || 'form'}: ${issue.message}`);
	}
	return checked.data;
}

/** What every browser entry carries: the note, who and when. */
function about(form: { note?: string }, by: string, now: Date) {
	return { ...(form.note ? { note: form.note } : {}), by, at: now.toISOString() };
}

export interface CurrentEvent {
	type: string;
	title: string;
	place: string | null;
	participants: { name: string }[];
}

export const correctionEntries = {
	reject(db: Db, eventId: string, form: FormData, by: string, now = new Date()) {
		const fields = readForm(z.object({ note }), form);
		return { target: anchorOfEvent(db, eventId), reject: true, ...about(fields, by, now) };
	},

	date(db: Db, eventId: string, form: FormData, by: string, now = new Date()) {
		const fields = readForm(dateForm, form);
		if (fields.end && fields.end < fields.start) throw new EditError('end: before the start');
		const date = {
			start: fields.start,
			...(fields.end ? { end: fields.end } : {}),
			...(fields.precision ? { precision: fields.precision } : {})
		};
		return { target: anchorOfEvent(db, eventId), date, ...about(fields, by, now) };
	},

	/** Only the fields that differ from the event as shown become part of the correction. */
	set(db: Db, event: CurrentEvent & { id: string }, form: FormData, by: string, now = new Date()) {
		const fields = readForm(setForm, form);
		const set: Record<string, unknown> = {};
		if (fields.type && fields.type !== event.type) set.type = fields.type;
		if (fields.title && fields.title !== event.title) set.title = fields.title;
		if (fields.place !== undefined && fields.place !== (event.place ?? '')) {
			set.place = fields.place === '' ? null : fields.place;
		}
		if (fields.participants !== undefined) {
			const names = lines(fields.participants);
			if (names.join('\n') !== event.participants.map((p) => p.name).join('\n')) {
				set.participants = names;
			}
		}
		if (Object.keys(set).length === 0) throw new EditError('nothing was changed');
		return { target: anchorOfEvent(db, event.id), set, ...about(fields, by, now) };
	},

	merge(db: Db, eventId: string, form: FormData, by: string, now = new Date()) {
		const fields = readForm(z.object({ into: z.string().min(1), note }), form);
		if (fields.into === eventId) throw new EditError('into: the same event');
		if (!db.prepare('SELECT 1 FROM events WHERE id = ?').get(fields.into)) {
			throw new EditError(`into: no event ${fields.into}`);
		}
		return {
			target: anchorOfEvent(db, eventId),
			merge_into: anchorOfEvent(db, fields.into),
			...about(fields, by, now)
		};
	},

	split(db: Db, eventId: string, form: FormData, by: string, now = new Date()) {
		const fields = readForm(
			z.object({
				source: z.string().min(1),
				start: z.coerce.number().int().min(0),
				end: z.coerce.number().int().min(1),
				note
			}),
			form
		);
		const cited = db
			.prepare(
				'SELECT 1 FROM mentions WHERE event_id = ? AND source_id = ? AND start = ? AND end = ?'
			)
			.get(eventId, fields.source, fields.start, fields.end);
		if (!cited) throw new EditError('that excerpt is not one of this event’s');
		return {
			target: quoteTargetAt(db, fields.source, fields.start, fields.end),
			split: true,
			...about(fields, by, now)
		};
	},

	add(db: Db, sourceId: string, form: FormData, by: string, now = new Date()) {
		const fields = readForm(addForm, form);
		const body = db.prepare('SELECT body FROM sources WHERE id = ?').pluck().get(sourceId) as
			string | undefined;
		if (body === undefined) throw new EditError(`no source ${sourceId}`);
		const start = occurrence(body, fields.quote, fields.at);
		const target = quoteTargetAt(db, sourceId, start, start + fields.quote.length);
		if (fields.end && !fields.start) throw new EditError('start: an end needs a start');
		if (fields.end && fields.start && fields.end < fields.start) {
			throw new EditError('end: before the start');
		}
		const participants = lines(fields.participants);
		return {
			add: {
				...target,
				type: fields.type,
				title: fields.title,
				...(fields.start
					? { date: { start: fields.start, ...(fields.end ? { end: fields.end } : {}) } }
					: {}),
				...(participants.length > 0 ? { participants } : {}),
				...(fields.place ? { place: fields.place } : {})
			},
			...about(fields, by, now)
		};
	}
};

/** Where the selected words are: the occurrence nearest the offset the page gave, if any. */
function occurrence(body: string, quote: string, near: number | undefined): number {
	const starts: number[] = [];
	for (let at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) starts.push(at);
	if (starts.length === 0) throw new EditError('quote: these words are not in the article');
	if (near === undefined) {
		if (starts.length > 1)
			throw new EditError('quote: these words occur more than once: select more');
		return starts[0];
	}
	return starts.reduce((best, at) => (Math.abs(at - near) < Math.abs(best - near) ? at : best));
}

function wordsBefore(body: string, start: number): string {
	const slice = body.slice(Math.max(0, start - CONTEXT_CHARS), start);
	return slice.slice(slice.search(/\s/) + 1).trim() || slice.trim();
}

function wordsAfter(body: string, end: number): string {
	const slice = body.slice(end, end + CONTEXT_CHARS);
	const cut = slice.search(/\s\S*$/);
	return (cut > 0 ? slice.slice(0, cut) : slice).trim();
}

function dropEmpty<T extends Record<string, unknown>>(target: T): T {
	return Object.fromEntries(Object.entries(target).filter(([, value]) => value !== '')) as T;
}

/** Events whose title holds the words searched for, to merge an event with (editors only). */
export function mergeCandidates(db: Db, eventId: string, query: string) {
	const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 6);
	if (words.length === 0) return [];
	const like = words.map(() => `title LIKE ? ESCAPE '\\'`).join(' AND ');
	return db
		.prepare(
			`SELECT id, title, start_day AS start FROM events WHERE id <> ? AND ${like}
			 ORDER BY start_day IS NULL, start_day, id LIMIT 20`
		)
		.all(eventId, ...words.map((word) => `%${word.replace(/[%_\\]/g, '\\$&')}%`)) as {
		id: string;
		title: string;
		start: string | null;
	}[];
}
