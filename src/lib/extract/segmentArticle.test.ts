import { describe, expect, it } from 'vitest';
import { isDateHeader, segmentArticle } from './segmentArticle';

const BODY = [
	'ANDES WIRE | Politics | Region',
	'',
	'Chile and Argentina sign border deal',
	'',
	'Tuesday, 4 June 2024 10:15 GMT',
	'',
	'SANTIAGO - Chilean President Tomás Ledesma met Argentine President Ana Sosa on Monday.',
	'',
	'Related',
	'Fuentes meets Argentine counterpart in Mendoza',
	'Copper prices rise as demand grows. Analysts expect more.',
	'',
	'Subscribe to our newsletter'
].join('\r\n');

describe('segmentArticle', () => {
	it('tells prose from headline, date header and chrome, with \\r\\n bodies', () => {
		const lines = segmentArticle(BODY).filter((l) => l.kind !== 'blank');
		expect(lines.map((l) => l.kind)).toEqual([
			'boilerplate',
			'heading',
			'dateline-header',
			'prose',
			'boilerplate',
			'boilerplate',
			'boilerplate',
			'boilerplate'
		]);
		for (const line of lines) expect(BODY.slice(line.start, line.end)).toBe(line.text);
	});

	it.each([
		'Published: 10.15.20, 22:31 IDT',
		'2021-08-28T18:40:00+03:00',
		'Mon 30 Aug 2021 19.40 BST'
	])('date header: %s', (line) => expect(isDateHeader(line)).toBe(true));
});
