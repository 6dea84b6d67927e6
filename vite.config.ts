import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Build-time plugin timing notes are noise in every `npm start` and CI log.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		// Unit tests run in Node; browser behaviour is covered by Playwright under tests/e2e.
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'tests/unit/**/*.test.ts',
			'bench/**/*.test.ts'
		],
		environment: 'node',
		testTimeout: 60_000
	}
});
