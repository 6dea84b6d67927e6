import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_COUNT, createWorld } from './world';

/** Every actor name of the seed and dev-set gold: the invented world must use none of them. */
function realNames(): string[] {
	const seeds = JSON.parse(readFileSync('tests/gold/seeds.gold.json', 'utf8')) as {
		actors: { name: string; aliases: string[] }[];
	};
	const devset = JSON.parse(readFileSync('tests/fixtures/devset/gold.json', 'utf8')) as {
		events: { participants: string[] }[];
	}[];
	return [
		...seeds.actors.flatMap((actor) => [actor.name, ...actor.aliases]),
		...devset.flatMap((article) => article.events.flatMap((event) => event.participants))
	];
}

describe('createWorld', () => {
	const world = createWorld('test-seed');

	it('has 40 countries with five titled officials each, all names distinct', () => {
		expect(world.countries).toHaveLength(COUNTRY_COUNT);
		expect(world.officials).toHaveLength(5 * COUNTRY_COUNT);
		const names = world.officials.map((official) => official.names[0]);
		expect(new Set(names).size).toBe(names.length);
		for (const country of world.countries) {
			const titles = world.officials.filter((o) => o.country === country).map((o) => o.title);
			expect(titles.slice(0, 3)).toEqual(['President', 'Prime Minister', 'Foreign Minister']);
			expect(() => new Intl.DateTimeFormat('en', { timeZone: country.timeZone })).not.toThrow();
		}
	});

	it('spells some officials more than one way, family names matching full names', () => {
		const variants = world.officials.filter((official) => official.names.length > 1);
		expect(variants.length).toBeGreaterThan(40);
		for (const official of world.officials) {
			official.names.forEach((name, i) => expect(name.endsWith(official.shortNames[i])).toBe(true));
		}
	});

	it('is the same for the same seed, and another for another seed', () => {
		expect(createWorld('test-seed')).toEqual(world);
		expect(createWorld('other-seed').officials[0].names).not.toEqual(world.officials[0].names);
	});

	it('names no real actor of the test corpora', () => {
		const invented = [
			...world.officials.flatMap((official) => [...official.names, ...official.shortNames]),
			...world.countries.flatMap((country) => [country.name, country.capital, ...country.cities]),
			...world.organisations,
			...world.outlets.map((outlet) => outlet.name)
		].map((name) => name.toLowerCase());
		for (const real of realNames()) {
			const lower = real.toLowerCase();
			expect(
				invented.filter((name) => name === lower || name.split(/[\s-]+/).includes(lower))
			).toEqual([]);
		}
	});
});
