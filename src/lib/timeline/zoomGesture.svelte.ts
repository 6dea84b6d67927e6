/**
 * Attaches d3-zoom to an SVG so that wheel, drag and pinch move a `ZoomState`. The behaviour
 * only writes the state, at most once per animation frame; the axis and marks are derived
 * from the state, and moves made elsewhere (buttons, keys, animations) are copied back into
 * d3-zoom's transform so the next gesture starts from the view on screen.
 */
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { ZoomState } from './zoomState.svelte';

/** A wheel event that is mostly sideways (trackpad swipe): it pans rather than zooms. */
function isSidewaysWheel(event: Event): event is WheelEvent {
	return event instanceof WheelEvent && Math.abs(event.deltaX) > Math.abs(event.deltaY);
}

/** `width` reads the reactive pixel width of the plot, so a resize re-syncs the transform. */
export function zoomGesture(state: ZoomState, width: () => number): Attachment<SVGSVGElement> {
	return (svg) => {
		let frame = 0;
		let pendingTransform: ZoomTransform | null = null;
		let pendingPan = 0;

		const flush = () => {
			frame = 0;
			if (pendingTransform) state.setFromTransform(pendingTransform, width());
			if (pendingPan) state.panByPixels(pendingPan, width());
			pendingTransform = null;
			pendingPan = 0;
		};
		const schedule = () => {
			frame ||= requestAnimationFrame(flush);
		};

		const behaviour = zoom<SVGSVGElement, unknown>()
			.extent(() => [
				[0, 0],
				[width(), svg.clientHeight]
			])
			.scaleExtent(state.scaleExtent())
			// A click that wobbles a few pixels is still a click on a mark, not a drag.
			.clickDistance(4)
			.constrain((transform, extent) =>
				state.constrainTransform(transform, extent[1][0] - extent[0][0])
			)
			// d3's default filter (no right button, ctrl only for pinch-wheel), minus sideways wheels.
			.filter((event: MouseEvent) => {
				if (isSidewaysWheel(event)) return false;
				return (!event.ctrlKey || event.type === 'wheel') && !event.button;
			})
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				// Events without a source are our own syncs below.
				if (!event.sourceEvent) return;
				pendingTransform = event.transform;
				schedule();
			});

		const onWheel = (event: WheelEvent) => {
			if (!isSidewaysWheel(event)) return;
			event.preventDefault();
			pendingPan += event.deltaX * (event.deltaMode === 1 ? 16 : 1);
			schedule();
		};

		const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
		svg.addEventListener('wheel', onWheel, { passive: false });

		$effect(() => {
			const current = zoomTransform(svg);
			const wanted = state.toTransform(width());
			if (
				Math.abs(current.k - wanted.k) > 1e-9 * wanted.k ||
				Math.abs(current.x - wanted.x) > 0.01
			) {
				behaviour.transform(selection, wanted);
			}
		});

		return () => {
			if (frame) cancelAnimationFrame(frame);
			selection.on('.zoom', null);
			svg.removeEventListener('wheel', onWheel);
		};
	};
}
