/**
 * Shared end-to-end fixtures: every page test fails on a console error, an uncaught exception or
 * a Content Security Policy violation, and can save screenshots for a human to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export { expect };

interface Options {
	/** Console errors a test expects (e.g. the failed load of a 404 page). */
	allowedConsole: RegExp | null;
}

export const test = base.extend<Options & { consoleProblems: string[] }>({
	allowedConsole: [null, { option: true }],
	consoleProblems: [
		async ({ page, allowedConsole }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				const text = message.text();
				const serious =
					message.type() === 'error' || /content security policy|refused to/i.test(text);
				if (serious && !allowedConsole?.test(text)) problems.push(`console: ${text}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
			await use(problems);
			expect(problems, 'console errors, exceptions or CSP violations').toEqual([]);
		},
		{ auto: true }
	]
});

/** Saves a screenshot (of the whole page unless told) as test-results/screenshots/<project>-<name>.png. */
export async function screenshot(
	page: Page,
	testInfo: TestInfo,
	name: string,
	{ fullPage = true } = {}
): Promise<void> {
	mkdirSync('test-results/screenshots', { recursive: true });
	await page.screenshot({
		path: `test-results/screenshots/${testInfo.project.name}-${name}.png`,
		fullPage
	});
}

/** The visible domain of the timeline, in epoch milliseconds. */
export async function viewDomain(page: Page): Promise<[number, number]> {
	const value = await page.locator('[aria-roledescription="timeline"]').getAttribute('data-domain');
	const [from, to] = (value ?? '').split(',').map(Number);
	return [from, to];
}

/** Waits until the view has stopped changing for a while (animations last 300 ms). */
export async function settledDomain(page: Page): Promise<[number, number]> {
	let previous = await viewDomain(page);
	for (let unchanged = 0; unchanged < 3;) {
		await page.waitForTimeout(120);
		const current = await viewDomain(page);
		unchanged = current[0] === previous[0] && current[1] === previous[1] ? unchanged + 1 : 0;
		previous = current;
	}
	return previous;
}

/** Waits until the timeline's script has run (its controls are enabled). */
export async function timelineReady(page: Page): Promise<void> {
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
}

export const DAY_MS = 86_400_000;

/** What axe finds serious or critical on the page, as `rule: targets` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}
