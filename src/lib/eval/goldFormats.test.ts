import { describe, expect, it } from 'vitest';
import { readGold } from './goldFormats';

const SEEDS = {
	actors: [{ name: 'Ana Sosa', aliases: ['Sosa'] }],
	events: [
		{
			key: 'sosa-visit',
			type: 'visit',
			participants: ['Ana Sosa'],
			place: 'Lima',
			date: { rule: 'within', value: '2024-01-05', min: '2024-01-01', max: '2024-01-10' },
			sources_required: ['010'],
			sources_also: ['011'],
			evidence: { '010': 'Sosa arrived in Lima.' }
		}
	],
	must_not: ["an event from site boilerplate ('Share this', 'Page Generated in')"]
};

const DEV = [
	{
		file: '01_a.txt',
		events: [
			{
				type: 'meeting',
				participants: ['Ana Sosa', 'Tomás Ledesma'],
				place: null,
				date: null,
				date_derivation: 'unresolvable',
				evidence: 'They met.',
				planned: false,
				optional: false
			}
		],
		distractors: ['Share on Facebook']
	}
];

describe('readGold', () => {
	it('reads the seeds format with aliases, sources and quoted chrome', () => {
		const gold = readGold(SEEDS);
		expect(gold.format).toBe('seeds');
		expect(gold.events[0].participants).toEqual([['Ana Sosa', 'Sosa']]);
		expect(gold.events[0].sources).toEqual([
			{ file: '010', required: true, evidence: 'Sosa arrived in Lima.' },
			{ file: '011', required: false, evidence: null }
		]);
		expect(gold.boilerplate.map((b) => b.text)).toEqual(['Share this', 'Page Generated in']);
	});

	it('reads the dev-set format with cross-source groups', () => {
		const gold = readGold(DEV, {
			groups: [
				{
					id: 'g',
					members: [
						['01_a.txt', 0],
						['02_b.txt', 1]
					]
				}
			],
			distinct_but_confusable: []
		});
		expect(gold.format).toBe('devset');
		expect(gold.events[0]).toMatchObject({
			id: '01_a.txt#0',
			date: { rule: 'exact', start: null, end: null },
			derivation: 'unresolvable'
		});
		expect(gold.groups[0].members).toEqual(['01_a.txt#0', '02_b.txt#1']);
		expect(gold.boilerplate).toEqual([{ file: '01_a.txt', text: 'Share on Facebook' }]);
	});

	it.each([
		[{ foo: 1 }],
		[[{ nope: 1 }]],
		[
			{
				events: [
					{ key: 'x', type: 'party', participants: [], date: { rule: 'day', value: '2024-01-01' } }
				]
			}
		]
	])('rejects what it cannot read (%#)', (gold) => {
		expect(() => readGold(gold)).toThrow();
	});
});
