/**
 * Where things sit on the value/effort chart, drawn in SVG: effort across (1 on the left), value
 * up (1 at the bottom), both on the 1–5 rating scale, split at its middle (3) into the four
 * quadrants the server names (`quadrant` in core/movement/priorities.ts: high means above 3).
 */

import type { QuadrantKey } from "#contracts/priorities";
import { RATING_MAX, RATING_MIDDLE, RATING_MIN } from "#core/movement/priorities";

export const CHART = { left: 40, top: 12, right: 12, bottom: 44, plot: 296 } as const;
export const CHART_WIDTH = CHART.left + CHART.plot + CHART.right;
export const CHART_HEIGHT = CHART.top + CHART.plot + CHART.bottom;
/** A point's radius; its number is written inside. */
export const POINT_RADIUS = 10;

export interface Position {
  x: number;
  y: number;
}

const clamp = (value: number) => Math.min(Math.max(value, RATING_MIN), RATING_MAX);

/** How far along the plot a rating sits, 0 at 1 and `CHART.plot` at 5. */
export const along = (rating: number): number =>
  ((clamp(rating) - RATING_MIN) / (RATING_MAX - RATING_MIN)) * CHART.plot;

/** The SVG coordinates of an item's mean effort (across) and mean value (up). */
export function toSvg(meanValue: number, meanEffort: number): Position {
  return { x: CHART.left + along(meanEffort), y: CHART.top + CHART.plot - along(meanValue) };
}

/** The four quadrants as SVG rectangles, with the corner their name is written in (away from the middle). */
export function quadrantRects(): {
  key: QuadrantKey;
  x: number;
  y: number;
  width: number;
  height: number;
  label: Position & { anchor: "start" | "end" };
}[] {
  const middle = along(RATING_MIDDLE);
  const left = CHART.left;
  const top = CHART.top;
  const rightPart = CHART.plot - middle;
  const bottomPart = CHART.plot - middle;
  const high = { y: top, height: CHART.plot - middle };
  const low = { y: top + CHART.plot - middle, height: middle };
  const inset = 6;
  return [
    {
      key: "quick_win",
      x: left,
      width: middle,
      ...high,
      label: { x: left + inset, y: top + 14, anchor: "start" },
    },
    {
      key: "big_bet",
      x: left + middle,
      width: rightPart,
      ...high,
      label: { x: left + CHART.plot - inset, y: top + 14, anchor: "end" },
    },
    {
      key: "fill_in",
      x: left,
      width: middle,
      ...low,
      label: { x: left + inset, y: top + CHART.plot - inset, anchor: "start" },
    },
    {
      key: "money_pit",
      x: left + middle,
      width: bottomPart,
      ...low,
      label: { x: left + CHART.plot - inset, y: top + CHART.plot - inset, anchor: "end" },
    },
  ];
}

/**
 * Points that would sit on top of each other (closer than a point's width) are spread on a small
 * circle around where they share, in the order given, so each stays visible and focusable; a
 * point alone keeps its place.
 */
export function spreadCoinciding<T extends Position>(points: readonly T[]): T[] {
  const groups: number[][] = [];
  points.forEach((point, index) => {
    const group = groups.find((members) => {
      const first = points[members[0] ?? -1];
      return first !== undefined && Math.hypot(first.x - point.x, first.y - point.y) < POINT_RADIUS;
    });
    if (group) group.push(index);
    else groups.push([index]);
  });
  const spread = points.map((point) => ({ ...point }));
  for (const members of groups) {
    if (members.length < 2) continue;
    const first = points[members[0] ?? 0];
    if (!first) continue;
    // A ring on which neighbours do not overlap: the chord between two is at least a point's width.
    const ring = Math.max(POINT_RADIUS * 1.2, POINT_RADIUS / Math.sin(Math.PI / members.length));
    members.forEach((memberIndex, position) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * position) / members.length;
      const target = spread[memberIndex];
      if (!target) return;
      target.x = first.x + ring * Math.cos(angle);
      target.y = first.y + ring * Math.sin(angle);
    });
  }
  return spread;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelPlace {
  x: number;
  /** The text's baseline. */
  y: number;
  anchor: "start" | "end" | "middle";
  box: Box;
}

/** About how wide a label is at the chart's 11 px type: wide enough to keep labels apart. */
export const LABEL_CHAR_WIDTH = 6.3;
export const LABEL_HEIGHT = 13;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box) =>
  box.x >= CHART.left &&
  box.x + box.width <= CHART.left + CHART.plot &&
  box.y >= CHART.top &&
  box.y + box.height <= CHART.top + CHART.plot;

/** The places a label may take around its point, most natural first: right, left, below, above. */
function candidates(at: Position, width: number): LabelPlace[] {
  const gap = POINT_RADIUS + 3;
  const half = LABEL_HEIGHT / 2;
  const baseline = (top: number) => top + LABEL_HEIGHT - 3;
  const right = { x: at.x + gap, y: at.y - half, width, height: LABEL_HEIGHT };
  const left = { x: at.x - gap - width, y: at.y - half, width, height: LABEL_HEIGHT };
  const below = { x: at.x - width / 2, y: at.y + gap - 2, width, height: LABEL_HEIGHT };
  const above = { x: at.x - width / 2, y: at.y - gap - LABEL_HEIGHT + 2, width, height: LABEL_HEIGHT };
  return [
    { x: right.x, y: baseline(right.y), anchor: "start", box: right },
    { x: at.x - gap, y: baseline(left.y), anchor: "end", box: left },
    { x: at.x, y: baseline(below.y), anchor: "middle", box: below },
    { x: at.x, y: baseline(above.y), anchor: "middle", box: above },
  ];
}

const pointBox = (at: Position): Box => ({
  x: at.x - POINT_RADIUS,
  y: at.y - POINT_RADIUS,
  width: POINT_RADIUS * 2,
  height: POINT_RADIUS * 2,
});

/**
 * A place for each point's label, in the order given (the ranking, so the first items are the
 * likeliest to keep theirs): the first candidate that stays inside the plot and clear of every
 * point, every label already placed and every quadrant name; null when none is, and then the
 * point's number (and the table beside the chart) names it.
 */
export function placeLabels(
  points: readonly (Position & { label: string })[],
  reserved: readonly Box[] = [],
): (LabelPlace | null)[] {
  const taken: Box[] = [...reserved, ...points.map(pointBox)];
  return points.map((point) => {
    const width = point.label.length * LABEL_CHAR_WIDTH;
    const place = candidates(point, width).find(
      (candidate) => inside(candidate.box) && !taken.some((box) => overlaps(box, candidate.box)),
    );
    if (!place) return null;
    taken.push(place.box);
    return place;
  });
}

/** A label no longer than `max` characters, cut at a word where it can be, with an ellipsis. */
export function shortLabel(title: string, max = 22): string {
  const text = title.trim().replace(/\s+/g, " ");
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Where the cut falls just before a space, the last word is whole.
  const space = text.charAt(max - 1) === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
