import { describe, expect, it } from 'vitest';
import { EXPORT_NAMES, isExportName } from './exportNames';
import { EXPORT_FORMATS } from './formats';

describe('isExportName', () => {
	it('names exactly the formats there are', () => {
		expect(Object.keys(EXPORT_FORMATS).sort()).toEqual([...EXPORT_NAMES].sort());
	});

	it.each(['events.xml', 'events', 'toString', '__proto__', 'EVENTS.CSV', ''])(
		'refuses %j',
		(name) => {
			expect(isExportName(name)).toBe(false);
		}
	);

	it.each(EXPORT_NAMES)('accepts %s', (name) => {
		expect(isExportName(name)).toBe(true);
	});
});
