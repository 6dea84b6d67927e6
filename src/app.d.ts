// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown on the error page: what the user can do next. */
			hint?: string;
		}
		/** adapter-node's: the Node request (absent under vite dev). */
		interface Platform {
			req: import('node:http').IncomingMessage;
		}
	}
}

export {};
