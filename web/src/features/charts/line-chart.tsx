import { useId } from "react";
import { lineRuns } from "./format";

export interface LineSeries {
  key: string;
  tone: "accent" | "calm";
  /** One value per point, in the points' order; null where nothing is shown. */
  values: readonly (number | null)[];
}

interface LineChartProps {
  /** Short labels under the points ("12 Nov"), one per value of each series. */
  points: readonly string[];
  series: readonly LineSeries[];
  /** The ends of the scale, and what is written beside them ("0", "100"). */
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  /** A reference line across the chart (the scale's middle, say). */
  reference?: { value: number; label: string };
  /** Per point, a word to write where nothing is shown ("Withheld"), or null. */
  gaps?: readonly (string | null)[];
  /** The image's name and its description in words; the table beside it carries the numbers. */
  title: string;
  description: string;
}

const HEIGHT = 150;
const TOP = 10;
const BOTTOM = 22;
const LEFT = 34;
const SLOT = 64;
const PLOT = HEIGHT - TOP - BOTTOM;

/**
 * Values over time as lines in SVG, one point per slot; a point with nothing to show is a gap in
 * the line, marked with a word. The picture is one image to assistive technology, named by its
 * title and described in words (role="img", aria-labelledby its <title> and <desc>); the numbers
 * themselves are in the table beside it.
 */
export function LineChart({
  points,
  series,
  min,
  max,
  minLabel,
  maxLabel,
  reference,
  gaps = [],
  title,
  description,
}: LineChartProps) {
  const titleId = useId();
  const descId = useId();
  const width = LEFT + Math.max(points.length, 1) * SLOT + 4;
  const y = (value: number) =>
    TOP + PLOT - ((Math.min(Math.max(value, min), max) - min) / (max - min)) * PLOT;
  const x = (index: number) => LEFT + index * SLOT + SLOT / 2;
  return (
    <div className="line-chart">
      <svg
        className="line-chart__chart"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        focusable="false"
        style={{ maxWidth: `${width * 1.5}px` }}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <line className="line-chart__axis" x1={LEFT} x2={width} y1={y(min)} y2={y(min)} />
        <line className="line-chart__grid" x1={LEFT} x2={width} y1={y(max)} y2={y(max)} />
        <text className="line-chart__scale" x={LEFT - 4} y={y(max) + 3} textAnchor="end">
          {maxLabel}
        </text>
        <text className="line-chart__scale" x={LEFT - 4} y={y(min) + 3} textAnchor="end">
          {minLabel}
        </text>
        {reference ? (
          <g className="line-chart__reference">
            <line x1={LEFT} x2={width} y1={y(reference.value)} y2={y(reference.value)} />
            <text x={LEFT - 4} y={y(reference.value) + 3} textAnchor="end">
              {reference.label}
            </text>
          </g>
        ) : null}
        {points.map((point, index) => {
          const gap = gaps[index] ?? null;
          return (
            <g key={`${point}-${index.toString()}`}>
              {gap ? (
                <g className="line-chart__gap">
                  <rect x={x(index) - SLOT / 2 + 4} width={SLOT - 8} y={TOP} height={PLOT} rx="3" />
                  <text x={x(index)} y={TOP + PLOT / 2 + 3} textAnchor="middle">
                    {gap}
                  </text>
                </g>
              ) : null}
              <text className="line-chart__point" x={x(index)} y={HEIGHT - 6} textAnchor="middle">
                {point}
              </text>
            </g>
          );
        })}
        {series.map((one) => (
          <g key={one.key} className={`line-chart__series line-chart__series--${one.tone}`}>
            {lineRuns(one.values).map((run) => (
              <polyline
                key={run[0]?.index}
                fill="none"
                points={run.map((point) => `${x(point.index)},${y(point.value)}`).join(" ")}
              />
            ))}
            {one.values.map((value, index) =>
              value === null ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: one dot per point, in the points' order.
                <circle key={index} cx={x(index)} cy={y(value)} r="3.5" />
              ),
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
