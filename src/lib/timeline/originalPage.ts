/**
 * Links to an article's original page. The stored URL comes from untrusted front matter, so only
 * web addresses become links; a Text Fragment (`#:~:text=start,end`) makes the browser scroll to
 * the excerpt's sentence and highlight it.
 */

/** `url` when it is an http(s) address, else null (`javascript:`, `data:` and the like are never links). */
export function externalHref(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}

/** Words at each end of a long excerpt that name it in the fragment. */
const END_WORDS = 4;

/** Percent-encoding for a Text Fragment term: `-`, `,` and `&` are its syntax and must be encoded too. */
function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * Quotes and punctuation at the ends of an excerpt are left out: pages often typeset quotes
 * differently from the copy, and a term need only begin and end on word boundaries.
 */
function trimEnds(text: string): string {
	return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The fragment directive that finds `excerpt`: `:~:text=first%20words,last%20words`. */
export function textFragment(excerpt: string): string | null {
	const words = trimEnds(excerpt).split(/\s+/).filter(Boolean);
	if (words.length === 0) return null;
	if (words.length <= 2 * END_WORDS + 2) return `:~:text=${encodeTerm(words.join(' '))}`;
	const start = trimEnds(words.slice(0, END_WORDS).join(' '));
	const end = trimEnds(words.slice(-END_WORDS).join(' '));
	return `:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** The original page scrolled to `excerpt`, or null when the source has no web address. */
export function textFragmentHref(url: string | null | undefined, excerpt: string): string | null {
	const href = externalHref(url);
	if (!href) return null;
	const fragment = textFragment(excerpt);
	const page = href.split('#')[0];
	return fragment ? `${page}#${fragment}` : page;
}
