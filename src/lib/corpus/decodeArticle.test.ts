import { describe, expect, it } from 'vitest';
import { decodeArticle } from './decodeArticle';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
	it('keeps text byte-for-byte, CRLF included', () => {
		const result = decodeArticle(utf8('Headline\r\n\r\nBody “quoted”.\r\n'));
		expect(result).toEqual({ ok: true, text: 'Headline\r\n\r\nBody “quoted”.\r\n' });
	});

	it('reads a CR alone as a line break, at the same offsets, and leaves CRLF alone', () => {
		const result = decodeArticle(utf8('---\rtitle: T\r---\rHead\r\rBody\r\n'));
		expect(result).toEqual({ ok: true, text: '---\ntitle: T\n---\nHead\n\nBody\r\n' });
	});
	it('drops a UTF-8 byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\nText')]);
		expect(decodeArticle(bytes)).toEqual({ ok: true, text: 'Title\r\nText' });
	});

	it.each([
		['empty', new Uint8Array(), 'empty file'],
		['whitespace only', utf8(' \n\r\n\t'), 'empty file'],
		['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary file'],
		['Latin-1 é', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]), 'not valid UTF-8'],
		['truncated sequence', new Uint8Array([0x61, 0xe2, 0x80]), 'not valid UTF-8'],
		['overlong slash', new Uint8Array([0xc0, 0xaf]), 'not valid UTF-8'],
		['UTF-16 surrogate', new Uint8Array([0xed, 0xa0, 0x80]), 'not valid UTF-8'],
		['control characters', utf8('\x01\x02\x03\x04 text\x05\x06'), 'binary file']
	])('rejects %s', (_name, bytes, reason) => {
		const result = decodeArticle(bytes);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
	});

	it('names the offset of the first invalid byte', () => {
		const result = decodeArticle(new Uint8Array([0x61, 0x62, 0xff, 0x63]));
		expect(result).toEqual({ ok: false, reason: 'not valid UTF-8 (invalid byte 0xFF at offset 2)' });
	});

	it('rejects a file over the size limit with its size', () => {
		const result = decodeArticle(new Uint8Array(3 * 1024 * 1024).fill(0x61));
		expect(result).toEqual({ ok: false, reason: 'file is 3.0 MB, over the 2.0 MB limit for one article' });
	});
});
