/**
 * Pure arithmetic on a visible time domain `[from, to]` in epoch milliseconds: zooming about
 * a pivot, panning and keeping within limits, for the reactive `ZoomState`.
 */

export type Domain = readonly [from: number, to: number];

export interface ZoomLimits {
	/** Narrowest allowed span (ms). */
	minSpan: number;
	/** Widest allowed span (ms). */
	maxSpan: number;
	/** The span panning may not leave, or null for unbounded panning. */
	bounds: Domain | null;
}

/** Resizes the span about its centre to fit the span limits, then shifts it inside the bounds. */
export function clampDomain([from, to]: Domain, limits: ZoomLimits): Domain {
	const span = Math.min(limits.maxSpan, Math.max(limits.minSpan, to - from));
	if (span === to - from) return shiftIntoBounds([from, to], limits.bounds);
	const centre = (from + to) / 2;
	return shiftIntoBounds([centre - span / 2, centre + span / 2], limits.bounds);
}

function shiftIntoBounds([from, to]: Domain, bounds: Domain | null): Domain {
	if (!bounds) return [from, to];
	const span = to - from;
	// A view wider than the bounds is centred on them.
	if (span >= bounds[1] - bounds[0]) {
		const centre = (bounds[0] + bounds[1]) / 2;
		return [centre - span / 2, centre + span / 2];
	}
	if (from < bounds[0]) return [bounds[0], bounds[0] + span];
	if (to > bounds[1]) return [bounds[1] - span, bounds[1]];
	return [from, to];
}

/**
 * Zooms by `factor` (> 1 zooms in) about the instant at `fraction` of the width, which stays
 * at the same fraction unless a limit forces the view to move.
 */
export function zoomDomainAbout(
	[from, to]: Domain,
	fraction: number,
	factor: number,
	limits: ZoomLimits
): Domain {
	const pivot = from + fraction * (to - from);
	const span = Math.min(limits.maxSpan, Math.max(limits.minSpan, (to - from) / factor));
	return shiftIntoBounds([pivot - fraction * span, pivot + (1 - fraction) * span], limits.bounds);
}

/** Moves the view by `fraction` of its span (positive moves later in time). */
export function panDomain([from, to]: Domain, fraction: number, limits: ZoomLimits): Domain {
	const shift = fraction * (to - from);
	return clampDomain([from + shift, to + shift], limits);
}

/**
 * The smallest move that brings [start, end] into view with `padding` (a fraction of the span)
 * on either side; the span is kept, and a target wider than the view is centred.
 */
export function domainShowing([from, to]: Domain, [start, end]: Domain, padding = 0.1): Domain {
	const span = to - from;
	const pad = padding * span;
	if (end - start > span - 2 * pad) {
		const centre = (start + end) / 2;
		return [centre - span / 2, centre + span / 2];
	}
	if (start < from + pad) return [start - pad, start - pad + span];
	if (end > to - pad) return [end + pad - span, end + pad];
	return [from, to];
}

/**
 * A smooth path between two domains: the centre moves linearly while the span changes
 * geometrically, so zooming feels uniform at every scale. `t` is in [0, 1].
 */
export function interpolateDomain(start: Domain, end: Domain): (t: number) => Domain {
	const c0 = (start[0] + start[1]) / 2;
	const c1 = (end[0] + end[1]) / 2;
	const s0 = start[1] - start[0];
	const ratio = (end[1] - end[0]) / s0;
	return (t) => {
		const centre = c0 + (c1 - c0) * t;
		const span = s0 * Math.pow(ratio, t);
		return t >= 1 ? end : [centre - span / 2, centre + span / 2];
	};
}
