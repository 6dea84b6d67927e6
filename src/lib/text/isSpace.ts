/** Code points that `\s` matches beyond ASCII (ECMAScript WhiteSpace and LineTerminator). */
const UNICODE_SPACES = new Set([
	0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
	0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff
]);

/** Whether a UTF-16 code unit is one `\s` matches, tested without a regular expression. */
export function isSpace(code: number): boolean {
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return UNICODE_SPACES.has(code);
}
