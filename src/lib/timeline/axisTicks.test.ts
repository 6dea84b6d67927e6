import { describe, expect, it } from 'vitest';
import { axisBands, axisTicks, bandUnit, multiScaleFormat } from './axisTicks';
import { DAY_MS } from './isoDay';
import { scaleUtc } from 'd3-scale';

const utc = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const scaleOver = (from: string, to: string, width: number) =>
	scaleUtc([utc(from), utc(to)], [0, width]);

describe('multiScaleFormat', () => {
	it.each([
		['2020-01-01', '2020'],
		['2020-07-01', 'Jul'],
		['2020-07-21', '21'],
		['2020-07-21T06:30:00Z', '06:30']
	])('labels %s as "%s"', (date, label) => {
		expect(multiScaleFormat(utc(date))).toBe(label);
	});

	it('names the month of a midnight tick among hour ticks', () => {
		expect(multiScaleFormat(utc('2020-07-21'), 0)).toBe('21 Jul');
	});
});

describe('axisTicks', () => {
	it.each([
		['years', '2000-01-01', '2030-01-01', /^\d{4}$/],
		['months', '2020-01-01', '2021-01-01', /^(\d{4}|[A-Z][a-z]{2})$/],
		['days', '2020-07-01', '2020-07-20', /^(\d{1,2}|[A-Z][a-z]{2})$/],
		['hours', '2020-07-21', '2020-07-22', /^(\d\d:\d\d|\d{1,2} [A-Z][a-z]{2})$/]
	])('labels %s at the matching scale', (_, from, to, pattern) => {
		const ticks = axisTicks(scaleOver(from, to, 1000), 1000);
		expect(ticks.length).toBeGreaterThanOrEqual(4);
		for (const tick of ticks) expect(tick.label).toMatch(pattern);
	});

	it('marks the start of a coarser unit as major, in order and on the axis', () => {
		const ticks = axisTicks(scaleOver('2019-07-01', '2020-07-01', 1200), 1200);
		const major = ticks.filter((tick) => tick.major).map((tick) => tick.label);
		expect(major).toEqual(['2020']);
		for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).toBeGreaterThan(ticks[i - 1].x);
		for (const tick of ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
	});

	it('gives fewer ticks on a narrow screen', () => {
		const scale = scaleOver('2020-01-01', '2021-01-01', 375);
		expect(axisTicks(scale, 375).length).toBeLessThan(
			axisTicks(scaleOver('2020-01-01', '2021-01-01', 1920), 1920).length
		);
	});
});

describe('axisBands', () => {
	it('gives one band per month with exact calendar bounds', () => {
		const bands = axisBands(scaleOver('2020-01-01', '2021-01-01', 1200), 1200);
		expect(bands).toHaveLength(12);
		expect(bands[1]).toMatchObject({ unit: 'month', title: 'February 2020', label: 'Feb 2020' });
		expect(bands[1].from.toISOString()).toBe('2020-02-01T00:00:00.000Z');
		expect(bands[1].to.toISOString()).toBe('2020-03-01T00:00:00.000Z');
		expect(bands[0].x0).toBe(0);
		expect(bands[11].x1).toBe(1200);
		for (let i = 1; i < bands.length; i++) {
			expect(bands[i].x0).toBeCloseTo(bands[i - 1].x1, 9);
			expect(bands[i].shaded).toBe(!bands[i - 1].shaded);
		}
	});

	it('clips partial bands to the axis and keeps their full period', () => {
		const bands = axisBands(scaleOver('2020-01-15', '2020-03-15', 900), 900);
		expect(bands.map((band) => band.title)).toEqual([
			'January 2020',
			'February 2020',
			'March 2020'
		]);
		expect(bands[0].x0).toBe(0);
		expect(bands[0].from.toISOString()).toBe('2020-01-01T00:00:00.000Z');
		expect(bands[2].x1).toBe(900);
	});

	it('keeps the shading of a month when the view pans', () => {
		const before = axisBands(scaleOver('2020-01-01', '2020-06-01', 800), 800);
		const after = axisBands(scaleOver('2020-02-10', '2020-07-10', 800), 800);
		const march = (bands: typeof before) => bands.find((band) => band.title === 'March 2020');
		expect(march(after)?.shaded).toBe(march(before)?.shaded);
	});

	it.each([
		[365 * DAY_MS, 1000, 'month'],
		[365 * DAY_MS, 375, 'year'],
		[10 * 365 * DAY_MS, 1400, 'year'],
		[100 * 365 * DAY_MS, 1400, 'decade']
	])('uses bands wide enough to click (span %d ms over %d px → %s)', (span, width, unit) => {
		expect(bandUnit(span, width)).toBe(unit);
	});

	it('labels decades', () => {
		const bands = axisBands(scaleOver('1950-01-01', '2050-01-01', 1000), 1000);
		expect(bands.map((band) => band.label)).toContain('1990s');
		expect(bands.every((band) => band.unit === 'decade')).toBe(true);
	});
});
