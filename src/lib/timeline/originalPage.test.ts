import { describe, expect, it } from 'vitest';
import { externalHref, textFragment, textFragmentHref } from './originalPage';

describe('externalHref', () => {
	it.each([
		['https://example.org/news/1', 'https://example.org/news/1'],
		['http://example.org/a b', 'http://example.org/a%20b'],
		['javascript:alert(1)', null],
		['JavaScript:window.x=1', null],
		['data:text/html,<script>x</script>', null],
		['vbscript:msgbox', null],
		['/relative/path', null],
		['', null],
		[null, null]
	])('%j → %j', (url, href) => {
		expect(externalHref(url)).toBe(href);
	});
});

describe('textFragment', () => {
	it('names a short excerpt whole', () => {
		expect(textFragment('The two ministers met in Baghdad.')).toBe(
			':~:text=The%20two%20ministers%20met%20in%20Baghdad'
		);
	});

	it('names a long excerpt by its first and last words, without the quotes around it', () => {
		const excerpt =
			'"Regional security is maintained by regional countries and foreign forces must leave the region," he said in a meeting in the capital, the agency reported.';
		expect(textFragment(excerpt)).toBe(
			':~:text=Regional%20security%20is%20maintained,capital%2C%20the%20agency%20reported'
		);
	});

	it('encodes the characters that are Text Fragment syntax', () => {
		const fragment = textFragment('A well-known, long-running A&B deal');
		expect(fragment).toBe(':~:text=A%20well%2Dknown%2C%20long%2Drunning%20A%26B%20deal');
		const term = fragment!.slice(':~:text='.length);
		expect(term).not.toMatch(/[-,&]/);
		expect(decodeURIComponent(term)).toBe('A well-known, long-running A&B deal');
	});

	it('collapses line breaks and runs of spaces', () => {
		expect(textFragment('Talks  were\n held')).toBe(':~:text=Talks%20were%20held');
	});

	it('gives nothing for an excerpt without words', () => {
		expect(textFragment(' “…” ')).toBeNull();
	});
});

describe('textFragmentHref', () => {
	it('replaces any fragment of the page address', () => {
		expect(textFragmentHref('https://example.org/a#comments', 'Leaders met.')).toBe(
			'https://example.org/a#:~:text=Leaders%20met'
		);
	});

	it('gives no link for sources without a web address', () => {
		expect(textFragmentHref(null, 'Leaders met.')).toBeNull();
		expect(textFragmentHref('javascript:alert(1)', 'Leaders met.')).toBeNull();
	});
});
