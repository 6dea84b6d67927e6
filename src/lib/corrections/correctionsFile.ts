import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { isValidDay } from '../dates/calendar';
import { EVENT_TYPES, PRECISIONS } from '../types';

/**
 * The corrections file (`corpus/corrections.yaml`): a YAML list of corrections, each a target and
 * one action. This module reads it into checked entries, each with the line it starts on, and
 * reports what it cannot read by line, so that one bad entry never costs the others.
 */

const day = z.string().refine(isDay, { message: 'is not a date (YYYY-MM-DD, a real day)' });

function isDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

const quoteFields = {
	/** The article's file (relative to the corpus folder, or its bare name) or its source id. */
	source: z.string().min(1),
	/** The article's exact words. */
	quote: z.string().trim().min(1),
	/** Words just before the quote, when it occurs more than once. */
	prefix: z.string().min(1).optional(),
	/** Words just after the quote, when it occurs more than once. */
	suffix: z.string().min(1).optional()
};

const quoteTarget = z.strictObject(quoteFields);
const eventTarget = z.strictObject({ event: z.string().min(1) });
const target = z.union([quoteTarget, eventTarget], {
	error: 'a target is { source, quote } (with optional prefix, suffix) or { event }'
});

const correctedDate = z
	.strictObject({
		start: day,
		end: day.optional(),
		precision: z.enum(PRECISIONS).exclude(['unknown']).optional()
	})
	.refine((date) => date.end === undefined || date.end >= date.start, {
		message: 'end is before start'
	});

const participants = z.array(z.string().trim().min(1));

const fieldChanges = z
	.strictObject({
		type: z.enum(EVENT_TYPES).optional(),
		title: z.string().trim().min(1).optional(),
		place: z.string().trim().min(1).nullable().optional(),
		participants: participants.optional()
	})
	.refine((set) => Object.keys(set).length > 0, { message: 'set names no field' });

const addedEvent = z.strictObject({
	...quoteFields,
	type: z.enum(EVENT_TYPES),
	title: z.string().trim().min(1),
	date: correctedDate.optional(),
	participants: participants.optional(),
	place: z.string().trim().min(1).optional()
});

const about = {
	note: z.string().optional(),
	by: z.string().optional(),
	at: z.string().optional()
};

const ACTIONS = ['reject', 'date', 'set', 'merge_into', 'split', 'add'] as const;

const entry = z
	.strictObject({
		target: target.optional(),
		reject: z.literal(true).optional(),
		date: correctedDate.optional(),
		set: fieldChanges.optional(),
		merge_into: target.optional(),
		split: z.literal(true).optional(),
		add: addedEvent.optional(),
		...about
	})
	.superRefine((value, context) => {
		const actions = ACTIONS.filter((action) => value[action] !== undefined);
		if (actions.length !== 1) {
			context.addIssue({
				code: 'custom',
				message:
					actions.length === 0
						? `no action: one of ${ACTIONS.join(', ')}`
						: `one action per entry, not ${actions.join(' and ')}`
			});
		} else if (actions[0] === 'add' && value.target) {
			context.addIssue({ code: 'custom', message: 'add takes no target: its quote anchors it' });
		} else if (actions[0] !== 'add' && !value.target) {
			context.addIssue({ code: 'custom', message: `${actions[0]} needs a target` });
		}
	});

export type QuoteTarget = z.infer<typeof quoteTarget>;
export type Target = z.infer<typeof target>;
export type CorrectedDate = z.infer<typeof correctedDate>;
export type FieldChanges = z.infer<typeof fieldChanges>;
export type AddedEvent = z.infer<typeof addedEvent>;

interface About {
	note?: string;
	by?: string;
	at?: string;
}

/** One correction's action, with what it is applied to. */
export type CorrectionAction =
	| { kind: 'reject'; target: Target }
	| { kind: 'date'; target: Target; date: CorrectedDate }
	| { kind: 'set'; target: Target; set: FieldChanges }
	| { kind: 'merge_into'; target: Target; into: Target }
	| { kind: 'split'; target: Target }
	| { kind: 'add'; add: AddedEvent };

/** A correction as read: its place in the file, its action and who made it and why. */
export type Correction = CorrectionAction &
	About & {
		/** Position in the file's list, from 0. */
		index: number;
		/** Line the entry starts on, from 1. */
		line: number;
	};

/** Something in the file that could not be read: reported with its line and skipped. */
export interface BadEntry {
	line: number;
	message: string;
}

export interface ParsedCorrections {
	corrections: Correction[];
	bad: BadEntry[];
}

/** Reads the corrections file's text; a missing or empty file has no corrections. */
export function parseCorrections(text: string): ParsedCorrections {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineOf = (offset: number) => lineCounter.linePos(offset).line;
	const syntaxErrors = doc.errors.map((error) => ({
		offset: error.pos[0],
		line: lineOf(error.pos[0]),
		message: `YAML: ${firstLine(error.message)}`
	}));
	const contents = doc.contents;
	if (contents === null || (isScalarNull(contents) && syntaxErrors.length === 0)) {
		return { corrections: [], bad: syntaxErrors };
	}
	if (!isSeq(contents)) {
		return {
			corrections: [],
			bad: [
				...syntaxErrors,
				{ line: lineOf(contents.range?.[0] ?? 0), message: 'the file is not a YAML list' }
			]
		};
	}
	const bad: BadEntry[] = [];
	const corrections: Correction[] = [];
	const reported = new Set<(typeof syntaxErrors)[number]>();
	contents.items.forEach((item, index) => {
		const node = item as Node | null;
		const [from, , to] = node?.range ?? [0, 0, 0];
		const line = lineOf(from);
		const broken = syntaxErrors.filter((error) => error.offset >= from && error.offset <= to);
		if (broken.length > 0) {
			for (const error of broken) {
				reported.add(error);
				bad.push({ line: error.line, message: error.message });
			}
			return;
		}
		const checked = entry.safeParse(node?.toJSON() ?? null);
		if (!checked.success) {
			for (const issue of checked.error.issues) {
				const at = isMap(node) ? node.getIn(issue.path as (string | number)[], true) : null;
				const issueLine = isNodeWithRange(at) ? lineOf(at.range[0]) : line;
				bad.push({ line: issueLine, message: describeIssue(issue) });
			}
			return;
		}
		corrections.push({ ...toAction(checked.data), ...aboutOf(checked.data), index, line });
	});
	for (const error of syntaxErrors) {
		if (!reported.has(error)) bad.push({ line: error.line, message: error.message });
	}
	bad.sort((a, b) => a.line - b.line);
	return { corrections, bad };
}

function toAction(value: z.infer<typeof entry>): CorrectionAction {
	const target = value.target as Target;
	if (value.reject) return { kind: 'reject', target };
	if (value.date) return { kind: 'date', target, date: value.date };
	if (value.set) return { kind: 'set', target, set: value.set };
	if (value.merge_into) return { kind: 'merge_into', target, into: value.merge_into };
	if (value.split) return { kind: 'split', target };
	return { kind: 'add', add: value.add as AddedEvent };
}

function aboutOf(value: About): About {
	const about: About = {};
	if (value.note !== undefined) about.note = value.note;
	if (value.by !== undefined) about.by = value.by;
	if (value.at !== undefined) about.at = value.at;
	return about;
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	if (issue.code === 'unrecognized_keys') {
		return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
	}
	if (issue.code === 'invalid_value') {
		return `${where}${issue.values.length > 0 ? `not one of ${issue.values.join(', ')}` : issue.message}`;
	}
	return `${where}${issue.message}`;
}

function firstLine(message: string): string {
	return message.split('\n')[0];
}

function isScalarNull(node: Node): boolean {
	return 'value' in node && (node as { value: unknown }).value === null;
}

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
	return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}
