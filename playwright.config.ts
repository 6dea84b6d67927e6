import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { EDITING_PORT, EDITOR_PASSWORD, HOSTILE_PORT, PORT } from './tests/e2e/servers';

/**
 * End-to-end tests run real Chromium against the built app, served on a database ingested fresh
 * from corpus/. Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

const E2E_DB = 'test-results/e2e/timeline.db';
/**
 * The second server's corpus is corpus/ plus articles full of markup and script
 * (tests/fixtures/hostile/), to prove article text never runs as code on any page.
 */
const HOSTILE_DIR = 'test-results/e2e-hostile';
/** The editing server's corpus: a copy of tests/fixtures/corrections/, which its tests correct. */
const EDITING_DIR = 'test-results/e2e-editing';

const serverEnv = (port: number, db: string) => ({
	PORT: String(port),
	HOST: '127.0.0.1',
	TIMELINE_DB: db,
	TIMELINE_INGEST_ON_START: '0',
	ORIGIN: `http://127.0.0.1:${port}`
});

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/playwright',
	fullyParallel: true,
	workers: 2,
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
	webServer: [
		{
			command: `rm -rf test-results/e2e && node --import tsx scripts/ingest.ts --db ${E2E_DB} --quiet && node build`,
			url: `http://127.0.0.1:${PORT}/api/events.json`,
			reuseExistingServer: false,
			timeout: 120_000,
			env: serverEnv(PORT, E2E_DB)
		},
		{
			command:
				`rm -rf ${HOSTILE_DIR} && mkdir -p ${HOSTILE_DIR}/corpus && ` +
				`cp corpus/* tests/fixtures/hostile/* ${HOSTILE_DIR}/corpus/ && ` +
				`node --import tsx scripts/ingest.ts --quiet && node build`,
			url: `http://127.0.0.1:${HOSTILE_PORT}/api/events.json`,
			reuseExistingServer: false,
			timeout: 120_000,
			env: {
				...serverEnv(HOSTILE_PORT, `${HOSTILE_DIR}/timeline.db`),
				TIMELINE_CORPUS: `${HOSTILE_DIR}/corpus`
			}
		},
		{
			command:
				`rm -rf ${EDITING_DIR} && mkdir -p ${EDITING_DIR}/corpus && ` +
				`cp tests/fixtures/corrections/* ${EDITING_DIR}/corpus/ && ` +
				`node --import tsx scripts/ingest.ts --quiet && node build`,
			url: `http://127.0.0.1:${EDITING_PORT}/api/events.json`,
			reuseExistingServer: false,
			timeout: 120_000,
			env: {
				...serverEnv(EDITING_PORT, `${EDITING_DIR}/timeline.db`),
				TIMELINE_CORPUS: `${EDITING_DIR}/corpus`,
				TIMELINE_EDITOR_PASSWORD: EDITOR_PASSWORD
			}
		}
	]
});
