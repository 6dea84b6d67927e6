import { describe, expect, it } from 'vitest';
import { drawMarks, type MarkCanvas } from './canvasMarks';
import { layoutTimeline, placeEvents } from './layout';
import type { TimelineEvent } from './types';
import { scaleUtc } from 'd3-scale';

function event(
	id: string,
	start: string,
	end: string,
	planned = false,
	approximate = false
): TimelineEvent {
	return {
		id,
		type: 'meeting',
		title: id,
		planned,
		date: {
			start,
			end,
			precision: start === end ? 'day' : 'range',
			derivation: 'explicit',
			text: '',
			explanation: '',
			approximate
		},
		participants: [],
		place: null,
		firstExcerpt: null,
		sourceCount: 1
	};
}

/** Records the drawing calls a canvas would receive. */
function recorder() {
	const calls: string[] = [];
	const record =
		(name: string) =>
		(...args: unknown[]) =>
			calls.push(
				`${name}(${args.map((arg) => (typeof arg === 'number' ? Math.round(arg) : String(arg))).join(',')})`
			);
	const canvas = {
		setTransform: record('setTransform'),
		clearRect: record('clearRect'),
		beginPath: record('beginPath'),
		arc: record('arc'),
		rect: record('rect'),
		fill: record('fill'),
		fillRect: record('fillRect'),
		createLinearGradient: (...args: number[]) => {
			record('createLinearGradient')(...args);
			return { addColorStop: record('addColorStop') };
		},
		stroke: record('stroke'),
		setLineDash: record('setLineDash'),
		fillStyle: '',
		strokeStyle: '',
		globalAlpha: 1,
		lineWidth: 1
	};
	return { canvas: canvas as unknown as MarkCanvas, calls };
}

describe('drawMarks', () => {
	const events = [
		event('day', '2020-03-05', '2020-03-05'),
		event('span', '2020-03-10', '2020-03-12'),
		event('plan', '2020-03-20', '2020-03-20', true),
		event('bound', '2020-03-24', '2020-03-30', false, true),
		event('later', '2020-09-01', '2020-09-01')
	];
	const lanes = [{ key: 'm', label: 'Meeting', colour: '#332288', count: 4 }];
	const scale = scaleUtc(
		[new Date('2020-03-01T00:00:00Z'), new Date('2020-04-01T00:00:00Z')],
		[0, 620]
	);
	const layout = layoutTimeline(placeEvents(events, new Map()), lanes, scale, 620);

	it('scales for the pixel ratio, clears, then draws each visible mark once', () => {
		const { canvas, calls } = recorder();
		drawMarks(canvas, layout, { width: 620, height: 100, pixelRatio: 2 }, 5);
		expect(calls[0]).toBe('setTransform(2,0,0,2,0,0)');
		expect(calls[1]).toBe('clearRect(0,0,620,100)');
		expect(calls.filter((call) => call.startsWith('arc'))).toHaveLength(2);
		expect(calls.filter((call) => call.startsWith('rect('))).toHaveLength(2);
		// The day, the known span and the planned outline; the bound has no outline (soft start).
		expect(calls.filter((call) => call.startsWith('stroke'))).toHaveLength(3);
		// The planned event is outlined, not filled.
		expect(calls.filter((call) => call === 'fill()')).toHaveLength(3);
	});

	it('fades a bound in towards its known end and draws a hard edge there', () => {
		const { canvas, calls } = recorder();
		drawMarks(canvas, layout, { width: 620, height: 100, pixelRatio: 1 }, 5);
		const bound = layout.lanes[0].marks.find((mark) => mark.key === 'bound')!;
		expect(calls).toContain(
			`createLinearGradient(${Math.round(bound.x0)},0,${Math.round(bound.x1)},0)`
		);
		const stops = calls.filter((call) => call.startsWith('addColorStop'));
		expect(stops[0]).toMatch(/^addColorStop\(0,rgba\(51,34,136,0.05\)\)$/);
		expect(stops.at(-1)).toMatch(/^addColorStop\(1,rgba\(51,34,136,0.9\)\)$/);
		expect(calls.filter((call) => call.startsWith('fillRect'))).toEqual([
			`fillRect(${Math.round(bound.x1 - 2)},${Math.round(bound.y - 7)},2,14)`
		]);
	});
});
