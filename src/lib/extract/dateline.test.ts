import { describe, expect, it } from 'vitest';
import { readParagraphLead } from './dateline';

describe('readParagraphLead', () => {
	it.each([
		['SANTIAGO - Chilean President', 'Santiago', 'Chilean President'],
		['BUENOS AIRES, June 4 (Reuters) -- Argentina said', 'Buenos Aires', 'Argentina said'],
		['PUNTA ARENAS, Magallanes - The ministers', 'Punta Arenas', 'The ministers'],
		['PORTO NOVO, Benin, May 3 (Agency) - Ruiz said', 'Porto Novo', 'Ruiz said'],
		['SANTO DOMINGO, Dominican Republic (AW) - Ruiz said', 'Santo Domingo', 'Ruiz said'],
		['Lima (AW) - Peru said', 'Lima', 'Peru said'],
		['LA PAZ, May 3, 2024 (AW) - Ruiz said', 'La Paz', 'Ruiz said'],
		['LA PAZ, May 3, 2024 (AW) -', 'La Paz', ''],
		['AndesWire: The foreign minister', null, 'The foreign minister'],
		['Quito: President Ana Ruiz said', 'Quito', 'President Ana Ruiz said'],
		['Analysis: The deal is fragile', null, 'Analysis: The deal is fragile'],
		['Andes Today/ Officials said', null, 'Officials said'],
		['Chilean President Tomás Ledesma said', null, 'Chilean President Tomás Ledesma said']
	])('%s', (paragraph, place, rest) => {
		const lead = readParagraphLead(paragraph);
		expect(lead.place).toBe(place);
		expect(paragraph.slice(lead.length)).toBe(rest);
	});
});
