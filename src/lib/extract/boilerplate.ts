import { wordCount } from './wordCount';

/**
 * Site chrome copied along with an article: navigation bars, share and newsletter lines, cookie
 * notices, tags, captchas, copyright, headline lists ("Read More:", "Related", "Most read").
 * Such lines stay in the stored text but never become event sources.
 */

/** One case-blind pattern that matches where any of `patterns` (all case-blind) matches. */
function anyOf(patterns: RegExp[]): RegExp {
	return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');
}

const BOILERPLATE_LINES: RegExp[] = [
	/^\d+\s+persons?$/i,
	/^news\s*id\s*:/i,
	/back to top/i,
	/^security key\s*:/i,
	/captcha/i,
	/^page generated in\b/i,
	/^(?:tags?|topics?|keywords?|categor(?:y|ies)|filed under)\s*:/i,
	/\b(?:facebook|twitter|whatsapp|linkedin|telegram|wechat|weibo)\b.*[|·]/i,
	/[|·].*\b(?:facebook|twitter|whatsapp|linkedin|telegram|wechat|weibo)\b/i,
	/^(?:tweet|email|print)\b.*[|·]/i,
	/\bprivacy\b.*\bterms\b|\bterms of (?:use|service)\b/i,
	/©|\ball rights reserved\b|\bcopyright\b|reproduction without permission/i,
	/^comments?\s*\(\d+\)$/i,
	/^video ?player/i,
	/^\[?editor\s*:/i,
	/^enditem$/i,
	/print this page|email to a friend/i,
	/^advertisement$/i,
	/^(?:newsletter|contact|advertise)\s*\|/i,
	/^by (?:our|staff|an?) (?:correspondent|reporter|writer)s?$/i,
	/^-{3,}$|^_{3,}$/,
	// An opinion piece's byline note and disclaimer: about its author, not the news.
	/^the (?:author|writer)s? (?:is|are|was)\b/i,
	/\b(?:views?|opinions?) (?:expressed )?(?:(?:here|in this \w+) )?(?:are|is) (?:(?:his|her|their|the (?:author|writer)['’]?s?) )?own\b|\bdo(?:es)? not necessarily reflect\b/i
];

/** All of them in one pattern (all case-blind), so that a line is scanned once, not once each. */
const BOILERPLATE_LINE = anyOf(BOILERPLATE_LINES);

/** Chrome words that prose may also use: they mark a line only when it is short. */
const SHORT_LINE_CHROME = [
	/^share\b/i,
	/\bsubscribe\b|\bnewsletter\b|\bsign up\b|\bfollow us\b/i,
	/\bcookies?\b/i
];
const SHORT_LINE_CHROME_LINE = anyOf(SHORT_LINE_CHROME);
const SHORT_LINE_WORDS = 20;
/** Chrome lines are short; beyond this a line is a paragraph of the article. */
const CHROME_MAX_WORDS = 40;

/** Headers that open a list of other stories: every short line after them is chrome. */
const LIST_HEADERS =
	/^(?:read more|read also|also read|related(?: \w+)?|most (?:read|viewed|popular|shared)|more (?:on|from) .{1,40}|you (?:might|may) also like|recommended(?: \w+)?|latest(?: \w+)?|top stories|trending(?: \w+)?|see also|further reading)\s*:?$/i;

/** A line of site chrome (not article text). */
export function isBoilerplateLine(line: string): boolean {
	const text = line.trim();
	if (!text) return false;
	const words = wordCount(text, CHROME_MAX_WORDS + 1);
	// A long paragraph is prose even when it mentions copyright or Facebook.
	if (words > CHROME_MAX_WORDS) return false;
	return (
		BOILERPLATE_LINE.test(text) ||
		(words <= SHORT_LINE_WORDS && SHORT_LINE_CHROME_LINE.test(text)) ||
		isNavigationLine(text)
	);
}

/** A header that starts a list of other headlines ("Read More:", "Related", "Most viewed"). */
export function isListHeader(line: string): boolean {
	return LIST_HEADERS.test(line.trim());
}

/**
 * A navigation or section bar: short items between separators ("Politics | Region | Economy",
 * "World news › Middle East", "Home / Politics / Regional", "China-US Focus :: Analysis").
 */
export function isNavigationLine(line: string): boolean {
	const text = line.trim();
	const parts = text.split(/\s+(?:\||›|»|::|\/|·)\s+/);
	if (parts.length < 2) return false;
	return parts.every((part) => wordCount(part) <= 5) && !/[.!?]["”’)]?$/.test(text);
}

/** A line written mostly in capitals: an outlet or desk name ("ASIA PACIFIC DESK"). */
export function isMastheadLine(line: string): boolean {
	// A paragraph of prose has more than eight words: no need to look at each.
	if (wordCount(line.trim(), 10) > 9) return false;
	const words = line.trim().match(/\p{L}[\p{L}'’&-]*/gu) ?? [];
	if (words.length === 0 || words.length > 8) return false;
	const shouting = words.filter((w) => w.length > 1 && w === w.toUpperCase()).length;
	return shouting * 2 >= words.length;
}
