import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
	it('is an iframe of the address, its ampersands and quotes escaped for an attribute', () => {
		const snippet = embedSnippet('https://t.example/embed?from=2020-07-01&to=2020-07-31&q=a"b');
		expect(snippet).toMatch(/^<iframe src="[^"]*" title="[^"]+" [^<]*><\/iframe>$/);
		expect(snippet).toContain(
			'src="https://t.example/embed?from=2020-07-01&amp;to=2020-07-31&amp;q=a&quot;b"'
		);
	});
});
