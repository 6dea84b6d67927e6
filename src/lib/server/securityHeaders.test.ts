import { describe, expect, it } from 'vitest';
import { NON_PAGE_CSP, withSecurityHeaders } from './securityHeaders';

describe('withSecurityHeaders', () => {
	it.each([
		['application/json', NON_PAGE_CSP],
		['text/csv; charset=utf-8', NON_PAGE_CSP],
		['text/html', null]
	])('%s gets nosniff, a referrer policy and CSP %s', (type, csp) => {
		const response = withSecurityHeaders(new Response('{}', { headers: { 'content-type': type } }));
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
		expect(response.headers.get('content-security-policy')).toBe(csp);
	});

	it("keeps a route's own policy", () => {
		const own = "frame-ancestors https://example.org; default-src 'self'";
		const response = withSecurityHeaders(
			new Response('<p>', {
				headers: { 'content-type': 'text/html', 'content-security-policy': own }
			})
		);
		expect(response.headers.get('content-security-policy')).toBe(own);
	});

	it('copies a response whose headers are immutable', () => {
		const response = withSecurityHeaders(Response.redirect('http://localhost/x', 303));
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('http://localhost/x');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
