import { describe, expect, it } from 'vitest';
import { firstInView, needsNewWindow, openingView, windowFor, type LoadedWindow } from './viewData';

const loaded: LoadedWindow = {
	window: { from: '2020-06-01', to: '2020-08-31' },
	extent: { from: '2019-01-01', to: '2021-12-31' },
	truncated: false
};

describe('needsNewWindow', () => {
	it.each([
		['inside the window', '2020-07-01', '2020-07-31', false],
		['the window exactly', '2020-06-01', '2020-08-31', false],
		['past its end', '2020-08-15', '2020-09-15', true],
		['before its start', '2020-05-20', '2020-06-20', true],
		['wider than it', '2020-01-01', '2020-12-31', true],
		['outside the extent (no events there)', '2022-03-01', '2022-04-01', false]
	])('a view %s: %s', (_, from, to, expected) => {
		expect(needsNewWindow(loaded, { from, to })).toBe(expected);
	});

	it('is not fooled by the empty margins past the extent', () => {
		const whole = { ...loaded, window: loaded.extent! };
		expect(needsNewWindow(whole, { from: '2018-10-01', to: '2022-03-31' })).toBe(false);
	});

	it('reloads a truncated window once the view is much narrower', () => {
		const truncated = { ...loaded, truncated: true };
		expect(needsNewWindow(truncated, { from: '2020-07-01', to: '2020-08-15' })).toBe(false);
		expect(needsNewWindow(truncated, { from: '2020-07-01', to: '2020-07-20' })).toBe(true);
	});

	it('does not reload a truncated window that a new one would not narrow', () => {
		// The whole corpus, truncated: a view a third of it wide is padded back to all of it.
		const whole = { ...loaded, window: loaded.extent!, truncated: true };
		const third = { from: '2020-01-01', to: '2020-12-31' };
		expect(windowFor(third, whole.extent)).toEqual(whole.window);
		expect(needsNewWindow(whole, third)).toBe(false);
		expect(needsNewWindow(whole, { from: '2020-03-01', to: '2020-06-30' })).toBe(true);
	});

	it('never asks for a corpus without dated events', () => {
		expect(
			needsNewWindow({ ...loaded, extent: null }, { from: '2030-01-01', to: '2030-02-01' })
		).toBe(false);
	});
});

describe('windowFor', () => {
	it('pads the view by its own length on each side', () => {
		expect(windowFor({ from: '2020-07-01', to: '2020-07-31' }, null)).toEqual({
			from: '2020-05-31',
			to: '2020-08-31'
		});
	});

	it('stays within the extent, but always covers the view', () => {
		const extent = { from: '2020-06-15', to: '2020-08-10' };
		expect(windowFor({ from: '2020-07-01', to: '2020-07-31' }, extent)).toEqual(extent);
		expect(windowFor({ from: '2020-06-01', to: '2020-06-10' }, extent)).toEqual({
			from: '2020-06-01',
			to: '2020-06-20'
		});
	});
});

describe('firstInView', () => {
	const event = (id: string, start: string | null, end: string | null = start) => ({
		id,
		date: { start, end }
	});
	const events = [
		event('undated', null),
		event('spring', '2020-03-01', '2020-05-31'),
		event('june', '2020-06-10'),
		event('july', '2020-07-04')
	];

	it.each([
		['2020-06-01', '2020-06-30', 'june'],
		['2020-05-01', '2020-06-30', 'spring'],
		['2020-06-11', '2020-07-31', 'july'],
		['2020-08-01', '2020-08-31', null]
	])('%s..%s starts with %s', (from, to, id) => {
		expect(firstInView(events, { from, to })?.id ?? null).toBe(id);
	});
});

describe('openingView', () => {
	const iso = (dates: [Date, Date]) => dates.map((date) => date.toISOString());

	it('opens a window on exactly its days', () => {
		expect(iso(openingView(loaded))).toEqual([
			'2020-06-01T00:00:00.000Z',
			'2020-09-01T00:00:00.000Z'
		]);
	});

	it('gives the whole corpus a margin, so its first and last events are not cut', () => {
		const whole = {
			window: { from: '2020-01-01', to: '2020-04-09' },
			extent: { from: '2020-01-01', to: '2020-04-09' }
		};
		// 100 days: three days' margin on each side.
		expect(iso(openingView(whole))).toEqual([
			'2019-12-29T00:00:00.000Z',
			'2020-04-13T00:00:00.000Z'
		]);
	});
});
