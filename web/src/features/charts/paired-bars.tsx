import { percent } from "./format";
import { ShareBar } from "./share-bar";

interface PairedBarsProps {
  bars: { label: string; value: number | null; tone: "accent" | "calm" | "alert" }[];
  /** The accessible name of the whole picture, saying what it shows in words. */
  label: string;
}

/**
 * Shares set one above the other on the same scale (stated confidence against accuracy). The
 * picture is one image to assistive technology, named in words by `label`.
 */
export function PairedBars({ bars, label }: PairedBarsProps) {
  return (
    <div className="paired-bars" role="img" aria-label={label}>
      {bars.map((bar) => (
        <div key={bar.label} className="paired-bars__row">
          <span className="paired-bars__label">
            {bar.label} <strong>{percent(bar.value)}</strong>
          </span>
          <ShareBar value={bar.value} label="" tone={bar.tone} decorative />
        </div>
      ))}
    </div>
  );
}
