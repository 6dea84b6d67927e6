/**
 * `/embed` shows the view `/` shows for the same address (`from`, `to`, `q`, `actor`, `type`,
 * `lanes`, `event`), so its load is `/`'s: one validation, one window, sources named alike.
 */
export { load } from '../+page.server';
