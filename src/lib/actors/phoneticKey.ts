/**
 * A spelling-independent key for names transliterated from Arabic, Persian, Turkish or Russian,
 * so that Qasim/Kasim, Hussein/Husayn, Mohammed/Muhammad or Amir-Abdollahian/Amirabdollahian
 * meet on one key. Rules, applied in order: fold diacritics, drop Arabic article particles
 * (al-, el-), remove separators, map consonants that transliterations swap (gh/q/k, dh/z/d, kh/k,
 * sh/s, th/t, ph/f), reduce vowels to two classes (front a/e/i/y, back o/u/w) and collapse
 * doubled letters and vowel clusters.
 */

const ARTICLE_PARTICLES = new Set(['al', 'el', 'ul']);

/** Letters that Unicode normalisation does not decompose. */
const EXTRA_FOLDS: Record<string, string> = {
	ı: 'i',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l'
};

/** Keys are asked for the same words again and again: remember the recent ones. */
const MEMO_LIMIT = 50_000;
function memoised(fn: (text: string) => string): (text: string) => string {
	const memo = new Map<string, string>();
	return (text: string) => {
		let value = memo.get(text);
		if (value === undefined) {
			if (memo.size >= MEMO_LIMIT) memo.clear();
			value = fn(text);
			memo.set(text, value);
		}
		return value;
	};
}

/** Lower-case ASCII with diacritics folded ("Erdoğan" → "erdogan"). */
export const foldDiacritics = memoised((text: string): string =>
	text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[ıøæœßđðþł]/g, (c) => EXTRA_FOLDS[c] ?? c)
);

const DIGRAPHS: [RegExp, string][] = [
	[/gh|q|ck|c(?=[aou])/g, 'k'],
	[/kh/g, 'k'],
	[/dh|z/g, 'd'],
	[/sh/g, 's'],
	[/th/g, 't'],
	[/ph/g, 'f'],
	[/([^aeiouyw])h/g, '$1']
];

/** True when the token is an acronym (US, U.S., IRGC): compared literally, not phonetically. */
function isAcronym(token: string): boolean {
	return /^(?:\p{Lu}\.){2,}$|^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(token);
}

/** The phonetic key of a name or alias; '' when it has no letters. */
export const phoneticKey = memoised(computeKey);

function computeKey(name: string): string {
	const tokens = name
		.replace(/^the\s+/i, '')
		.split(/[\s\-‐–'’ʼ`]+/u)
		.filter((t) => t.length > 0);
	const parts: string[] = [];
	for (const [i, token] of tokens.entries()) {
		if (isAcronym(token)) {
			parts.push(`#${token.replace(/\./g, '')}#`);
			continue;
		}
		const folded = foldDiacritics(token).replace(/[^a-z]/g, '');
		// A lone particle before another token is the Arabic article, not part of the name.
		if (ARTICLE_PARTICLES.has(folded) && i < tokens.length - 1) continue;
		parts.push(folded);
	}
	let key = parts.join('');
	for (const [pattern, replacement] of DIGRAPHS) key = key.replace(pattern, replacement);
	key = key
		.replace(/h$/, '')
		.replace(/(?<=[aeiouyw])[hw](?![aeiouy])/g, '')
		.replace(/[aeiy]/g, 'i')
		.replace(/[ouw]/g, 'u')
		.replace(/([iu])\1+/g, '$1')
		.replace(/([a-z#])\1+/g, '$1');
	return key;
}
