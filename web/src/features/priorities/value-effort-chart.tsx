import { useId } from "react";
import { RATING_MAX, RATING_MIN } from "#core/movement/priorities";
import {
  along,
  type Box,
  CHART,
  CHART_HEIGHT,
  CHART_WIDTH,
  LABEL_CHAR_WIDTH,
  LABEL_HEIGHT,
  POINT_RADIUS,
  placeLabels,
  quadrantRects,
  shortLabel,
  spreadCoinciding,
  toSvg,
} from "./chart-geometry";
import { chartWords, type PlottedItem, pointWords, QUADRANT_TEXT } from "./priority-words";
import { workItemHeadingId } from "./work-item-ids";

/** Brings an item of the list below into view and gives its heading focus. */
function goToItem(itemId: string) {
  const heading = document.getElementById(workItemHeadingId(itemId));
  heading?.scrollIntoView({ block: "start" });
  heading?.focus();
}

interface ValueEffortChartProps {
  /** The items with figures, in ranked order (the likeliest to keep a label first). */
  items: readonly PlottedItem[];
  title: string;
  /** The item whose point or row has focus or the pointer, marked in both. */
  highlighted: string | null;
  onHighlight: (itemId: string | null) => void;
}

const QUADRANT_NAME_SIZE = 12;

/** The box a quadrant's name takes, so that no point's label is written over it. */
function nameBox(label: { x: number; y: number; anchor: "start" | "end" }, text: string): Box {
  const width = text.length * (LABEL_CHAR_WIDTH + 0.9);
  return {
    x: label.anchor === "start" ? label.x : label.x - width,
    y: label.y - QUADRANT_NAME_SIZE,
    width,
    height: LABEL_HEIGHT + 2,
  };
}

/**
 * The value/effort chart in SVG: effort across, value up, the four quadrants named in their
 * corners, and a numbered point per item (its place in the ranking), labelled with its title
 * where there is room. The chart is a group named by its title and described in words; each
 * point is focusable with the keyboard and says its item, figures and quadrant; the table beside
 * it holds the same numbers.
 */
export function ValueEffortChart({ items, title, highlighted, onHighlight }: ValueEffortChartProps) {
  const titleId = useId();
  const descId = useId();
  const quadrants = quadrantRects();
  const bottom = CHART.top + CHART.plot;
  const ticks = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, index) => RATING_MIN + index);
  const points = spreadCoinciding(items.map((item) => ({ ...toSvg(item.meanValue, item.meanEffort), item })));
  const labels = placeLabels(
    points.map((point) => ({ x: point.x, y: point.y, label: shortLabel(point.item.title) })),
    quadrants.map((quadrant) => nameBox(quadrant.label, QUADRANT_TEXT[quadrant.key].name)),
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a fieldset; the group names the points inside.
    <svg
      className="value-effort-chart"
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{chartWords(items)}</desc>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain g is not focusable; the description says what it draws. */}
      <g aria-hidden="true">
        {quadrants.map((quadrant) => (
          <g key={quadrant.key}>
            <rect
              className={`value-effort-chart__quadrant value-effort-chart__quadrant--${quadrant.key}`}
              x={quadrant.x}
              y={quadrant.y}
              width={quadrant.width}
              height={quadrant.height}
            />
            <text
              className="value-effort-chart__quadrant-name"
              x={quadrant.label.x}
              y={quadrant.label.y}
              textAnchor={quadrant.label.anchor}
            >
              {QUADRANT_TEXT[quadrant.key].name}
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick} className="value-effort-chart__tick">
            <text x={CHART.left + along(tick)} y={bottom + 14} textAnchor="middle">
              {tick}
            </text>
            <text x={CHART.left - 6} y={bottom - along(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <text
          className="value-effort-chart__axis-name"
          x={CHART.left + CHART.plot / 2}
          y={CHART_HEIGHT - 8}
          textAnchor="middle"
        >
          Effort (mean rating) →
        </text>
        <text
          className="value-effort-chart__axis-name"
          transform={`translate(12 ${CHART.top + CHART.plot / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Value (mean rating) →
        </text>
      </g>
      {points.map((point, index) => {
        const label = labels[index];
        const marked = highlighted === point.item.id;
        return (
          // A point is a link to its item in the list, so the keyboard steps through the points
          // and each says its item, figures and quadrant.
          <a
            key={point.item.id}
            href={`#${workItemHeadingId(point.item.id)}`}
            className={`value-effort-chart__point${marked ? " value-effort-chart__point--marked" : ""}`}
            aria-label={pointWords(point.item)}
            onClick={(event) => {
              event.preventDefault();
              goToItem(point.item.id);
            }}
            onFocus={() => onHighlight(point.item.id)}
            onBlur={() => onHighlight(null)}
            onMouseEnter={() => onHighlight(point.item.id)}
            onMouseLeave={() => onHighlight(null)}
          >
            <circle className="value-effort-chart__ring" cx={point.x} cy={point.y} r={POINT_RADIUS + 4} />
            <circle
              className={`value-effort-chart__dot value-effort-chart__dot--${point.item.quadrant}`}
              cx={point.x}
              cy={point.y}
              r={POINT_RADIUS}
            />
            <text className="value-effort-chart__number" x={point.x} y={point.y + 3.5} textAnchor="middle">
              {point.item.rank}
            </text>
            {label ? (
              <text className="value-effort-chart__label" x={label.x} y={label.y} textAnchor={label.anchor}>
                {shortLabel(point.item.title)}
              </text>
            ) : null}
          </a>
        );
      })}
    </svg>
  );
}
