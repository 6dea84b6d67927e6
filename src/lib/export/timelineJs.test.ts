import { describe, expect, it } from 'vitest';
import { escapeHtml, timelineJsFormat } from './timelineJs';
import { CONTEXT, ITEMS, written } from './testItems';
import { timelineJsSchema } from './testParsers';

describe('escapeHtml', () => {
	it('escapes markup', () =>
		expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		));
});

describe('timelineJsFormat', () => {
	const json = timelineJsSchema.parse(JSON.parse(written(timelineJsFormat.write(ITEMS, CONTEXT))));

	it('has one slide per dated event, as precise as its date, grouped by type', () => {
		expect(json.title?.text?.headline).toBe(CONTEXT.title);
		expect(
			json.events.map(({ unique_id, start_date, end_date, group, display_date }) => ({
				unique_id,
				start_date,
				end_date,
				group,
				display_date
			}))
		).toEqual([
			{
				unique_id: 'day',
				start_date: { year: 2020, month: 7, day: 21 },
				end_date: undefined,
				group: 'Meeting',
				display_date: '21 Jul 2020'
			},
			{
				unique_id: 'week',
				start_date: { year: 2020, month: 7, day: 13 },
				end_date: { year: 2020, month: 7, day: 19 },
				group: 'Phone call',
				display_date: '13–19 Jul 2020 (approx.)'
			},
			{
				unique_id: 'month',
				start_date: { year: 2021, month: 3 },
				end_date: undefined,
				group: 'Agreement',
				display_date: 'Mar 2021'
			}
		]);
	});

	it('gives the excerpt and source links as escaped HTML, linking web addresses only', () => {
		const week = json.events[1].text!;
		expect(week.headline).toBe('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
		expect(week.text).toContain('<blockquote>-Alpha &quot;phoned&quot; Beta;');
		expect(week.text).toContain(
			'<a href="https://example.org/news/1/ministers-meet">Harbour Post, “Ministers meet, talk; &quot;trade&quot; &amp; &lt;ports&gt;”, 22 Jul 2020</a>'
		);
		expect(week.text).toContain('; bare_0123.txt, no date</p>');
		expect(week.text).not.toContain('javascript:');
		expect(week.text).toContain('<a href="https://timeline.example.org/events/week">');
		expect(week.text).not.toMatch(/<(?!\/?(p|a|blockquote)\b)/);
	});
});
