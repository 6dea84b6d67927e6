import type { ResolvedPathname } from '$app/types';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventList from './EventList.svelte';
import type { TimelineEvent } from './types';

function event(
	id: string,
	date: Partial<TimelineEvent['date']>,
	extra: Partial<TimelineEvent> = {}
): TimelineEvent {
	return {
		id,
		type: 'meeting',
		title: `Title ${id}`,
		planned: false,
		date: {
			start: null,
			end: null,
			precision: 'day',
			derivation: 'explicit',
			text: '',
			explanation: '',
			approximate: false,
			...date
		},
		participants: [],
		place: null,
		firstExcerpt: null,
		sourceCount: 1,
		...extra
	};
}

const href = (id: string) => `/events/${id}` as ResolvedPathname;

describe('EventList (server-rendered, as a reader without JavaScript gets it)', () => {
	const events = [
		event('late', { start: '2020-07-21', end: '2020-07-21', explanation: 'Stated in the text.' }),
		event(
			'early',
			{ start: '2020-01-01', end: '2020-04-30', precision: 'range', approximate: true },
			{
				planned: true,
				sourceCount: 3,
				firstExcerpt: { sourceId: 's', outlet: 'Wire', text: 'Officials met.' }
			}
		)
	];
	const { body } = render(EventList, { props: { events, eventHref: href, selected: 'late' } });

	it('lists events in time order as plain links', () => {
		expect(body.indexOf('/events/early')).toBeGreaterThan(-1);
		expect(body.indexOf('/events/early')).toBeLessThan(body.indexOf('/events/late'));
		expect(body).toMatch(/<a href="\/events\/late"[^>]*>Title late<\/a>/);
	});

	it('shows dates honestly, with how they were worked out', () => {
		expect(body).toContain('21 Jul 2020');
		expect(body).toContain('Jan–Apr 2020 (approx.)');
		expect(body).toContain('planned');
		expect(body).toContain('Stated in the text.');
		expect(body).toContain('3 sources');
		expect(body).toContain('Officials met.');
	});

	it('marks the selected item and renders no script-only buttons', () => {
		expect(body).toMatch(
			/data-id="late"[^>]*aria-current="true"|aria-current="true"[^>]*data-id="late"/
		);
		expect(body).not.toContain('Show on timeline');
	});

	it('says so when there is nothing to list', () => {
		expect(render(EventList, { props: { events: [], eventHref: href } }).body).toContain(
			'No events in this period.'
		);
	});
});
