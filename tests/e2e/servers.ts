/** Where the end-to-end servers listen (see playwright.config.ts). */
export const PORT = 4317;
/** The server whose corpus adds tests/fixtures/hostile/ to corpus/. */
export const HOSTILE_PORT = 4318;
