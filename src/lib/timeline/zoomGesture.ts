/**
 * Wheel, drag and pinch on the plot move a `ZoomState`, by d3-zoom; a double-click zooms in about
 * the pointer (out with Shift) through the state's own animation. The behaviour only writes the
 * state; the axis and marks are derived from it. d3-zoom keeps a transform of its own on the
 * element: whenever a gesture begins it is set from the domain on screen, so moves made elsewhere
 * (buttons, keys, animations, the list) need no syncing back, and its scale and translate extents
 * are the state's limits, so a gesture stops where the state would.
 */
import { scaleUtc } from 'd3-scale';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { ZoomState } from './zoomState.svelte';

/** A press that moves this far (px) is a drag, and the click that ends it is not a click. */
const CLICK_DISTANCE = 4;
const DOUBLE_CLICK_MS = 300;

export interface ZoomGestureOptions {
	/** The reactive pixel width of the plot. */
	width: () => number;
	/** A double-click here is not a zoom (on a mark it opens the event, say). */
	keepDoubleClick?: (event: MouseEvent) => boolean;
}

/** A wheel event that is mostly sideways (trackpad swipe): it pans rather than zooms. */
function isSidewaysWheel(event: WheelEvent): boolean {
	return Math.abs(event.deltaX) > Math.abs(event.deltaY);
}

type GestureEvent = MouseEvent | WheelEvent | TouchEvent;

export function zoomGesture(
	state: ZoomState,
	{ width, keepDoubleClick }: ZoomGestureOptions
): Attachment<SVGSVGElement> {
	return (svg) => {
		// d3-zoom's transforms are relative to this scale: the bounds panning may not leave, or
		// without data the view the plot opened on. Untracked: the attachment would be set up
		// again, mid-gesture, whenever the view moves.
		const opening = untrack(() => state.domain);
		const reference = () => scaleUtc(state.limits.bounds ?? opening, [0, Math.max(1, width())]);
		const behaviour = zoom<SVGSVGElement, unknown>().clickDistance(CLICK_DISTANCE);

		/** Sets d3-zoom's limits and transform from the state, at the start of every gesture. */
		const startFromState = () => {
			const scale = reference();
			const [r0, r1] = scale.domain().map(Number);
			const { minSpan, maxSpan, bounds } = state.limits;
			behaviour.scaleExtent([(r1 - r0) / maxSpan, (r1 - r0) / minSpan]);
			behaviour.translateExtent(
				bounds
					? [
							[scale(bounds[0]), -Infinity],
							[scale(bounds[1]), Infinity]
						]
					: [
							[-Infinity, -Infinity],
							[Infinity, Infinity]
						]
			);
			const [x0, x1] = state.domain.map((instant) => scale(instant));
			const k = scale.range()[1] / (x1 - x0);
			// Written in place, not by `zoom.transform`, which would end a pinch whose second
			// finger is just landing.
			select(svg).property('__zoom', zoomIdentity.translate(-k * x0, 0).scale(k));
		};

		behaviour.filter((event: GestureEvent) => {
			if (event instanceof WheelEvent && isSidewaysWheel(event)) return false;
			// d3-zoom's default: the primary button only (ctrl-click is the context menu on macOS),
			// but a trackpad pinch is a wheel event with ctrl.
			if ((event.ctrlKey && event.type !== 'wheel') || ('button' in event && event.button)) {
				return false;
			}
			startFromState();
			return true;
		});
		behaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			if (!event.sourceEvent) return;
			const [from, to] = event.transform.rescaleX(reference()).domain();
			state.setDomain(from, to);
		});

		const onWheel = (event: WheelEvent) => {
			// Even at a zoom limit, where d3-zoom lets the event through, the wheel is the
			// timeline's: a page that scrolls away from under the pointer loses the reader's place.
			event.preventDefault();
			if (isSidewaysWheel(event)) {
				state.panByPixels(event.deltaX * (event.deltaMode === 1 ? 16 : 1), Math.max(1, width()));
			}
		};

		// d3-zoom's double-click would run a d3 transition (see noTransitions.ts): the state animates it.
		const onDoubleClick = (event: MouseEvent) => {
			if (keepDoubleClick?.(event)) return;
			event.preventDefault();
			const [x] = pointer(event, svg);
			state.zoomAbout(x / Math.max(1, width()), event.shiftKey ? 0.5 : 2, DOUBLE_CLICK_MS);
		};

		select(svg).call(behaviour).on('dblclick.zoom', null);
		svg.addEventListener('wheel', onWheel, { passive: false });
		svg.addEventListener('dblclick', onDoubleClick);
		return () => {
			behaviour.on('zoom', null);
			select(svg).on('.zoom', null);
			svg.removeEventListener('wheel', onWheel);
			svg.removeEventListener('dblclick', onDoubleClick);
		};
	};
}
