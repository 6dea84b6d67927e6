import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS } from './isoDay';
import { MAX_SPAN_MS, MIN_SPAN_MS, ZoomState, zoomStateFor } from './zoomState.svelte';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function yearView() {
	return new ZoomState({
		from: utc('2020-01-01'),
		to: utc('2021-01-01'),
		extent: { from: utc('2019-06-01'), to: utc('2021-06-01') }
	});
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('ZoomState', () => {
	it('keeps the instant under the pointer fixed when zooming', () => {
		const zoom = yearView();
		const scale = zoom.scale(1000);
		const pointed = scale.invert(730);
		zoom.zoomAbout(0.73, 4);
		expect(+zoom.scale(1000).invert(730)).toBeCloseTo(+pointed, -2);
		expect(zoom.span).toBeCloseTo((366 * DAY_MS) / 4, -2);
	});

	it('holds the scale limits from a few hours to about a century', () => {
		const zoom = new ZoomState({ from: utc('2020-01-01'), to: utc('2020-02-01') });
		for (let i = 0; i < 40; i++) zoom.zoomAbout(0.5, 2);
		expect(zoom.span).toBeCloseTo(MIN_SPAN_MS, -2);
		expect(zoom.atMinSpan).toBe(true);
		for (let i = 0; i < 80; i++) zoom.zoomAbout(0.5, 0.5);
		expect(zoom.span).toBeCloseTo(MAX_SPAN_MS, -2);
		expect(zoom.atMaxSpan).toBe(true);
	});

	it('zooms by a factor about the centre', async () => {
		const zoom = yearView();
		const centre = (+zoom.from + +zoom.to) / 2;
		await zoom.zoomBy(2);
		expect(zoom.span).toBeCloseTo((366 * DAY_MS) / 2, -2);
		expect((+zoom.from + +zoom.to) / 2).toBeCloseTo(centre, -2);
	});

	it('zooms to exactly one calendar month', async () => {
		const zoom = yearView();
		await zoom.zoomToMonth(2020, 2);
		expect(zoom.from.toISOString()).toBe('2020-02-01T00:00:00.000Z');
		expect(zoom.to.toISOString()).toBe('2020-03-01T00:00:00.000Z');
		await zoom.zoomToMonth(2020, 12);
		expect(zoom.to.toISOString()).toBe('2021-01-01T00:00:00.000Z');
	});

	it('clamps panning to the extent plus a margin', () => {
		const zoom = yearView();
		zoom.panBy(-10);
		// Extent starts 2019-06-01 and spans 731 days: the margin is 73.1 days.
		expect(+zoom.from).toBeCloseTo(+utc('2019-06-01') - 73.1 * DAY_MS, -2);
		expect(zoom.span).toBeCloseTo(366 * DAY_MS, -2);
		zoom.panByPixels(1e6, 800);
		expect(+zoom.to).toBeCloseTo(+utc('2021-06-01') + 73.1 * DAY_MS, -2);
	});

	it('zooms out no further than the extent plus its margin', () => {
		const zoom = yearView();
		for (let i = 0; i < 20; i++) zoom.zoomBy(0.5);
		// 731 days of data and 73.1 days either side.
		expect(zoom.span).toBeCloseTo((731 + 2 * 73.1) * DAY_MS, -2);
		expect(zoom.atMaxSpan).toBe(true);
		expect(+zoom.from).toBeCloseTo(+utc('2019-06-01') - 73.1 * DAY_MS, -2);
	});

	it('composes quick zoom presses: four during animations zoom as far as four after them', () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
			frames.push(callback)
		);
		vi.stubGlobal('cancelAnimationFrame', () => frames.shift());
		const quick = yearView();
		for (let press = 0; press < 4; press++) {
			quick.zoomBy(2, 300);
			frames.shift()?.(press * 40);
			frames.shift()?.(press * 40 + 20);
		}
		for (let now = 1000; frames.length; now += 100) frames.shift()!(now);
		expect(quick.span).toBeCloseTo((366 * DAY_MS) / 16, -2);
	});

	it('moves the view inside when new data narrows the extent', () => {
		const zoom = yearView();
		zoom.setExtent({ from: utc('2022-01-01'), to: utc('2023-01-01') });
		expect(+zoom.from).toBeGreaterThanOrEqual(+utc('2022-01-01') - 37 * DAY_MS);
	});

	it('does not rewrite the domain when the same extent arrives again', () => {
		const zoom = yearView();
		zoom.zoomAbout(0.37, 3.3);
		const before = zoom.domain;
		zoom.setExtent({ from: utc('2019-06-01'), to: utc('2021-06-01') });
		expect(zoom.domain).toBe(before);
	});

	it('animates frame by frame and lands exactly on the target', async () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
			frames.push(callback)
		);
		vi.stubGlobal('cancelAnimationFrame', () => {});
		const zoom = yearView();
		const done = zoom.animateTo(utc('2020-03-01'), utc('2020-04-01'), 300);
		const spans: number[] = [];
		for (let now = 0; frames.length; now += 50) {
			frames.shift()!(now);
			spans.push(zoom.span);
		}
		await done;
		expect(spans.length).toBe(7);
		expect(spans[2]).toBeLessThan(spans[0]);
		expect(zoom.from.toISOString()).toBe('2020-03-01T00:00:00.000Z');
		expect(zoom.to.toISOString()).toBe('2020-04-01T00:00:00.000Z');
	});

	it('jumps without animating when the reader prefers reduced motion', async () => {
		const frame = vi.fn();
		vi.stubGlobal('requestAnimationFrame', frame);
		vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
		const zoom = yearView();
		await zoom.animateTo(utc('2020-03-01'), utc('2020-04-01'), 300);
		expect(frame).not.toHaveBeenCalled();
		expect(zoom.from.toISOString()).toBe('2020-03-01T00:00:00.000Z');
	});

	it('stops an animation when the reader takes over', async () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
			frames.push(callback)
		);
		vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.splice(id - 1, 1));
		const zoom = yearView();
		const done = zoom.animateTo(utc('2020-03-01'), utc('2020-04-01'), 300);
		frames.shift()!(0);
		zoom.panBy(0.1);
		await done;
		expect(frames).toHaveLength(0);
		expect(zoom.span).toBeCloseTo(366 * DAY_MS, -2);
	});
});

describe('zoomStateFor', () => {
	it('shows the inclusive window days and limits panning to the extent', () => {
		const zoom = zoomStateFor({
			window: { from: '2020-01-01', to: '2020-01-31' },
			extent: { from: '2019-01-01', to: '2020-12-31' }
		});
		expect(zoom.from.toISOString()).toBe('2020-01-01T00:00:00.000Z');
		expect(zoom.to.toISOString()).toBe('2020-02-01T00:00:00.000Z');
		expect(zoom.limits.bounds![1]).toBeGreaterThan(+utc('2021-01-01'));
	});
});
