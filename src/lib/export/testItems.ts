/** Export items for the formatters' tests: invented events and sources, edge cases on purpose. */
import type { EventJson, SourceJson } from '../types';
import type { ExportContext, ExportItem } from './types';

export const SOURCES: SourceJson[] = [
	{
		id: 'harbour',
		file: 'harbour.txt',
		title: 'Ministers meet, talk; "trade" & <ports>',
		outlet: 'Harbour Post',
		url: 'https://example.org/news/1/ministers-meet',
		published: '2020-07-22T00:20:00+04:30'
	},
	{
		id: 'bare',
		file: 'bare_0123.txt',
		title: null,
		outlet: null,
		url: 'javascript:alert(1)',
		published: null
	}
];

const sourceMap = new Map(SOURCES.map((s) => [s.id, s]));

function event(fields: Partial<EventJson> & Pick<EventJson, 'id'>): EventJson {
	return {
		type: 'meeting',
		cameo: null,
		title: `Event ${fields.id}`,
		planned: false,
		participants: [{ id: 'alpha', name: 'Alpha Land' }],
		place: null,
		mentions: [{ sourceId: 'harbour', excerpt: 'Alpha met Beta.', start: 0, end: 15 }],
		...fields,
		date: {
			start: '2020-07-21',
			end: '2020-07-21',
			precision: 'day',
			derivation: 'explicit',
			text: 'on 21 July',
			explanation: 'The article gives the date.',
			...fields.date
		}
	};
}

export const ITEMS: ExportItem[] = [
	{ event: event({ id: 'day' }), approximate: false, sources: sourceMap },
	{
		event: event({
			id: 'week',
			type: 'phone_call',
			title: '=HYPERLINK("http://evil.example","click")',
			planned: true,
			place: 'Oslo, Norway',
			date: {
				start: '2020-07-13',
				end: '2020-07-19',
				precision: 'range',
				derivation: 'relative-to-publication',
				text: 'last week',
				explanation: 'Last week; counted back from publication.'
			},
			mentions: [
				{
					sourceId: 'harbour',
					excerpt: `-Alpha "phoned" Beta; long line ${'é'.repeat(60)}\nsecond line`,
					start: 0,
					end: 10
				},
				{ sourceId: 'bare', excerpt: '@Beta answered.', start: 3, end: 9 }
			]
		}),
		approximate: true,
		sources: sourceMap
	},
	{
		event: event({
			id: 'month',
			type: 'agreement',
			date: {
				start: '2021-03-01',
				end: '2021-03-31',
				precision: 'month',
				derivation: 'explicit',
				text: 'in March',
				explanation: 'Some time in March 2021.'
			}
		}),
		approximate: false,
		sources: sourceMap
	},
	{
		event: event({
			id: 'undated',
			mentions: [{ sourceId: 'bare', excerpt: 'On a Saturday they met.', start: 0, end: 23 }],
			date: {
				start: null,
				end: null,
				precision: 'unknown',
				derivation: 'unresolved',
				text: 'on a Saturday',
				explanation: 'No date.'
			}
		}),
		approximate: false,
		sources: sourceMap
	}
];

export const CONTEXT: ExportContext = {
	title: 'Diplomatic events, 2020-07-01 to 2021-03-31',
	origin: 'https://timeline.example.org',
	now: new Date('2026-01-02T03:04:05.678Z')
};

export const written = (pieces: Iterable<string>) => [...pieces].join('');
