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

	it('works admitted requests one at a time, in the order they came', async () => {
		const gate = new RequestGate(10);
		const log: string[] = [];
		const work = (name: string) => async () => {
			log.push(`${name} starts`);
			// An asynchronous step: started together, the requests would interleave here.
			await new Promise((resolve) => setTimeout(resolve, 5));
			log.push(`${name} ends`);
			return new Response(name);
		};
		const signal = new AbortController().signal;
		await Promise.all(['a', 'b', 'c'].map((name) => gate.admit(signal, work(name), answers)));
		expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
	});

	it('lets background work that yields take a step after each request, not wait for all', async () => {
		const gate = new RequestGate(20);
		const log: string[] = [];
		const signal = new AbortController().signal;
		const requests = Array.from({ length: 4 }, (_, i) =>
			gate.admit(signal, async () => (log.push(`request ${i}`), new Response()), answers)
		);
		const background = (async () => {
			for (let step = 0; step < 3; step++) {
				await gate.yieldToWaiting();
				log.push(`step ${step}`);
			}
		})();
		await Promise.all([...requests, background]);
		expect(log).toEqual([
			'request 0',
			'step 0',
			'request 1',
			'step 1',
			'request 2',
			'step 2',
			'request 3'
		]);
	});

	it('lets the requests waiting go first while a request waits for work done elsewhere', async () => {
		const gate = new RequestGate(10);
		const log: string[] = [];
		const signal = new AbortController().signal;
		let finishElsewhere = () => {};
		const elsewhere = new Promise<string>((resolve) => (finishElsewhere = () => resolve('rows')));
		const slow = gate.admit(
			signal,
			async () => {
				log.push('slow starts');
				const rows = await gate.whileAway(elsewhere);
				log.push(`slow has ${rows}`);
				return new Response(rows);
			},
			answers
		);
		const cheap = (name: string) =>
			gate.admit(signal, async () => (log.push(name), new Response(name)), answers);
		await Promise.all([cheap('cheap 1'), cheap('cheap 2')]);
		expect(log).toEqual(['slow starts', 'cheap 1', 'cheap 2']);
		finishElsewhere();
		// Back on the thread, after a request that came meanwhile, and still one at a time.
		const later = cheap('cheap 3');
		await Promise.all([slow, later]);
		expect(log).toEqual(['slow starts', 'cheap 1', 'cheap 2', 'cheap 3', 'slow has rows']);
		expect(gate.inFlight).toBe(0);
		expect(await cheap('after').then((r) => r.text())).toBe('after');
		// Outside a request's turn there is nothing to give up: the gate is left as it is.
		expect(await gate.whileAway(Promise.resolve('outside'))).toBe('outside');
		expect(await cheap('still served').then((r) => r.text())).toBe('still served');
	});
});
