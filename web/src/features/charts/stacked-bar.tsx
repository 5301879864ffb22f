interface Segment {
  key: string;
  value: number;
  /** CSS class that colours the segment (a state's class, for instance). */
  className: string;
}

interface StackedBarProps {
  segments: Segment[];
  /** The accessible name, listing every segment in words. */
  label: string;
}

const WIDTH = 400;
const HEIGHT = 22;

/** One bar split into proportional segments; the data is also given as a table next to it. */
export function StackedBar({ segments, label }: StackedBarProps) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  let x = 0;
  return (
    <svg
      className="stacked-bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      focusable="false"
    >
      <rect className="share-bar__track" x="0" y="0" width={WIDTH} height={HEIGHT} />
      {total > 0
        ? segments
            .filter((segment) => segment.value > 0)
            .map((segment) => {
              const width = (segment.value / total) * WIDTH;
              const rect = (
                <rect
                  key={segment.key}
                  className={`stacked-bar__segment ${segment.className}`}
                  x={x}
                  y="0"
                  width={width}
                  height={HEIGHT}
                />
              );
              x += width;
              return rect;
            })
        : null}
    </svg>
  );
}
