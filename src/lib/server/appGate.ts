import { RequestGate } from './requestGate';

/**
 * The web server's request gate: requests admitted and not yet answered, at most
 * `TIMELINE_MAX_WAITING_REQUESTS` (128; more are turned away with a 503). Process-wide like the
 * database connection (appDb), so that big responses can let waiting requests go first.
 */
export const appGate = new RequestGate(Number(process.env.TIMELINE_MAX_WAITING_REQUESTS) || 128);
