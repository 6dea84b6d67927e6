import { describe, expect, it } from 'vitest';
import { countryOfPlace, describePlace, findPlaces } from './places';

describe('findPlaces', () => {
	it.each([
		['arrived in the Chilean capital Santiago on Monday', 'Santiago'],
		['met in the Peruvian capital on Monday', 'Lima'],
		['is due in the port city of Valparaiso on Tuesday', 'Valparaiso'],
		['held talks in the port of Ilo on Tuesday', 'Ilo'],
		["sat down in Lima's Torre Tagle Palace after", 'Torre Tagle Palace, Lima'],
		["at the minister's home in Cusco on Sunday", 'Cusco'],
		['a state visit to Bolivia on Monday', 'Bolivia'],
		['a strike near Arica with drones', 'Arica'],
		['Ledesma left for Quito later on Monday', 'Quito'],
		['In Lima, the minister said so', 'Lima'],
		["the leaders met in Nuku'alofa last December", "Nuku'alofa"],
		['flew to N’Djamena on Friday', 'N’Djamena'],
		["talks in Sana'a resumed", "Sana'a"],
		['troops struck positions across the Somali border on Friday', 'Somalia'],
		['shells landed over the Lebanese frontier overnight', 'Lebanon'],
		// A venue and the city right after it are one place.
		['signed at the Palacio Nacional in Quito on Monday', 'Palacio Nacional, Quito'],
		['met at the Hotel Bristol in Lima on Monday', 'Hotel Bristol, Lima']
	])('%s → %s', (text, name) => {
		expect(findPlaces(text, []).map((p) => p.name)).toContain(name);
	});

	it('takes no state from a border it does not name, nor from one an act is only near', () => {
		expect(findPlaces('troops moved across the border on Friday', [])).toEqual([]);
		expect(findPlaces('troops massed along the Kenyan border', [])).toEqual([]);
	});

	it('ignores topics, descriptions and months', () => {
		expect(findPlaces('talks on Bolivia in March in the Andean country', [])).toEqual([]);
	});

	it("takes no people's adjective for a place", () => {
		expect(findPlaces('boats may fish in Peruvian waters from April', [])).toEqual([]);
	});

	it('skips people', () => {
		const text = 'met with Ana Sosa in Lima';
		const at = text.indexOf('Ana');
		expect(findPlaces(text, [[at - 5, at + 8]]).map((p) => p.name)).toEqual(['Lima']);
	});
});

describe('describePlace / countryOfPlace', () => {
	it('adds the city to a venue and the country to a capital', () => {
		expect(describePlace('Moneda Palace', 'Santiago')).toBe('Moneda Palace, Santiago, Chile');
		expect(describePlace('Quito', null)).toBe('Quito, Ecuador');
		// A seat of government lies in its state's capital, whatever the story's city.
		expect(describePlace('Casa Rosada', 'Lima')).toBe('Casa Rosada, Buenos Aires, Argentina');
		expect(countryOfPlace('Moneda Palace, Santiago')).toBe('Chile');
		expect(countryOfPlace('Valparaiso')).toBeNull();
	});
});
