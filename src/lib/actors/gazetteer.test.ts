import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER, parseGazetteer } from './gazetteer';
import { phoneticKey } from './phoneticKey';

const VALID = `
actors:
  - name: Gabriela Fuentes
    kind: person
    country: Chile
    roles: [Foreign Minister]
    aliases: [Fuentes]
  - name: Mercosur
    kind: organisation
`;

describe('parseGazetteer', () => {
	it('reads entries with stable slug ids and indexes every alias by phonetic key', () => {
		const gazetteer = parseGazetteer(VALID, 'actors.yaml');
		expect(gazetteer.actors.map((a) => a.id)).toEqual(['gabriela-fuentes', 'mercosur']);
		expect(gazetteer.byKey.get(phoneticKey('Fuentes'))?.[0].name).toBe('Gabriela Fuentes');
		expect(gazetteer.byKey.get(phoneticKey('Gabriela Ortiz'))).toBeUndefined();
		expect(gazetteer.actors[1]).toMatchObject({ country: null, aliases: [], roles: [] });
	});

	it('gives a country its own name as country', () => {
		const gazetteer = parseGazetteer('actors:\n  - name: Chile\n    kind: country\n', 'x.yaml');
		expect(gazetteer.actors[0].country).toBe('Chile');
	});

	it.each([
		['actors:\n  - name: A B\n    kind: persn\n', /x\.yaml: entry 1 \(A B\): field 'kind'/],
		[
			'actors:\n  - name: A B\n    kind: person\n    alias: [x]\n',
			/entry 1 \(A B\): field 'alias': unknown field/
		],
		['actors:\n  - kind: person\n', /entry 1: field 'name'/],
		[
			'actors:\n  - name: A\n    kind: person\n  - name: a\n    kind: person\n',
			/entry 2 \(a\): field 'name': same actor as entry 1/
		],
		['actors: [\n', /x\.yaml: not valid YAML/],
		['people: []\n', /x\.yaml: expected a top-level 'actors:' list/]
	])('names file, entry and field on mistakes (%#)', (text, message) => {
		expect(() => parseGazetteer(text, 'x.yaml')).toThrow(message);
	});

	it('reads an empty file as an empty gazetteer', () => {
		expect(parseGazetteer('', 'x.yaml').actors).toEqual([]);
		expect(EMPTY_GAZETTEER.actors).toEqual([]);
	});
});
