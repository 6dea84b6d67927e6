/**
 * Quality bars: accessibility (axe, keyboard, live announcements, reduced motion), the Content
 * Security Policy, and error pages that explain themselves instead of failing.
 */
import type { ExportJson } from '../../src/lib/types';
import { expect, seriousViolations, test, timelineReady, viewDomain } from './fixtures';

test.describe('accessibility', () => {
	test('axe finds no serious or critical violations on /, an event page and a source page', async ({
		page
	}) => {
		// axe walks every node of three pages; on a loaded machine that takes over 30 s.
		test.slow();
		const data = (await (await page.request.get('/api/events.json')).json()) as ExportJson;
		await page.goto('/');
		await timelineReady(page);
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto(`/events/${data.events[0].id}`);
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto(`/sources/${data.events[0].mentions[0].sourceId}`);
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('the timeline works from the keyboard and announces the selected event', async ({
		page
	}) => {
		const data = (await (await page.request.get('/api/events.json')).json()) as ExportJson;
		const dated = data.events.filter((event) => event.date.start);
		await page.goto('/');
		await timelineReady(page);
		const plot = page.locator('[aria-roledescription="timeline"]');
		for (
			let press = 0;
			press < 40 && !(await plot.evaluate((el) => el === document.activeElement));
			press++
		) {
			await page.keyboard.press('Tab');
		}
		await expect(plot).toBeFocused();
		expect(await plot.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

		const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
		await page.keyboard.press('Home');
		await expect(live).toContainText(dated[0].title);
		await page.keyboard.press('ArrowRight');
		await expect(live).toContainText(dated[1].title);
		await page.keyboard.press('ArrowLeft');
		await expect(live).toContainText(dated[0].title);
		await page.keyboard.press('End');
		await expect(live).toContainText(dated.at(-1)!.title);
		await expect(page.locator(`g.mark.selected[data-id="${dated.at(-1)!.id}"]`)).toHaveCount(1);

		await page.keyboard.press('Escape');
		await expect(live).toBeEmpty();
		await expect(page.locator('g.mark.selected')).toHaveCount(0);

		await page.keyboard.press('Home');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`/events/${dated[0].id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(dated[0].title);
	});

	test('with reduced motion the view jumps instead of animating', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?from=2020-06-01&to=2020-12-31');
		await timelineReady(page);
		const [from, to] = await viewDomain(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		// No waiting: the first look after the click already sees the final view.
		const [nextFrom, nextTo] = await viewDomain(page);
		expect((nextTo - nextFrom) / (to - from)).toBeCloseTo(0.5, 6);
	});
});

test.describe('Content Security Policy', () => {
	test('is sent with every page, and pages work under it', async ({ page }) => {
		for (const path of ['/', '/2021/02']) {
			const response = await page.goto(path);
			const policy = response!.headers()['content-security-policy'];
			expect(policy).toContain("script-src 'self' 'sha256-");
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("default-src 'self'");
			await timelineReady(page);
		}
		// Violations would be console errors, which the fixture turns into failures.
	});
});

test.describe('error pages', () => {
	test.use({ allowedConsole: /status of 40[04]/ });

	test('an unknown event is a 404 page that offers a search', async ({ page }) => {
		for (const path of ['/events/no-such-event', '/?event=no-such-event']) {
			const response = await page.goto(path);
			expect(response!.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
			await expect(
				page.getByRole('searchbox', { name: 'Search the events instead' })
			).toBeVisible();
		}
	});

	test('malformed days and months are 400 pages that say what is wrong', async ({ page }) => {
		const cases: [string, string][] = [
			['/?from=2020-02-31', 'is not a day of the calendar'],
			['/?from=yesterday', 'must be a date like 2020-07-01'],
			['/?from=2021-01-01&to=2020-01-01', "'from' must not be after 'to'"],
			['/2020/13', 'must be a number from 01 to 12'],
			['/20201/07', 'must have four digits'],
			['/?month=July', 'must be a month like 2020-07']
		];
		for (const [path, message] of cases) {
			const response = await page.goto(path);
			expect(response!.status(), path).toBe(400);
			await expect(page.getByText(message)).toBeVisible();
		}
	});

	test('odd addresses are never a server error', async ({ request }) => {
		const paths = [
			'/events/%00',
			'/events/..%2F..%2Fetc%2Fpasswd',
			'/sources/%E2%80%8B',
			'/?type=%3Cscript%3E',
			`/?q=${'x'.repeat(400)}`,
			'/?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			'/?actor=UPPER',
			'/0000/00',
			'/9999/12',
			'/?from=0001-01-01&to=9999-12-31',
			'/?to=2020-01-01'
		];
		for (const path of paths) {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBeLessThan(500);
		}
	});
});
