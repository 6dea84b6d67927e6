import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedAncestors, withFrameAncestors } from './framePolicy';

afterEach(() => vi.restoreAllMocks());

describe('embedAncestors', () => {
	it.each([
		[undefined, '*'],
		['  ', '*'],
		['https://news.example.org', 'https://news.example.org'],
		[
			"'self' https://*.example.com http://localhost:8080",
			"'self' https://*.example.com http://localhost:8080"
		],
		['https://ok.example javascript:alert(1) ;script-src', 'https://ok.example'],
		['not-an-origin', "'none'"]
	])('%j → %s', (configured, expected) => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(embedAncestors(configured)).toBe(expected);
	});

	it('says which entries it ignored', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		embedAncestors('https://ok.example bad');
		expect(warn).toHaveBeenCalledWith('TIMELINE_EMBED_ANCESTORS: ignored bad');
	});
});

describe('withFrameAncestors', () => {
	it('replaces the directive and keeps the others', () => {
		expect(
			withFrameAncestors("default-src 'self'; frame-ancestors 'none'; object-src 'none'", '*')
		).toBe("default-src 'self'; object-src 'none'; frame-ancestors *");
	});

	it('adds it when missing', () => {
		expect(withFrameAncestors("default-src 'self'", 'https://a.example')).toBe(
			"default-src 'self'; frame-ancestors https://a.example"
		);
	});
});
