import { describe, expect, it } from 'vitest';
import { actorOptions } from './actorOptions';

const event = (...names: string[]) => ({
	participants: names.map((name) => ({ id: name.toLowerCase().replace(/ /g, '-'), name }))
});

describe('actorOptions', () => {
	it('lists each participant once, by name, with how many events name them', () => {
		expect(
			actorOptions([event('Jorge Ruiz', 'Chile'), event('Chile'), event('Ana Lopez', 'Chile')])
		).toEqual([
			{ id: 'ana-lopez', name: 'Ana Lopez', count: 1 },
			{ id: 'chile', name: 'Chile', count: 3 },
			{ id: 'jorge-ruiz', name: 'Jorge Ruiz', count: 1 }
		]);
	});

	it('is empty without events', () => {
		expect(actorOptions([])).toEqual([]);
	});
});
