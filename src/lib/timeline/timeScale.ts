/**
 * The timeline's time scale: d3-scale's `scaleUtc`, from instants (Dates or epoch milliseconds)
 * to pixels, with its calendar ticks. UTC because event dates are zone-free calendar days.
 */
import type { ScaleTime } from 'd3-scale';

export type TimeScale = ScaleTime<number, number>;
