import { describe, expect, it } from 'vitest';
import { evidencePhenomena, headerPhenomena } from './phenomena';

describe('evidencePhenomena', () => {
	it.each([
		['The accord was signed in Lomé on Monday.', [['Togo']], ['passive', 'untitled_actor']],
		[
			'Touching down in Apia, Ana Ruiz met the premier.',
			[['Ana Ruiz']],
			['participle', 'phrasal_verb']
		],
		["Friday's summit in Suva ended early.", [['Fiji']], ['nominal', 'untitled_actor']],
		['Ana Ruiz met Tomas Lee in Suva.', [['Ana Ruiz'], ['Tomas Lee']], []]
	])('%s', (evidence, participants, tags) => {
		expect(evidencePhenomena(evidence, participants).sort()).toEqual([...tags].sort());
	});
});

describe('headerPhenomena', () => {
	it.each([
		[
			'SITE | News\n date 2019-04-02 The ministers of two states met on Monday in a port city.\n',
			['glued_date_line']
		],
		['SITE | News\n04/05/2022 10:40 GMT\n\nThe ministers met.', ['two_way_numeric_date']],
		['SITE | News\n24/05/2022 10:40 GMT\n\nThe ministers met.', []],
		['SITE | News\nMay 4, 2022\n\nThe ministers met.', []]
	])('%j', (article, tags) => {
		expect(headerPhenomena(article).sort()).toEqual(tags);
	});
});
