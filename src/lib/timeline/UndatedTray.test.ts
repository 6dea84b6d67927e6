import type { ResolvedPathname } from '$app/types';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './types';
import UndatedTray from './UndatedTray.svelte';

const undated: TimelineEvent = {
	id: 'u1',
	type: 'meeting',
	title: 'Envoys met',
	planned: false,
	date: {
		start: null,
		end: null,
		precision: 'unknown',
		derivation: 'unresolved',
		text: 'on a Saturday',
		explanation: 'The article has no publication date.',
		approximate: false
	},
	participants: [],
	place: null,
	firstExcerpt: null,
	sourceCount: 1
};
const href = (id: string) => `/events/${id}` as ResolvedPathname;

describe('UndatedTray', () => {
	it('keeps what the text says and why no date was given', () => {
		const { body } = render(UndatedTray, { props: { events: [undated], eventHref: href } });
		expect(body).toContain('Undated events (1)');
		expect(body).toContain('<q>on a Saturday</q>');
		expect(body).toContain('The article has no publication date.');
		expect(body).toContain('href="/events/u1"');
	});

	it('counts every undated event when it lists only the most-cited', () => {
		const { body } = render(UndatedTray, {
			props: { events: [undated], total: 40, eventHref: href }
		});
		expect(body).toContain('Undated events (40)');
		expect(body).toContain('The 1 cited by the most sources');
		const whole = render(UndatedTray, { props: { events: [undated], total: 1, eventHref: href } });
		expect(whole.body).not.toContain('cited by the most sources');
	});

	it('says when the text gives no date words at all', () => {
		const silent = { ...undated, date: { ...undated.date, text: '' } };
		expect(render(UndatedTray, { props: { events: [silent], eventHref: href } }).body).toContain(
			'The text gives no date.'
		);
	});

	it('renders nothing without undated events', () => {
		expect(render(UndatedTray, { props: { events: [], eventHref: href } }).body).not.toContain(
			'<details'
		);
	});
});
