import { describe, expect, it } from 'vitest';
import { excerptKeywords, type KeywordSubject } from './excerptKeywords';

/** The marked words, as `kind:words`, in text order. */
function marked(excerpt: string, subject: KeywordSubject): string[] {
	return excerptKeywords(excerpt, subject).map(
		(mark) => `${mark.kind}:${excerpt.slice(mark.start, mark.end)}`
	);
}

describe('excerptKeywords', () => {
	it('marks who, when and what in a meeting sentence', () => {
		expect(
			marked(
				'Foreign Minister Ana Lopez met her Chilean counterpart Jorge Ruiz on Tuesday in Lima.',
				{
					type: 'meeting',
					participants: [
						{ name: 'Ana Lopez', kind: 'person' },
						{ name: 'Jorge Ruiz', kind: 'person' },
						{ name: 'Chile', kind: 'country' }
					]
				}
			)
		).toEqual([
			'actor:Ana Lopez',
			'trigger:met',
			'actor:Chilean',
			'actor:Jorge Ruiz',
			'date:on Tuesday'
		]);
	});

	it('finds a person by surname, a hyphenated surname without its article, never inside a word', () => {
		expect(
			marked('Araji told Lopez that al-Araji and Lopezes (sic) would call.', {
				type: 'phone_call',
				participants: [
					{ name: 'Qasim al-Araji', kind: 'person' },
					{ name: 'Ana Lopez', kind: 'person' }
				]
			})
		).toEqual(['actor:Araji', 'actor:Lopez', 'actor:al-Araji']);
	});

	it('ignores name particles and triggers of other event types', () => {
		expect(
			marked('Abu Bakr visited and announced the two met.', {
				type: 'statement',
				participants: [{ name: 'Abu Omar', kind: 'person' }]
			})
		).toEqual(['trigger:announced']);
	});

	it('marks an organisation by its full name and acronyms only', () => {
		expect(
			marked('The African Union (AU) condemned what the union saw.', {
				type: 'statement',
				participants: [{ name: 'African Union', kind: 'organisation' }]
			})
		).toEqual(['actor:African Union', 'actor:AU', 'trigger:condemned']);
	});

	it('marks trigger words without the space a pattern looks past', () => {
		expect(
			marked('The minister will travel to Lima on Friday.', { type: 'visit', participants: [] })
		).toEqual(['trigger:travel to', 'date:on Friday']);
	});

	it('gives nothing to mark in a sentence without any', () => {
		expect(marked('Nothing here.', { type: 'meeting', participants: [] })).toEqual([]);
	});
});
