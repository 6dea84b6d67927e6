import { describe, expect, it } from 'vitest';
import { foldDiacritics, phoneticKey } from './phoneticKey';

describe('phoneticKey', () => {
	it.each([
		['Ghalibaf', 'Qalibaf'],
		['Bagher', 'Baqer'],
		['Kazemi', 'Kadhimi'],
		['Mohandes', 'Muhandis'],
		['Qasem', 'Ghasem'],
		['Qassem', 'Qassim'],
		['Fuad', 'Fouad'],
		['Rouhani', 'Rohani'],
		['Rowhani', 'Rohani'],
		['Raisi', 'Raeisi'],
		['Amir-Abdollahian', 'Amirabdollahian'],
		['Amir Abdollahian', 'Amirabdollahian'],
		['Erdogan', 'Erdoğan'],
		['Sergei', 'Sergey'],
		['al-Muhandis', 'Muhandis'],
		['Mohammed Shia Al Sudani', 'Mohammed Shia al-Sudani'],
		['Cavusoglu', 'Çavuşoğlu'],
		['Mohammed', 'Mohammad'],
		['U.S.', 'US'],
		['Nasrallah', 'Nasralla'],
		['Abdullah', 'Abdulla']
	])('%s and %s share a key', (a, b) => {
		expect(phoneticKey(a)).toBe(phoneticKey(b));
	});

	it.each([
		['Hussein', 'Hassan'],
		['Yoon', 'In'],
		['US', 'us'],
		['Iran', 'Iraq'],
		['Salih', 'Sistani']
	])('%s and %s stay apart', (a, b) => {
		expect(phoneticKey(a)).not.toBe(phoneticKey(b));
	});

	it('folds letters that Unicode does not decompose', () => {
		expect(foldDiacritics('Iğdır Øresund')).toBe('igdir oresund');
	});
});
