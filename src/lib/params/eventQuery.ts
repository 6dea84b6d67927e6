/**
 * URL query parameters that filter events (`from`, `to`, `q`, `actor`, `type`), validated with
 * zod so that a malformed link gets a 400 that says what is wrong instead of a 500.
 */
import { z } from 'zod';
import { isValidDay } from '../dates/calendar';
import { EVENT_TYPES, type EventType } from '../types';

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2020-07-01' })
	.refine(
		(value) => {
			const [y, m, d] = value.split('-').map(Number);
			return isValidDay(y, m, d);
		},
		{ message: 'is not a day of the calendar' }
	);

/** Values a list parameter may hold, repeats included (there are nine types). */
export const MAX_LIST_VALUES = 32;

const eventQuerySchema = z
	.object({
		from: isoDay.optional(),
		to: isoDay.optional(),
		q: z.string().trim().max(200, { message: 'is longer than 200 characters' }).optional(),
		actor: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]{0,120}$/, { message: 'must be an actor id like antony-blinken' })
			.optional(),
		type: z
			.string()
			.transform((value) => value.split(',').filter(Boolean))
			.refine((values) => values.length <= MAX_LIST_VALUES, {
				message: `must list at most ${MAX_LIST_VALUES} values`,
				abort: true
			})
			.pipe(
				z.array(
					z.enum(EVENT_TYPES, {
						message: `must be one or more of ${EVENT_TYPES.join(', ')}, separated by commas`
					})
				)
			)
			// A repeated type selects nothing more; each one would cost the queries a parameter.
			.transform((types) => [...new Set(types)])
			.optional()
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, {
		message: "'from' must not be after 'to'",
		path: ['from']
	});

export interface EventQuery {
	from?: string;
	to?: string;
	q?: string;
	actor?: string;
	type?: EventType[];
}

export type EventQueryResult = { ok: true; query: EventQuery } | { ok: false; message: string };

/** Reads the filter parameters; empty values count as absent; unknown parameters are ignored. */
export function parseEventQuery(params: URLSearchParams): EventQueryResult {
	const raw: Record<string, string> = {};
	for (const key of ['from', 'to', 'q', 'actor', 'type']) {
		const value = params.get(key);
		if (value !== null && value.trim() !== '') raw[key] = value;
	}
	const parsed = eventQuerySchema.safeParse(raw);
	if (parsed.success) return { ok: true, query: parsed.data };
	const message = parsed.error.issues
		.map((issue) => {
			const field = String(issue.path[0] ?? '');
			return issue.message.startsWith("'")
				? issue.message
				: `'${field}' ${quoted(raw[field] ?? '')} ${issue.message}`;
		})
		.join('; ');
	return { ok: false, message };
}

/** A value as the message quotes it: a hostile URL's long value is cut, not echoed whole. */
function quoted(value: string): string {
	const shown = JSON.stringify(value);
	return shown.length > QUOTED_MAX ? `${shown.slice(0, QUOTED_MAX)}…"` : shown;
}

const QUOTED_MAX = 80;
