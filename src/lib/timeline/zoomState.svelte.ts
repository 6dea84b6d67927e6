/**
 * The visible time domain of the timeline as reactive state. Everything that moves the view
 * (gestures, buttons, keys, the list, animations) goes through this class, and the
 * axis and marks are derived from it: gestures only ever write the domain.
 */
import { utcMidnight } from '../dates/utcMidnight';
import { DAY_MS, daySpan } from './isoDay';
import { scaleUtc } from 'd3-scale';
import type { TimeScale } from './timeScale';
import type { TimelineData } from './types';
import {
	clampDomain,
	domainShowing,
	interpolateDomain,
	panDomain,
	zoomDomainAbout,
	type Domain,
	type ZoomLimits
} from './zoomDomain';

/** Narrowest view: a few hours, enough to separate the events of one day. */
export const MIN_SPAN_MS = 6 * 3_600_000;
/** Widest view without data: about a century. With data, the widest view is its extent plus a margin. */
export const MAX_SPAN_MS = 100 * 365.25 * DAY_MS;
/** Panning may go this far past the first and last event (fraction of the extent, at least a month). */
const EXTENT_MARGIN = 0.1;
const MIN_EXTENT_MARGIN_MS = 31 * DAY_MS;

export interface ZoomStateOptions {
	from: Date;
	to: Date;
	/** First and last dated event; panning stays within it plus a margin. */
	extent?: { from: Date; to: Date } | null;
	minSpanMs?: number;
	maxSpanMs?: number;
}

function prefersReducedMotion(): boolean {
	return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function easeCubicInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

export class ZoomState {
	#domain = $state.raw<Domain>([0, 1]);
	#bounds = $state.raw<Domain | null>(null);
	#frame: number | null = null;
	/** Where the running animation is going: a zoom pressed meanwhile starts from there, so presses compose. */
	#target: Domain | null = null;
	/** Settles the promise of the running animation when something else moves the view. */
	#cancelled: (() => void) | null = null;
	readonly minSpan: number;
	readonly maxSpan: number;

	constructor(options: ZoomStateOptions) {
		this.minSpan = options.minSpanMs ?? MIN_SPAN_MS;
		this.maxSpan = options.maxSpanMs ?? MAX_SPAN_MS;
		this.#bounds = boundsOf(options.extent ?? null);
		this.#domain = clampDomain([+options.from, +options.to], this.limits);
	}

	// The Dates are never mutated, only replaced, so plain Date (not SvelteDate) is right here.
	/* eslint-disable svelte/prefer-svelte-reactivity */
	/** Start of the visible domain. */
	readonly from: Date = $derived(new Date(this.#domain[0]));
	/** End of the visible domain (exclusive). */
	readonly to: Date = $derived(new Date(this.#domain[1]));
	/* eslint-enable svelte/prefer-svelte-reactivity */

	/** The visible domain in epoch milliseconds. */
	get domain(): Domain {
		return this.#domain;
	}

	get span(): number {
		return this.#domain[1] - this.#domain[0];
	}

	/** Zooming out stops at the bounds (the data's extent plus a margin): wider shows only empty years. */
	get limits(): ZoomLimits {
		const bounds = this.#bounds;
		const maxSpan = bounds ? Math.min(this.maxSpan, bounds[1] - bounds[0]) : this.maxSpan;
		return { minSpan: Math.min(this.minSpan, maxSpan), maxSpan, bounds };
	}

	get atMinSpan(): boolean {
		return this.span <= this.minSpan * 1.0001;
	}

	get atMaxSpan(): boolean {
		return this.span >= this.limits.maxSpan * 0.9999;
	}

	/** d3's UTC time scale mapping the visible domain onto [0, width]. */
	scale(width: number): TimeScale {
		return scaleUtc([this.from, this.to], [0, width]);
	}

	/** New data: panning is re-limited to its extent and the view moved inside if it lies outside. */
	setExtent(extent: { from: Date; to: Date } | null): void {
		this.#bounds = boundsOf(extent);
		this.#write(clampDomain(this.domain, this.limits));
	}

	setDomain(from: Date, to: Date): void {
		this.cancelAnimation();
		this.#write(clampDomain([+from, +to], this.limits));
	}

	/**
	 * Zooms by `factor` (> 1 zooms in) keeping the instant at `pointerFraction` of the width
	 * still, over `ms` milliseconds.
	 */
	zoomAbout(pointerFraction: number, factor: number, ms = 0): Promise<void> {
		return this.#animate(zoomDomainAbout(this.domain, pointerFraction, factor, this.limits), ms);
	}

	/**
	 * Zooms by `factor` (> 1 zooms in) about the centre, over `ms` milliseconds (buttons and keys).
	 * A press during the animation of the last one zooms on from where that one was going, so four
	 * quick presses go as far as four slow ones.
	 */
	zoomBy(factor: number, ms = 0): Promise<void> {
		const from = this.#target ?? this.domain;
		return this.#animate(zoomDomainAbout(from, 0.5, factor, this.limits), ms);
	}

	/** Moves the view by `fraction` of its span; positive moves later in time. */
	panBy(fraction: number): void {
		this.cancelAnimation();
		this.#write(panDomain(this.domain, fraction, this.limits));
	}

	/** Moves the view by `px` pixels of a `width`-pixel axis; positive moves later in time. */
	panByPixels(px: number, width: number): void {
		this.panBy(px / width);
	}

	/** Brings [start, end] into view, keeping the zoom level. */
	show(start: Date, end: Date, ms = 0): Promise<void> {
		return this.#animate(domainShowing(this.domain, [+start, +end]), ms);
	}

	/** Centres the view on `date`, keeping the zoom level. */
	centreOn(date: Date, ms = 0): Promise<void> {
		const half = this.span / 2;
		return this.#animate([+date - half, +date + half], ms);
	}

	/** Shows exactly one calendar month (UTC): its first day 00:00 to the next month's. `month` is 1–12. */
	zoomToMonth(year: number, month: number, ms = 0): Promise<void> {
		return this.#animate([utcMidnight(year, month, 1), utcMidnight(year, month + 1, 1)], ms);
	}

	/**
	 * Moves to [from, to] over `ms` milliseconds, one step per animation frame; instant when
	 * `ms` is 0, when the reader prefers reduced motion, or outside a browser. Any other move
	 * cancels it. Resolves when the view arrives or the animation is cancelled.
	 */
	animateTo(from: Date, to: Date, ms = 350): Promise<void> {
		return this.#animate([+from, +to], ms);
	}

	#animate(domain: Domain, ms: number): Promise<void> {
		this.cancelAnimation();
		const target = clampDomain(domain, this.limits);
		if (ms <= 0 || prefersReducedMotion() || typeof requestAnimationFrame === 'undefined') {
			this.#write(target);
			return Promise.resolve();
		}
		const path = interpolateDomain(this.domain, target);
		this.#target = target;
		return new Promise((resolve) => {
			let started: number | null = null;
			const step = (now: number) => {
				started ??= now;
				const t = Math.min(1, (now - started) / ms);
				this.#write(path(easeCubicInOut(t)));
				this.#frame = t < 1 ? requestAnimationFrame(step) : null;
				if (t >= 1) {
					this.#target = null;
					this.#cancelled = null;
					resolve();
				}
			};
			this.#frame = requestAnimationFrame(step);
			this.#cancelled = resolve;
		});
	}

	cancelAnimation(): void {
		if (this.#frame !== null) cancelAnimationFrame(this.#frame);
		this.#frame = null;
		this.#target = null;
		this.#cancelled?.();
		this.#cancelled = null;
	}

	#write(domain: Domain): void {
		// Sub-millisecond differences are float noise from re-clamping; writing them would
		// wake every dependant for nothing (and could ping-pong between two roundings).
		const moved = Math.abs(domain[0] - this.#domain[0]) + Math.abs(domain[1] - this.#domain[1]);
		if (moved >= 1e-3) this.#domain = domain;
	}
}

function boundsOf(extent: { from: Date; to: Date } | null): Domain | null {
	if (!extent) return null;
	const span = +extent.to - +extent.from;
	const margin = Math.max(EXTENT_MARGIN * span, MIN_EXTENT_MARGIN_MS);
	return [+extent.from - margin, +extent.to + margin];
}

/** The instants of an inclusive ISO-day extent: its first day 00:00 to the day after its last. */
export function extentDates(extent: TimelineData['extent']): { from: Date; to: Date } | null {
	if (!extent) return null;
	const [from, to] = daySpan(extent.from, extent.to);
	return { from, to };
}

/** A zoom state showing the data's window, panning limited to its extent. */
export function zoomStateFor(data: Pick<TimelineData, 'window' | 'extent'>): ZoomState {
	const [from, to] = daySpan(data.window.from, data.window.to);
	return new ZoomState({ from, to, extent: extentDates(data.extent) });
}
