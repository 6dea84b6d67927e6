/** The part of autocannon 8's programmatic API the load stage uses (it ships no types). */
declare module 'autocannon' {
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		max: number;
		total: number;
	}
	export interface Result {
		duration: number;
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
		latency: Histogram;
		requests: Histogram & { sent: number };
		throughput: Histogram;
	}
	export interface Options {
		url: string;
		connections: number;
		duration: number;
		timeout?: number;
		requests?: { method?: string; path: string }[];
	}
	export default function autocannon(options: Options): Promise<Result>;
}
