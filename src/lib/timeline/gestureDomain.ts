/**
 * What wheel, drag and pinch gestures do to a visible time domain, as pure arithmetic. The
 * conventions are d3-zoom's (the wheel's zoom rate, the instants under the pointers staying
 * under them), written out here because d3-zoom and its transitions weighed a fifth of the
 * page's JavaScript while the timeline only needs this one-dimensional case.
 */
import type { Domain } from './zoomDomain';

/** A pointer's position in pixels from the plot's top-left corner. */
export interface GesturePoint {
	x: number;
	y: number;
}

/** How a gesture began: the domain then, and where its pointers (one or two) were. */
export interface GestureStart {
	domain: Domain;
	points: readonly GesturePoint[];
}

/**
 * The zoom factor (> 1 zooms in) of one wheel event, as d3-zoom's default `wheelDelta`: lines
 * and pages count more than pixels, and a trackpad pinch (a wheel with ctrl) zooms faster.
 */
export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>) {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return Math.pow(2, -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

/**
 * The domain in which the instants that were under the pointers at the start of a gesture are
 * under them again, across a `width`-pixel plot. One pointer pans; with two, the span follows
 * the distance between them and the instant at their midpoint follows the midpoint.
 */
export function gestureDomain(
	start: GestureStart,
	points: readonly GesturePoint[],
	width: number
): Domain {
	const [from, to] = start.domain;
	const span = to - from;
	const before = centre(start.points);
	const anchor = from + (before.x / width) * span;
	const startDistance = distance(start.points);
	const nowDistance = distance(points);
	// Fingers that meet (or a second one that has not moved apart yet) cannot set a scale.
	const newSpan =
		startDistance > 0 && nowDistance > 0 ? (span * startDistance) / nowDistance : span;
	const x = centre(points).x;
	const newFrom = anchor - (x / width) * newSpan;
	return [newFrom, newFrom + newSpan];
}

function centre(points: readonly GesturePoint[]): GesturePoint {
	if (points.length < 2) return points[0];
	return { x: (points[0].x + points[1].x) / 2, y: (points[0].y + points[1].y) / 2 };
}

/** Distance between the first two points; 0 for a single point. */
function distance(points: readonly GesturePoint[]): number {
	if (points.length < 2) return 0;
	return Math.hypot(points[1].x - points[0].x, points[1].y - points[0].y);
}
