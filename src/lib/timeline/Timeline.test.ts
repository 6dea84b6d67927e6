import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Timeline from './Timeline.svelte';
import type { TimelineData, TimelineEvent } from './types';

function event(id: string, start: string, type: TimelineEvent['type']): TimelineEvent {
	return {
		id,
		type,
		title: `Title ${id}`,
		planned: false,
		date: {
			start,
			end: start,
			precision: 'day',
			derivation: 'explicit',
			text: '',
			explanation: '',
			approximate: false
		},
		participants: [{ id: 'x', name: 'X', country: 'Xland' }],
		place: null,
		firstExcerpt: null,
		sourceCount: 1
	};
}

const data: TimelineData = {
	window: { from: '2020-01-01', to: '2020-03-31' },
	extent: { from: '2019-06-01', to: '2020-12-31' },
	events: [event('a', '2020-01-08', 'meeting'), event('b', '2020-02-02', 'attack')],
	truncated: false,
	density: { start: '2020-01-01', end: '2020-01-31', days: 31, byType: { meeting: [1] } },
	undated: []
};

describe('Timeline (server-rendered shell)', () => {
	it('renders the controls, the visible period, the key help and the legend', () => {
		const { body } = render(Timeline, { props: { data } });
		expect(body).toContain('Jan–Mar 2020');
		expect(body).toContain('aria-label="Zoom in"');
		expect(body).toContain('Fit all');
		expect(body).toMatch(
			/role="application"[^>]*aria-roledescription="timeline"|aria-roledescription="timeline"[^>]*role="application"/
		);
		expect(body).toContain('aria-live="polite"');
		expect(body).toContain('Meeting');
		expect(body).toContain('Attack');
		// Nothing is laid out before the browser measures the width: no stray density note.
		expect(body).not.toContain('Zoom in to see each one');
	});

	it('draws no axis before the width is known (no negative sizes for the browser to reject)', () => {
		// Decades across the view: the widest bands, some of them shaded.
		const decades = { ...data, window: { from: '1995-01-01', to: '2021-12-31' } };
		const { body } = render(Timeline, { props: { data: decades } });
		expect(body).not.toMatch(/width="-|width:\s*-/);
		expect(body).not.toContain('Zoom to 2000s');
	});

	it('groups the legend by the chosen lane mode', () => {
		const { body } = render(Timeline, { props: { data, laneMode: 'country' } });
		expect(body).toContain('Xland');
	});
});
