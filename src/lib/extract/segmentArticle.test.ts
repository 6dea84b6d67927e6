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
		['Ana Sosa (L) greets Tomás Ledesma in Santiago, Chile, June 3, 2024. REUTERS/Pool', 'prose'],
		['Ana Sosa and Tomás Ledesma attend a ceremony in Santiago on Monday. Photo: AFP', 'prose'],
		['Ana Sosa and Tomás Ledesma attend a ceremony in Santiago. (Agency Photo/Jo Roe)', 'prose'],
		['Ana Sosa and Tomás Ledesma attend a ceremony in Santiago on Monday. XINHUA', 'prose'],
		['Ana Sosa and Tomás Ledesma attend a ceremony in Santiago on Monday', 'heading'],
		['Ledesma and Sosa sign border deal in Santiago after talks | Region', 'heading'],
		['Presidents meet in Santiago for border talks. Analysis and reaction', 'heading']
	])('a caption closed by its credit: %s', (line, kind) => {
		expect(segmentArticle(line).map((l) => l.kind)).toEqual([kind]);
	});

	it.each([
		'Published: 10.15.20, 22:31 IDT',
		'2021-08-28T18:40:00+03:00',
		'Mon 30 Aug 2021 19.40 BST'
	])('date header: %s', (line) => expect(isDateHeader(line)).toBe(true));

	it.each<[string, [string, string][]]>([
		[
			' date 2019-04-02 The transport ministers of the two island states met on Monday to reopen the ferry link.',
			[
				['dateline-header', 'date 2019-04-02'],
				[
					'prose',
					'The transport ministers of the two island states met on Monday to reopen the ferry link.'
				]
			]
		],
		[
			'Ferry link to reopenMarch 4, 2021 10:00 GMT PORT ELLIS - The transport ministers of the two island states met on Monday.',
			[
				['heading', 'Ferry link to reopen'],
				['dateline-header', 'March 4, 2021 10:00 GMT'],
				['prose', 'PORT ELLIS - The transport ministers of the two island states met on Monday.']
			]
		],
		[
			'The transport ministers of the two island states met on March 3, 2021 to reopen the ferry link.',
			[
				[
					'prose',
					'The transport ministers of the two island states met on March 3, 2021 to reopen the ferry link.'
				]
			]
		]
	])('cuts a stamp glued to the text from it: %j', (line, parts) => {
		const body = `Ferries\n\n${line}\n`;
		const lines = segmentArticle(body).filter((l) => l.kind !== 'blank' && l.text !== 'Ferries');
		expect(lines.map((l) => [l.kind, l.text])).toEqual(parts);
		for (const l of lines) expect(body.slice(l.start, l.end)).toBe(l.text);
	});
});
