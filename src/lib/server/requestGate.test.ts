import { describe, expect, it } from 'vitest';
import { RequestGate } from './requestGate';

const answers = {
	overloaded: () => new Response('busy', { status: 503 }),
	gone: () => new Response(null, { status: 499 })
};

describe('RequestGate', () => {
	it('works requests up to its limit and turns the rest away at once', async () => {
		const gate = new RequestGate(3);
		let worked = 0;
		const work = async () => (worked++, new Response('ok'));
		const statuses = await Promise.all(
			Array.from({ length: 5 }, () => gate.admit(new AbortController().signal, work, answers))
		);
		expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 503, 503]);
		expect(worked).toBe(3);
		expect(gate.inFlight).toBe(0);
		// Room again once they are answered.
		expect((await gate.admit(new AbortController().signal, work, answers)).status).toBe(200);
	});

	it('does not work on a request whose client went away while it waited', async () => {
		const gate = new RequestGate(10);
		const client = new AbortController();
		let worked = false;
		const pending = gate.admit(
			client.signal,
			async () => ((worked = true), new Response()),
			answers
		);
		client.abort();
		expect((await pending).status).toBe(499);
		expect(worked).toBe(false);
	});

	it('leaves no request counted when the work throws', async () => {
		const gate = new RequestGate(1);
		const failing = gate.admit(
			new AbortController().signal,
			() => Promise.reject(new Error('boom')),
			answers
		);
		await expect(failing).rejects.toThrow('boom');
		expect(gate.inFlight).toBe(0);
	});

	it('lets requests waiting for their turn go before background work that yields to them', async () => {
		const gate = new RequestGate(10);
		const order: string[] = [];
		const background = gate.yieldToWaiting().then(() => order.push('background'));
		const request = gate.admit(
			new AbortController().signal,
			async () => (order.push('request'), new Response()),
			answers
		);
		await Promise.all([background, request]);
		expect(order).toEqual(['request', 'background']);
	});
});
