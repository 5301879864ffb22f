import { useId } from "react";

export interface ColumnSeries {
  key: string;
  /** Says which bars are which in the key under the chart, when there is more than one series. */
  label: string;
  tone: "accent" | "calm";
  /** One value per month, in the months' order; null where the month has nothing to show. */
  values: readonly (number | null)[];
}

/** A stretch of the scale marked behind the bars (talk share above 50%, above 65%). */
export interface ScaleBand {
  from: number;
  to: number;
  tone: "amber" | "red";
  /** Written at the band's lower edge, e.g. "50%". */
  label: string;
}

interface MonthColumnsProps {
  /** Short month names under the bars ("Nov"), one per value of each series. */
  months: readonly string[];
  series: readonly ColumnSeries[];
  /** The value at the top of the scale (1 for a share, a round number above the largest count). */
  max: number;
  /** The value at the top, as written beside the scale ("100%", "4"). */
  maxLabel: string;
  /** The image's name and its description in words; the table beside it carries the numbers. */
  title: string;
  description: string;
  bands?: readonly ScaleBand[];
}

const HEIGHT = 120;
const TOP = 8;
const BOTTOM = 20;
const LEFT = 34;
const SLOT = 44;
const PLOT = HEIGHT - TOP - BOTTOM;

/**
 * Monthly values as columns, one group per month, drawn in SVG. The picture is one image to
 * assistive technology, named by its title and described in words (role="img", aria-labelledby
 * its <title> and <desc>); the numbers themselves are in the table beside it.
 */
export function MonthColumns({
  months,
  series,
  max,
  maxLabel,
  title,
  description,
  bands = [],
}: MonthColumnsProps) {
  const titleId = useId();
  const descId = useId();
  const width = LEFT + Math.max(months.length, 1) * SLOT + 4;
  const y = (value: number) => TOP + PLOT - (Math.min(Math.max(value, 0), max) / max) * PLOT;
  const barWidth = Math.min(28, (SLOT - 10) / Math.max(series.length, 1));
  const groupWidth = barWidth * series.length;
  return (
    <div className="month-columns">
      <svg
        className="month-columns__chart"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        focusable="false"
        style={{ maxWidth: `${width * 1.4}px` }}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {bands.map((band) => (
          <g key={band.label} className={`month-columns__band month-columns__band--${band.tone}`}>
            <rect x={LEFT} width={width - LEFT} y={y(band.to)} height={y(band.from) - y(band.to)} />
            <line x1={LEFT} x2={width} y1={y(band.from)} y2={y(band.from)} />
            <text x={LEFT - 4} y={y(band.from) + 3} textAnchor="end">
              {band.label}
            </text>
          </g>
        ))}
        <line className="month-columns__axis" x1={LEFT} x2={width} y1={y(0)} y2={y(0)} />
        <line className="month-columns__grid" x1={LEFT} x2={width} y1={y(max)} y2={y(max)} />
        <text className="month-columns__scale" x={LEFT - 4} y={y(max) + 3} textAnchor="end">
          {maxLabel}
        </text>
        <text className="month-columns__scale" x={LEFT - 4} y={y(0) + 3} textAnchor="end">
          0
        </text>
        {months.map((month, index) => {
          const start = LEFT + index * SLOT + (SLOT - groupWidth) / 2;
          return (
            <g key={`${month}-${index.toString()}`}>
              {series.map((one, position) => {
                const value = one.values[index] ?? null;
                if (value === null) return null;
                const top = y(value);
                return (
                  <rect
                    key={one.key}
                    className={`month-columns__bar month-columns__bar--${one.tone}`}
                    x={start + position * barWidth}
                    width={barWidth - 2}
                    y={Math.min(top, y(0) - 1.5)}
                    height={Math.max(y(0) - top, 1.5)}
                  />
                );
              })}
              <text
                className="month-columns__month"
                x={LEFT + index * SLOT + SLOT / 2}
                y={HEIGHT - 5}
                textAnchor="middle"
              >
                {month}
              </text>
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? <SeriesKey series={series} /> : null}
    </div>
  );
}

/** Which colour is which series, under a chart of more than one (hidden: the table says the same). */
export function SeriesKey({ series }: { series: readonly Pick<ColumnSeries, "key" | "label" | "tone">[] }) {
  return (
    <p className="month-columns__key" aria-hidden="true">
      {series.map((one) => (
        <span key={one.key} className="month-columns__key-item">
          <span className={`month-columns__swatch month-columns__swatch--${one.tone}`} />
          {one.label}
        </span>
      ))}
    </p>
  );
}
