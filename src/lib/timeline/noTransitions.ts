/**
 * Stands in for d3-transition, which d3-zoom imports only to interrupt a running transition
 * (see vite.config.ts). The timeline never runs a d3 transition: its animations are the zoom
 * state's, and d3-zoom's double-click (the one gesture that would start one) is replaced by the
 * state's animated zoom. The package would cost 4 KB of the page's 80 KB gzipped budget.
 */
export function interrupt(): void {}
