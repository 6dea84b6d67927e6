/**
 * Turns the bytes of an article file into text, or says why they are not an article.
 * The text is kept as written (CRLF included) so excerpt offsets index into exactly what the
 * user saved; only a UTF-8 byte-order mark is dropped, since it is an encoding mark, not text,
 * and a CR alone (old Mac line endings) becomes a LF, which changes no offset.
 */

/** Largest article accepted: news articles are kilobytes; megabytes mean a wrong file. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const LONE_CR = /\r(?!\n)/g;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): DecodeResult {
	if (bytes.length > maxBytes) {
		return {
			ok: false,
			reason: `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit for one article`
		};
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		return { ok: false, reason: `binary file, not text (NUL byte at offset ${nul})` };
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad !== -1) {
		return { ok: false, reason: `not valid UTF-8 (invalid byte 0x${hex(bytes[bad])} at offset ${bad})` };
	}
	let text = new TextDecoder('utf-8').decode(bytes);
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	// Old Mac files end lines with a CR alone, which YAML and the line-based readers do not see
	// as a line break. A LF in its place keeps every offset where it was.
	if (text.includes('\r')) text = text.replace(LONE_CR, '\n');
	if (text.trim() === '') return { ok: false, reason: 'empty file' };
	if (controlCharRatio(text) > 0.01) {
		return { ok: false, reason: 'binary file, not text (too many control characters)' };
	}
	return { ok: true, text };
}

function formatSize(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

function hex(byte: number): string {
	return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** Share of C0 control characters other than tab, newline and carriage return. */
function controlCharRatio(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) count++;
	}
	return count / text.length;
}
