import { describe, expect, it } from 'vitest';
import { readStateEpithet } from './stateEpithets';

const read = (phrase: string) => readStateEpithet(phrase.toLowerCase().split(' '), 0);

describe('state epithets', () => {
	it.each([
		['the kingdom', 1, ['Bahrain', 'Tonga']],
		['the Himalayan nation', 2, ['Bhutan', 'Nepal']],
		['the Himalayan kingdom', 2, ['Bhutan']],
		['the island nation', 2, ['Fiji', 'Malta']],
		['the oil-rich Gulf state', 3, ['Kuwait', 'Oman']],
		['the former Soviet republic', 3, ['Georgia', 'Moldova']],
		['the Central Asian nation', 3, ['Kazakhstan', 'Tajikistan']],
		['the tiny Baltic country', 3, ['Estonia', 'Latvia']],
		['the Asian giant', 2, ['China', 'India']]
	])('%s: its last word and states it may be', (phrase, last, some) => {
		const found = read(phrase);
		expect(found?.last).toBe(last);
		expect(found?.states).toEqual(expect.arrayContaining(some));
	});

	it.each([
		['the kingdom', ['Fiji', 'Kuwait']],
		['the Himalayan nation', ['India', 'China']],
		['the oil-rich Gulf state', ['Iraq', 'Nigeria']],
		['the island nation', ['Bolivia']]
	])('%s is not %j', (phrase, others) => {
		for (const other of others) expect(read(phrase)?.states).not.toContain(other);
	});

	it.each(['the country', 'the nation', 'the host country'])('%s may be any state', (phrase) => {
		expect(read(phrase)?.states).toBeNull();
	});

	it.each([
		['the Andean neighbours', 2, 'Peru'],
		['the oil-rich states', 2, 'Kuwait']
	])('%s: several states of a region or kind', (phrase, last, some) => {
		const found = read(phrase);
		expect([found?.last, found?.plural]).toEqual([last, true]);
		expect(found?.states).toContain(some);
	});

	it('says "the host country" is the host', () => {
		expect(read('the host nation')?.host).toBe(true);
		expect(read('the nation')?.host).toBe(false);
	});

	it.each([
		'the neighbours',
		'the countries',
		'the state',
		'the republic',
		'the giant',
		'the state media',
		'the visiting minister'
	])('%s names no state by itself', (phrase) => {
		expect(read(phrase)).toBeNull();
	});
});
