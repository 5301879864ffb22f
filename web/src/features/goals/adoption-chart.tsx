import { useEffect, useId, useRef, useState } from "react";
import { countScaleTop, shortDay } from "../charts/format";
import { formatDay } from "../conversations/schedule";
import {
  bands,
  type DayCounts,
  daysBetween,
  joinedOf,
  STACK_ORDER,
  type Step,
  stepLine,
  type Timeline,
  timeline,
  totalOf,
} from "./adoption-geometry";
import type { Adoption } from "./goals.api";
import { STANCES, stanceLabel } from "./stance-words";

const HEIGHT = 230;
const LEFT = 30;
const RIGHT = 12;
const TOP = 26;
const BOTTOM = 26;
const PLOT_H = HEIGHT - TOP - BOTTOM;
/** The drawing's width before it is measured, and the narrowest and widest it is drawn. */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 280;
const MAX_WIDTH = 832;

/**
 * The width the chart has on screen, so it is drawn at that many units and its words stay at
 * their size on a phone (a wide drawing scaled down to 390 px would shrink them to a third).
 */
function useDrawingWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? DEFAULT_WIDTH);
      setWidth(Math.min(Math.max(measured, MIN_WIDTH), MAX_WIDTH));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The counts of one day in words, the joined rungs first ("2 supportive, 1 curious"). */
function countsInWords(counts: DayCounts["counts"]): string {
  const parts = STACK_ORDER.filter((stance) => (counts[stance] ?? 0) > 0).map(
    (stance) => `${counts[stance]} ${stanceLabel(stance).toLowerCase()}`,
  );
  return parts.length === 0 ? "nobody placed" : parts.join(", ");
}

function describe(days: readonly DayCounts[], crowdDay: string | null): string {
  if (days.length === 0) return "Nobody has stated a stance yet.";
  const changes = days
    .map((entry) => `from ${formatDay(entry.day)}: ${countsInWords(entry.counts)}`)
    .join("; ");
  const crowd = crowdDay
    ? ` The third person joined on ${formatDay(crowdDay)}: a crowd formed.`
    : " Fewer than three people have joined, so no crowd has formed yet.";
  return `${days.length === 1 ? "One change" : `${days.length} changes`}, ${changes}.${crowd}`;
}

function Chart({
  line,
  perceived,
  crowdDay,
  description,
  width,
}: {
  line: Timeline;
  perceived: Step[] | null;
  crowdDay: string | null;
  description: string;
  width: number;
}) {
  const PLOT_W = width - LEFT - RIGHT;
  const titleId = useId();
  const descId = useId();
  const largest = Math.max(
    1,
    ...line.steps.map((step) => totalOf(step.counts)),
    ...(perceived ?? []).map((step) => joinedOf(step.counts)),
  );
  const top = countScaleTop(largest);
  const x = (day: number) => LEFT + (day / line.span) * PLOT_W;
  const y = (people: number) => TOP + PLOT_H - (people / top) * PLOT_H;
  const ticks = top <= 5 ? Array.from({ length: top + 1 }, (_, index) => index) : [0, top / 2, top];
  const path = (points: [number, number][]) =>
    points.map(([day, people]) => `${x(day)},${y(people)}`).join(" ");
  const end = line.span - 1;
  const crowdX = crowdDay ? x(daysBetween(line.start, crowdDay)) : null;
  const endDay = new Date(Date.parse(`${line.start}T00:00:00Z`) + end * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return (
    <svg
      className="adoption-chart__svg"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      focusable="false"
    >
      <title id={titleId}>Stated stances over time</title>
      <desc id={descId}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick} className="adoption-chart__tick">
          <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text x={LEFT - 6} y={y(tick) + 3} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      <g shapeRendering="crispEdges">
        {bands(line.steps).map((band) => (
          <rect
            key={`${band.stance}-${band.from}`}
            className={`adoption-band adoption-band--${band.stance}`}
            x={x(band.from)}
            width={Math.max(x(band.to) - x(band.from), 0.5)}
            y={y(band.upper)}
            height={y(band.lower) - y(band.upper)}
          />
        ))}
      </g>
      <polyline
        className="adoption-chart__joined"
        fill="none"
        points={path(stepLine(line.steps, joinedOf))}
      />
      {perceived ? (
        <polyline
          className="adoption-chart__perceived"
          fill="none"
          points={path(stepLine(perceived, joinedOf))}
        />
      ) : null}
      {crowdX !== null && crowdDay ? (
        <g className="adoption-chart__crowd">
          <line x1={crowdX} x2={crowdX} y1={TOP - 6} y2={TOP + PLOT_H} />
          <text
            x={crowdX}
            y={TOP - 10}
            textAnchor={crowdX > width * 0.7 ? "end" : crowdX < width * 0.3 ? "start" : "middle"}
          >
            A crowd: the third joined, {shortDay(crowdDay)}
          </text>
        </g>
      ) : null}
      <line className="adoption-chart__axis" x1={LEFT} x2={width - RIGHT} y1={y(0)} y2={y(0)} />
      <text className="adoption-chart__day" x={LEFT} y={HEIGHT - 8} textAnchor="start">
        {shortDay(line.start)}
      </text>
      {end > 0 ? (
        <text className="adoption-chart__day" x={width - RIGHT} y={HEIGHT - 8} textAnchor="end">
          {shortDay(endDay)}
        </text>
      ) : null}
    </svg>
  );
}

function Legend({ perceived }: { perceived: boolean }) {
  return (
    <ul className="adoption-legend" aria-label="Key">
      {STACK_ORDER.map((stance) => (
        <li key={stance}>
          <span className={`adoption-legend__swatch adoption-band--${stance}`} aria-hidden="true" />
          {stanceLabel(stance)}
        </li>
      ))}
      <li>
        <span className="adoption-legend__line" aria-hidden="true" />
        Joined (supportive or more)
      </li>
      {perceived ? (
        <li>
          <span className="adoption-legend__line adoption-legend__line--perceived" aria-hidden="true" />
          Joined, as you see it
        </li>
      ) : null}
    </ul>
  );
}

type Week = Adoption["weeks"][number];

function WeekTable({ weeks, perceived }: { weeks: readonly Week[]; perceived: readonly Week[] | null }) {
  const captionId = useId();
  const perceivedJoined = new Map((perceived ?? []).map((week) => [week.weekStart, joinedOf(week.counts)]));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap adoption-table" tabIndex={0} aria-labelledby={captionId}>
      <table className="table table--compact">
        <caption id={captionId}>Week by week: people at each rung at the week's end, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {STANCES.map((stance) => (
              <th key={stance} scope="col" className="adoption-table__number">
                {stanceLabel(stance)}
              </th>
            ))}
            <th scope="col" className="adoption-table__number">
              Joined
            </th>
            {perceived ? (
              <th scope="col" className="adoption-table__number">
                Joined, as you see it
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatDay(week.weekStart)}</th>
              {STANCES.map((stance) => (
                <td key={stance} className="adoption-table__number">
                  {week.counts[stance] ?? 0}
                </td>
              ))}
              <td className="adoption-table__number adoption-table__joined">{joinedOf(week.counts)}</td>
              {perceived ? (
                <td className="adoption-table__number">{perceivedJoined.get(week.weekStart) ?? 0}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The adoption curve: how many people stand at each rung, day by day, as stacked steps with the
 * joined rungs on the baseline; the day the third person joined is marked (a crowd forms). A
 * leader can lay their own perceived curve over it. The week-by-week table beside it holds the
 * numbers; a member whose team has too few stated stances reads why the curve is withheld.
 */
export function AdoptionChart({ adoption, goalDay }: { adoption: Adoption; goalDay: string }) {
  const toggleId = useId();
  const [overlay, setOverlay] = useState(false);
  const drawing = useDrawingWidth();
  if (adoption.withheld) {
    return <p className="adoption-chart__withheld">{adoption.withheld.message}</p>;
  }
  const crowdDay = adoption.crowdAt ? adoption.crowdAt.slice(0, 10) : null;
  // Both curves over the same days: from the goal's day (or any earlier change) to today.
  const every = [...adoption.days, ...(adoption.perceived?.days ?? [])].map((entry) => entry.day).sort();
  const start = every[0] !== undefined && every[0] < goalDay ? every[0] : goalDay;
  const last = every.at(-1);
  const end = last !== undefined && last > todayUtc() ? last : todayUtc();
  const line = timeline(adoption.days, start, end);
  const canOverlay = adoption.perceived !== undefined;
  const perceivedLine =
    overlay && adoption.perceived ? timeline(adoption.perceived.days, start, end).steps : null;
  return (
    <div className="adoption-chart">
      <div className="adoption-chart__picture" ref={drawing.ref}>
        {canOverlay ? (
          <p className="adoption-chart__toggle">
            <input
              id={toggleId}
              type="checkbox"
              checked={overlay}
              onChange={(event) => setOverlay(event.target.checked)}
            />
            <label htmlFor={toggleId}>Lay your perceived stances over it</label>
          </p>
        ) : null}
        <Chart
          line={line}
          perceived={perceivedLine}
          crowdDay={crowdDay}
          description={describe(adoption.days, crowdDay)}
          width={drawing.width}
        />
        <Legend perceived={perceivedLine !== null} />
      </div>
      {adoption.weeks.length > 0 ? (
        <WeekTable weeks={adoption.weeks} perceived={overlay ? (adoption.perceived?.weeks ?? null) : null} />
      ) : null}
    </div>
  );
}
