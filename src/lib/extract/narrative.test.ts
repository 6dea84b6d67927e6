import { describe, expect, it } from 'vitest';
import { publicationFromIso } from '../dates';
import { Narrative } from './narrative';
import { extractWithoutGazetteer } from './testSentence';

const PUBLISHED = publicationFromIso('2026-02-04T09:00:00Z', 'front-matter');

describe('Narrative', () => {
	it.each<[string, string[], string | null]>([
		[
			'a stated month, the next sentence',
			['The feud began in March 2023.', 'They met.'],
			'2023-03-01'
		],
		[
			'a stated month, two sentences on',
			['The feud began in March 2023.', 'It ran on.', 'They met.'],
			null
		],
		[
			'kept by a yearless date',
			['The feud began in March 2023.', 'On 14 April they met.', 'In May they met again.'],
			'2023-03-01'
		],
		[
			'the latest of two',
			['Talks began in May 2022 and failed on 3 June 2023.', 'They met.'],
			'2023-06-03'
		],
		['a bare year, as often background', ['Peru joined the bloc in 2011.', 'They met.'], null],
		['the year of publication', ['The feud began in January 2026.', 'They met.'], null],
		['no year stated', ['They met on 14 April.', 'They met again.'], null]
	])('%s', (_, sentences, year) => {
		const narrative = new Narrative();
		sentences.forEach((text, i) => narrative.note(text, i));
		expect(narrative.at(sentences.length - 1, PUBLISHED)).toBe(year);
	});
});

describe('dates of an account of past years (published 2026-02-04)', () => {
	it('dates a day and a month told without a year in the year the account is in', () => {
		const events = extractWithoutGazetteer(
			[
				'The road to the Pacific cable began in March 2023. On 14 April, Fiji and Tonga agreed to build it.',
				'Talks stalled over the summer. In September, Samoan Prime Minister Fiame Naomi Mataafa visited Suva.'
			].join('\n\n'),
			'2026-02-04T09:00:00Z'
		);
		expect(events.find((e) => e.type === 'agreement')?.date.start).toBe('2023-04-14');
		expect(events.find((e) => e.type === 'visit')?.date).toMatchObject({
			start: '2023-09-01',
			end: '2023-09-30'
		});
	});

	it('dates a day that would take the account back from publication instead', () => {
		const events = extractWithoutGazetteer(
			'The cable deal was signed on 5 November 2024. In January, Samoan Prime Minister Fiame Naomi Mataafa visited Suva.',
			'2026-02-04T09:00:00Z'
		);
		expect(events.find((e) => e.type === 'visit')?.date.start).toBe('2026-01-01');
	});

	it('dates them from publication in an account of the present', () => {
		const events = extractWithoutGazetteer(
			'The cable deal was first floated in March 2023. Officials say it is on track. In September, Samoan Prime Minister Fiame Naomi Mataafa visited Suva.',
			'2026-02-04T09:00:00Z'
		);
		expect(events.find((e) => e.type === 'visit')?.date.start).toBe('2025-09-01');
	});
});
