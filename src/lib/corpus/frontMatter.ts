/**
 * Optional YAML front matter at the top of an article file. It overrides what is read from the
 * article's own header lines, so it is validated strictly: a typo in a field name or a date
 * that is not a date is reported (file and field) instead of silently ignored.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { publicationFromIso } from '../dates/publicationFromIso';

function isIanaZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export const frontMatterSchema = z
	.object({
		title: z.string().trim().min(1).optional(),
		outlet: z.string().trim().min(1).optional(),
		url: z.url({ message: 'is not a URL (expected e.g. https://example.com/news/1)' }).optional(),
		published: z
			.string({ message: 'must be a date in ISO 8601, e.g. 2021-02-06T13:47:00+03:30' })
			.trim()
			.refine((value) => publicationFromIso(value) !== null, {
				message: 'is not a date (use ISO 8601, e.g. 2021-02-06 or 2021-02-06T13:47:00+03:30)'
			})
			.optional(),
		timezone: z
			.string()
			.trim()
			.refine((zone) => isIanaZone(zone), {
				message: 'is not an IANA time zone (e.g. Asia/Tehran, Europe/Paris, UTC)'
			})
			.optional(),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag like en or fr' })
			.optional()
	})
	.strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export type FrontMatterResult =
	| { ok: true; frontMatter: FrontMatter | null; body: string }
	| { ok: false; reason: string };

/** Front matter fields are a few scalars: aliases have no use there beyond a handful. */
const MAX_ALIASES = 10;

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(\r?\n|$)/m;

/** Splits `---` YAML front matter from the body; the body is everything after the closing line. */
export function splitFrontMatter(text: string): FrontMatterResult {
	const open = OPENING.exec(text);
	if (!open) return { ok: true, frontMatter: null, body: text };
	const rest = text.slice(open[0].length);
	const close = CLOSING.exec(rest);
	if (!close) {
		return {
			ok: false,
			reason: "front matter opens with '---' on line 1 but has no closing '---' line"
		};
	}
	const yamlText = rest.slice(0, close.index);
	const body = rest.slice(close.index + close[0].length);
	const doc = parseDocument(yamlText, { prettyErrors: false });
	if (doc.errors.length > 0) {
		const error = doc.errors[0];
		const line = error.linePos ? ` (front matter line ${error.linePos[0].line})` : '';
		return {
			ok: false,
			reason: `front matter is not valid YAML: ${error.message.split('\n')[0]}${line}`
		};
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
	} catch (error) {
		// A nest of aliases (`&a [*a, *a, …]`) expands exponentially: refused, as this file's error.
		return {
			ok: false,
			reason: `front matter YAML refused: ${(error as Error).message} (at most ${MAX_ALIASES} aliases)`
		};
	}
	if (typeof data !== 'object' || Array.isArray(data)) {
		return { ok: false, reason: 'front matter must be a list of "field: value" lines' };
	}
	const parsed = frontMatterSchema.safeParse(data);
	if (!parsed.success) {
		const reasons = parsed.error.issues.map((issue) => {
			if (issue.code === 'unrecognized_keys') {
				return `unknown front matter field ${issue.keys.map((k) => `'${k}'`).join(', ')} (allowed: title, outlet, url, published, timezone, language)`;
			}
			const field = issue.path.join('.');
			const value = field ? (data as Record<string, unknown>)[field] : undefined;
			const shown = value === undefined ? '' : ` ${JSON.stringify(value)}`;
			return `front matter field '${field}'${shown} ${issue.message}`;
		});
		return { ok: false, reason: reasons.join('; ') };
	}
	return { ok: true, frontMatter: parsed.data, body };
}
