/**
 * Where things sit on the followership plane, drawn in SVG: active engagement across (0 on the
 * left), independent critical thinking up (0 at the bottom), as in Kelley's picture, each 0–60.
 */

export const PLANE = { left: 44, top: 12, right: 12, bottom: 40, plot: 280 } as const;
export const PLANE_WIDTH = PLANE.left + PLANE.plot + PLANE.right;
export const PLANE_HEIGHT = PLANE.top + PLANE.plot + PLANE.bottom;

export interface Regions {
  low: number;
  high: number;
  max: number;
}

export interface Point {
  it: number;
  ae: number;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/** The SVG coordinates of a point on the two axes. */
export function toSvg(point: Point, regions: Regions): { x: number; y: number } {
  return {
    x: PLANE.left + (clamp(point.ae, regions.max) / regions.max) * PLANE.plot,
    y: PLANE.top + PLANE.plot - (clamp(point.it, regions.max) / regions.max) * PLANE.plot,
  };
}

/** An axis value's position along the drawn plot (for ticks and region edges). */
export const along = (value: number, regions: Regions): number => (value / regions.max) * PLANE.plot;

/**
 * The arrow from one point to another, stopped `gap` short of each end so it starts outside the
 * first mark and its head rests on the edge of the second; null when they are too close to draw one.
 */
export function arrowBetween(
  from: { x: number; y: number },
  to: { x: number; y: number },
  gap: number,
): { x1: number; y1: number; x2: number; y2: number } | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= gap * 2) return null;
  const ux = dx / length;
  const uy = dy / length;
  return { x1: from.x + ux * gap, y1: from.y + uy * gap, x2: to.x - ux * gap, y2: to.y - uy * gap };
}

export type Corner = "exemplary" | "alienated" | "conformist" | "passive";

/** The four corner regions (both axes beyond a cut-off), in axis values; the rest is pragmatist. */
export function cornerRegions(
  regions: Regions,
): { style: Corner; it: [number, number]; ae: [number, number] }[] {
  const { low, high, max } = regions;
  return [
    { style: "alienated", it: [high, max], ae: [0, low] },
    { style: "exemplary", it: [high, max], ae: [high, max] },
    { style: "passive", it: [0, low], ae: [0, low] },
    { style: "conformist", it: [0, low], ae: [high, max] },
  ];
}
