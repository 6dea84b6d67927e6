/**
 * Article text is untrusted. A server whose corpus holds an article full of script, event
 * handlers and `javascript:` links (tests/fixtures/hostile/) must show all of it as plain text on
 * every page: no dialog opens, no payload runs, no such element or link is created.
 */
import type { Page } from '@playwright/test';
import type { ExportJson } from '../../src/lib/types';
import { expect, test } from './fixtures';
import { HOSTILE_PORT } from './servers';

test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` });

const SOURCE = 'hostile_markup';

async function expectInert(page: Page, dialogs: string[]) {
	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	await expect(
		page.locator('main :is(script, img, iframe, object, embed, svg[onload])')
	).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:" i], [onerror], [onload]')).toHaveCount(0);
}

test('markup in articles is shown as text and never runs, on every page', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const data = (await (await page.request.get('/api/events.json')).json()) as ExportJson;
	const events = data.events.filter((event) =>
		event.mentions.some((mention) => mention.sourceId === SOURCE)
	);
	expect(events.length).toBeGreaterThan(0);

	await page.goto(`/sources/${SOURCE}`);
	await expect(page.locator('pre.body')).toContainText("<script>window.__pwned = 'body'");
	await expect(page.locator('pre.body')).toContainText('<img src=x onerror=');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
	await expect(page.locator('article header')).toContainText('<img src=x onerror=');
	// The stored javascript: address is shown, not linked.
	await expect(page.locator('article header code').first()).toContainText('javascript:');
	await expectInert(page, dialogs);

	for (const event of events) {
		await page.goto(`/events/${event.id}`);
		await expect(page.locator('blockquote').first()).toContainText('<');
		await expectInert(page, dialogs);
	}

	for (const path of ['/', `/?event=${events[0].id}`, '/?q=script']) {
		await page.goto(path);
		await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
		await expectInert(page, dialogs);
	}
	await expect(page.locator('.event-list')).toContainText('<script>');
});
