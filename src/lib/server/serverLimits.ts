import type { Server } from 'node:http';

/**
 * Time limits of the HTTP server (adapter-node creates it; its defaults let a request take five
 * minutes to arrive and a socket whose client stopped reading stay open for ever, its response
 * held in memory). Applied by the first request's hook, before the server has sockets to speak
 * of; `KEEP_ALIVE_TIMEOUT` and `HEADERS_TIMEOUT` remain adapter-node's to set.
 */
export const SERVER_LIMITS = {
	/** The whole request (headers and body) must arrive within this. */
	requestTimeoutMs: 30_000,
	headersTimeoutMs: 15_000,
	/** A socket with nothing read or written for this long is closed (a client not reading). */
	idleSocketMs: 60_000
};

const limited = new WeakSet<Server>();

export function applyServerLimits(server: Server | undefined): void {
	if (!server || limited.has(server)) return;
	limited.add(server);
	server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
	if (!process.env.HEADERS_TIMEOUT) server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
	server.timeout = SERVER_LIMITS.idleSocketMs;
}
