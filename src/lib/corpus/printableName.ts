/**
 * A file name as it may be printed on one line of output. Control characters (a newline in a
 * name would forge a progress line of its own), line and paragraph separators and the bidi
 * controls that reorder what follows are written as escapes, and so is the backslash, so that
 * every name prints one way.
 */
export function printableName(name: string): string {
	return name.replace(UNPRINTABLE, (char) => NAMED_ESCAPES[char] ?? codePointEscape(char));
}

const UNPRINTABLE = /[\p{Cc}\\\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED_ESCAPES: Record<string, string> = {
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
	'\\': '\\\\'
};

function codePointEscape(char: string): string {
	return `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
}
