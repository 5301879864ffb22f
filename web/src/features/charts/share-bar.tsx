import { clampShare } from "./format";

interface ShareBarProps {
  /** In [0, 1]; null draws an empty track. */
  value: number | null;
  /** The accessible name, with the value in words, e.g. "Coverage: 42%". Empty when decorative. */
  label: string;
  /** Where a reference line goes, in [0, 1], e.g. the point a figure should stay under. */
  marker?: number | undefined;
  tone?: "accent" | "calm" | "alert";
  /** Hidden from assistive technology when the same value is already written next to it in text. */
  decorative?: boolean;
}

const WIDTH = 200;
const HEIGHT = 14;

/**
 * A horizontal meter drawn in SVG: a track, a filled share and quarter ticks. It says its value
 * through role="img" and aria-label, so it reads without seeing it.
 */
export function ShareBar({ value, label, marker, tone = "accent", decorative = false }: ShareBarProps) {
  const filled = value === null ? 0 : clampShare(value) * WIDTH;
  const shapes = (
    <>
      <rect className="share-bar__track" x="0" y="0" width={WIDTH} height={HEIGHT} rx="4" />
      {filled > 0 ? (
        <rect className="share-bar__fill" x="0" y="0" width={Math.max(filled, 3)} height={HEIGHT} rx="4" />
      ) : null}
      {[0.25, 0.5, 0.75].map((tick) => (
        <line
          key={tick}
          className="share-bar__tick"
          x1={tick * WIDTH}
          x2={tick * WIDTH}
          y1={HEIGHT - 4}
          y2={HEIGHT}
        />
      ))}
      {marker !== undefined ? (
        <line
          className="share-bar__marker"
          x1={clampShare(marker) * WIDTH}
          x2={clampShare(marker) * WIDTH}
          y1="0"
          y2={HEIGHT}
        />
      ) : null}
    </>
  );
  const className = `share-bar share-bar--${tone}`;
  const viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  return decorative ? (
    <svg
      className={className}
      viewBox={viewBox}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {shapes}
    </svg>
  ) : (
    <svg
      className={className}
      viewBox={viewBox}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      focusable="false"
    >
      {shapes}
    </svg>
  );
}
