import { describe, expect, it } from 'vitest';
import { nearestOutside } from './nearestOutside';

const day = (n: number) => n * 86_400_000;
const event = (id: string, start: number, end = start + 1) => ({
	id,
	t0: day(start),
	t1: day(end),
	label: `Event ${id}`
});

describe('nearestOutside', () => {
	it('names the loaded events just before and just after the view', () => {
		const placed = [event('a', 1), event('b', 5, 8), event('c', 30), event('d', 40)];
		const nearest = nearestOutside(placed, [], [day(10), day(20)]);
		expect(nearest.before).toMatchObject({ id: 'b', title: 'Event b', count: 1 });
		expect(nearest.after).toMatchObject({ id: 'c', t0: day(30) });
	});

	it('falls back on the nearest bins with events when none is loaded on that side', () => {
		const bins = [
			{ t0: day(0), t1: day(10), count: 2 },
			{ t0: day(10), t1: day(20), count: 3 },
			{ t0: day(20), t1: day(30), count: 0 },
			{ t0: day(60), t1: day(70), count: 0 },
			{ t0: day(70), t1: day(80), count: 4 },
			{ t0: day(80), t1: day(90), count: 5 }
		];
		const nearest = nearestOutside([], bins, [day(30), day(60)]);
		expect(nearest.before).toEqual({ t0: day(10), t1: day(20), id: null, title: null, count: 3 });
		expect(nearest.after).toMatchObject({ t0: day(70), count: 4 });
	});

	it('says nothing on a side without events', () => {
		const nearest = nearestOutside([event('a', 50)], [], [day(10), day(20)]);
		expect(nearest.before).toBeNull();
		expect(nearest.after?.id).toBe('a');
	});
});
