import { describe, expect, it } from 'vitest';
import type { EventJson, ExportJson } from '../types';
import { readGold } from './goldFormats';
import { ratio, scoreExport } from './scoreExport';

// "Lima" is also a section label: a distractor line, but not every sentence naming the city is chrome.
const TEXT_A =
	'Lima\nShare on Facebook\nLedesma met Sosa in Lima on Monday. Sosa then flew home.\nQuispe spoke by phone with Pardo.';
const TEXT_B = 'Sosa and Ledesma met in Lima on Monday, the ministry said.';

/** The gold events of a.txt, in the dev set's raw format. */
const LIMA_MEETING = {
	type: 'meeting',
	participants: ['Tomás Ledesma', 'Ana Sosa'],
	place: 'Lima, Peru',
	date: { start: '2024-01-01', end: '2024-01-01' },
	date_derivation: 'relative-to-publication',
	evidence: 'Ledesma met Sosa in Lima on Monday.',
	planned: false,
	optional: false
};
const PARDO_CALL = {
	type: 'phone_call',
	participants: ['Luis Quispe', 'Rosa Pardo'],
	place: null,
	date: null,
	date_derivation: 'unresolvable',
	evidence: 'Quispe spoke by phone with Pardo.',
	planned: false,
	optional: false
};
const SOSA_TRIP = {
	type: 'visit',
	participants: ['Ana Sosa'],
	place: null,
	date: null,
	date_derivation: 'unresolvable',
	evidence: 'Sosa then flew home.',
	planned: false,
	optional: true
};

const GOLD = readGold(
	[
		{
			file: 'a.txt',
			events: [LIMA_MEETING, PARDO_CALL, SOSA_TRIP],
			distractors: ['Lima', 'Share on Facebook']
		},
		{
			file: 'b.txt',
			events: [
				{
					type: 'meeting',
					participants: ['Ana Sosa', 'Tomás Ledesma'],
					place: 'Lima',
					date: { start: '2024-01-01', end: '2024-01-01' },
					date_derivation: 'relative-to-publication',
					evidence: 'Sosa and Ledesma met in Lima on Monday, the ministry said.',
					planned: false,
					optional: false
				}
			]
		}
	],
	{
		groups: [
			{
				id: 'lima',
				members: [
					['a.txt', 0],
					['b.txt', 0]
				]
			}
		],
		distinct_but_confusable: []
	}
);

function event(id: string, fields: Partial<EventJson>, mentions: EventJson['mentions']): EventJson {
	return {
		id,
		type: 'meeting',
		cameo: null,
		title: id,
		planned: false,
		date: {
			start: '2024-01-01',
			end: '2024-01-01',
			precision: 'day',
			derivation: 'relative-to-publication',
			text: 'on Monday',
			explanation: 'Monday before publication.'
		},
		participants: [],
		place: null,
		...fields,
		mentions
	};
}

function mention(sourceId: string, text: string, excerpt: string) {
	const start = text.indexOf(excerpt);
	return { sourceId, excerpt, start, end: start + excerpt.length };
}

const EXPORT: ExportJson = {
	sources: [
		{
			id: 'a',
			file: 'a.txt',
			title: null,
			outlet: null,
			url: null,
			published: '2024-01-02T00:00:00Z'
		},
		{
			id: 'b',
			file: 'b.txt',
			title: null,
			outlet: null,
			url: null,
			published: '2024-01-02T00:00:00Z'
		}
	],
	events: [
		// Found in both sources and merged: counts once per source, place and date right.
		event(
			'lima',
			{
				participants: [
					{ id: 'tomas-ledesma', name: 'Tomas Ledesma' },
					{ id: 'ana-sosa', name: 'Ana Sosa' }
				],
				place: 'Lima'
			},
			[mention('a', TEXT_A, 'Ledesma met Sosa in Lima on Monday.'), mention('b', TEXT_B, TEXT_B)]
		),
		// Right event, wrong date (the gold says no date can be supported).
		event('call', { type: 'phone_call', participants: [{ id: 'pardo', name: 'Rosa Pardo' }] }, [
			mention('a', TEXT_A, 'Quispe spoke by phone with Pardo.')
		]),
		// On an optional gold sentence with another type: neither right nor wrong.
		event('home', { type: 'meeting', participants: [{ id: 'ana-sosa', name: 'Ana Sosa' }] }, [
			mention('a', TEXT_A, 'Sosa then flew home.')
		]),
		// From site chrome: a false positive and a must-not violation.
		event('chrome', { type: 'statement', participants: [{ id: 'fb', name: 'Facebook' }] }, [
			mention('a', TEXT_A, 'Share on Facebook')
		])
	]
};

const TEXTS = new Map([
	['a.txt', TEXT_A],
	['b.txt', TEXT_B]
]);

describe('scoreExport on a hand-made export', () => {
	const score = scoreExport(GOLD, EXPORT, TEXTS);

	it('counts recall and precision per source, ignoring optional gold', () => {
		expect(score.recall).toEqual({ hit: 3, total: 3 });
		expect(score.precision).toEqual({ hit: 3, total: 4 });
		expect(score.result.ignored.map((u) => u.event.id)).toEqual(['home']);
		expect(score.result.falsePositives.map((u) => u.event.id)).toEqual(['chrome']);
	});

	it('judges dates, unsupported dates and places', () => {
		expect(score.date).toEqual({ hit: 2, total: 3 });
		expect(score.unsupportedDates.map((m) => m.unit.event.id)).toEqual(['call']);
		expect(score.dateByDerivation.get('unresolvable')).toEqual({ hit: 0, total: 1 });
		expect(score.place).toEqual({ hit: 2, total: 2 });
	});

	it('checks merges and site chrome', () => {
		expect(score.merge).toEqual({ hit: 1, total: 1 });
		expect(score.violations.map((v) => v.rule)).toEqual(['no event from site chrome']);
		expect(ratio(score.recall)).toBe(1);
	});

	it('misses an event when participants do not overlap', () => {
		const wrongPeople: ExportJson = {
			...EXPORT,
			events: EXPORT.events.map((e) =>
				e.id === 'call' ? { ...e, participants: [{ id: 'x', name: 'Someone Else' }] } : e
			)
		};
		const missed = scoreExport(GOLD, wrongPeople, TEXTS);
		expect(missed.result.misses.map((m) => m.gold.type)).toEqual(['phone_call']);
	});

	it('scores statuses where the gold or the export tells one', () => {
		expect(score.status).toEqual({ hit: 0, total: 0 });
		const goldPostponed = readGold([
			{
				file: 'a.txt',
				events: [{ ...LIMA_MEETING, place: null, status: 'postponed' }, PARDO_CALL]
			}
		]);
		const told = (status: EventJson['status'], callStatus: EventJson['status']): ExportJson => ({
			...EXPORT,
			events: EXPORT.events.map((e) =>
				e.id === 'lima'
					? { ...e, ...(status ? { status } : {}) }
					: e.id === 'call' && callStatus
						? { ...e, status: callStatus }
						: e
			)
		});
		// Postponement missed; then found; then found, with a call wrongly said cancelled.
		expect(scoreExport(goldPostponed, told(undefined, undefined), TEXTS).status).toEqual({
			hit: 0,
			total: 1
		});
		expect(scoreExport(goldPostponed, told('postponed', undefined), TEXTS).status).toEqual({
			hit: 1,
			total: 1
		});
		expect(scoreExport(goldPostponed, told('postponed', 'cancelled'), TEXTS).status).toEqual({
			hit: 1,
			total: 2
		});
	});
});
