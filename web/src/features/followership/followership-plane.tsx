import { useId } from "react";
import {
  along,
  arrowBetween,
  cornerRegions,
  PLANE,
  PLANE_HEIGHT,
  PLANE_WIDTH,
  type Point,
  type Regions,
  toSvg,
} from "./plane-geometry";
import { AXIS_NAME } from "./style-words";

/** One person on the plane: a leader's estimate, their own result, or both (joined by an arrow). */
export interface PlaneEntry {
  key: string;
  /** A short name written beside the person's marks; null when the picture is of one person. */
  label: string | null;
  estimate: Point | null;
  self: Point | null;
}

interface FollowershipPlaneProps {
  regions: Regions;
  entries: readonly PlaneEntry[];
  /** The image's name and its description in words; a table or the text beside it has the numbers. */
  title: string;
  description: string;
}

const SELF_RADIUS = 5.5;
const ESTIMATE_HALF = 5.5;
const ARROW_GAP = 8;

const REGION_LABEL = {
  alienated: "Alienated",
  exemplary: "Exemplary",
  passive: "Passive",
  conformist: "Conformist",
} as const;

/**
 * A person's name beside their mark, kept inside the plot: below the mark at the top, left of it at
 * the right. SVG text takes no dir attribute; `unicode-bidi: plaintext` (the stylesheet) reads a
 * right-to-left name from its own letters.
 */
function MarkLabel({ at, text }: { at: { x: number; y: number }; text: string }) {
  const nearTop = at.y - 9 < PLANE.top + 10;
  const nearRight = at.x > PLANE.left + PLANE.plot - 48;
  return (
    <text
      className="followership-plane__label"
      x={nearRight ? at.x - 9 : at.x + 9}
      y={nearTop ? at.y + 17 : at.y - 8}
      textAnchor={nearRight ? "end" : "start"}
    >
      {text}
    </text>
  );
}

/**
 * The followership plane in SVG: active engagement across, independent critical thinking up, the
 * style regions drawn at the cut-offs, a hollow diamond for a leader's estimate, a filled dot for a
 * person's own result and an arrow from the one to the other. One image to assistive technology,
 * named by its title and described in words.
 */
export function FollowershipPlane({ regions, entries, title, description }: FollowershipPlaneProps) {
  const titleId = useId();
  const descId = useId();
  const arrowId = useId().replaceAll(":", "");
  const bottom = PLANE.top + PLANE.plot;
  const ticks = [0, regions.low, regions.high, regions.max];
  return (
    <svg
      className="followership-plane"
      viewBox={`0 0 ${PLANE_WIDTH} ${PLANE_HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="followership-plane__arrow-head" />
        </marker>
      </defs>
      <rect
        className="followership-plane__region followership-plane__region--pragmatist"
        x={PLANE.left}
        y={PLANE.top}
        width={PLANE.plot}
        height={PLANE.plot}
      />
      {cornerRegions(regions).map((corner) => {
        const topLeft = toSvg({ it: corner.it[1], ae: corner.ae[0] }, regions);
        const bottomRight = toSvg({ it: corner.it[0], ae: corner.ae[1] }, regions);
        const top = corner.it[0] > 0;
        return (
          <g key={corner.style}>
            <rect
              className={`followership-plane__region followership-plane__region--${corner.style}`}
              x={topLeft.x}
              y={topLeft.y}
              width={bottomRight.x - topLeft.x}
              height={bottomRight.y - topLeft.y}
            />
            <text
              className="followership-plane__region-name"
              x={(topLeft.x + bottomRight.x) / 2}
              y={top ? topLeft.y + 14 : bottomRight.y - 6}
              textAnchor="middle"
            >
              {REGION_LABEL[corner.style]}
            </text>
          </g>
        );
      })}
      <text
        className="followership-plane__region-name"
        x={PLANE.left + PLANE.plot / 2}
        y={PLANE.top + PLANE.plot / 2 + 4}
        textAnchor="middle"
      >
        Pragmatist
      </text>
      {ticks.map((tick) => (
        <g key={tick} className="followership-plane__tick">
          <line
            x1={PLANE.left + along(tick, regions)}
            x2={PLANE.left + along(tick, regions)}
            y1={PLANE.top}
            y2={bottom}
          />
          <line
            x1={PLANE.left}
            x2={PLANE.left + PLANE.plot}
            y1={bottom - along(tick, regions)}
            y2={bottom - along(tick, regions)}
          />
          <text x={PLANE.left + along(tick, regions)} y={bottom + 14} textAnchor="middle">
            {tick}
          </text>
          <text x={PLANE.left - 6} y={bottom - along(tick, regions) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      <text
        className="followership-plane__axis-name"
        x={PLANE.left + PLANE.plot / 2}
        y={PLANE_HEIGHT - 6}
        textAnchor="middle"
      >
        {AXIS_NAME.ae} →
      </text>
      <text
        className="followership-plane__axis-name"
        transform={`translate(12 ${PLANE.top + PLANE.plot / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {AXIS_NAME.it} →
      </text>
      {entries.map((entry) => {
        const estimate = entry.estimate ? toSvg(entry.estimate, regions) : null;
        const self = entry.self ? toSvg(entry.self, regions) : null;
        const arrow = estimate && self ? arrowBetween(estimate, self, ARROW_GAP) : null;
        const labelAt = self ?? estimate;
        return (
          <g key={entry.key} className="followership-plane__person">
            {arrow ? (
              <line className="followership-plane__arrow" {...arrow} markerEnd={`url(#${arrowId})`} />
            ) : null}
            {estimate ? (
              <rect
                className="followership-plane__estimate"
                x={estimate.x - ESTIMATE_HALF}
                y={estimate.y - ESTIMATE_HALF}
                width={ESTIMATE_HALF * 2}
                height={ESTIMATE_HALF * 2}
                transform={`rotate(45 ${estimate.x} ${estimate.y})`}
              />
            ) : null}
            {self ? (
              <circle className="followership-plane__self" cx={self.x} cy={self.y} r={SELF_RADIUS} />
            ) : null}
            {entry.label && labelAt ? <MarkLabel at={labelAt} text={entry.label} /> : null}
          </g>
        );
      })}
    </svg>
  );
}

/** The key under a plane: which mark is which, in words the picture's colours only repeat. */
export function PlaneKey({ estimate, self }: { estimate: string | null; self: string }) {
  return (
    <p className="month-columns__key" aria-hidden="true">
      {estimate ? (
        <span className="month-columns__key-item">
          <span className="followership-plane__swatch followership-plane__swatch--estimate" />
          {estimate}
        </span>
      ) : null}
      <span className="month-columns__key-item">
        <span className="followership-plane__swatch followership-plane__swatch--self" />
        {self}
      </span>
    </p>
  );
}
