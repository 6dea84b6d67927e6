import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run real Chromium against the built app, served on a database ingested fresh
 * from corpus/. Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

const PORT = 4317;
const E2E_DB = 'test-results/e2e/timeline.db';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/playwright',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } }
		},
		{
			name: 'mobile',
			use: { ...devices['Pixel 7'], viewport: { width: 375, height: 812 } },
			grep: /@mobile/
		}
	],
	webServer: {
		command: `rm -rf test-results/e2e && node --import tsx scripts/ingest.ts --db ${E2E_DB} --quiet && node build`,
		url: `http://127.0.0.1:${PORT}/api/events.json`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			TIMELINE_DB: E2E_DB,
			TIMELINE_INGEST_ON_START: '0',
			ORIGIN: `http://127.0.0.1:${PORT}`
		}
	}
});
